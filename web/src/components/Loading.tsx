/** A busy indicator with a name: Mantine's Loader is a plain span, which may not carry aria-label alone. */
import { Loader, type LoaderProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Loading(props: LoaderProps) {
  const { t } = useTranslation();
  return <Loader role="progressbar" aria-label={t('common.loading')} {...props} />;
}
