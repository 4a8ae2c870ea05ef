import { Alert, type AlertProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

interface Props extends Omit<AlertProps, 'title' | 'children'> {
  error: unknown;
  children?: React.ReactNode;
}

/** Shows the server's own words: problem details arrive already translated. */
export function ProblemAlert({ error, children, ...props }: Props) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError ? error.problem : null;
  // fetch rejects with a TypeError when the network, not the server, failed.
  const detail = problem?.detail ?? (error instanceof TypeError ? t('common.networkError') : null);
  return (
    <Alert color="red" variant="outline" role="alert" title={problem?.title ?? t('common.error')} {...props}>
      {detail}
      {children}
    </Alert>
  );
}
