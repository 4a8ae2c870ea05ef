import { Alert, Stack, Title } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useSession } from '../auth/session.ts';

/**
 * The server refuses every person route to the federal role; saying so here spares a request
 * and explains why, instead of an empty screen.
 */
export function PersonsSection() {
  const { t } = useTranslation();
  const me = useSession();
  const forbidden = me.user.role === 'federal';
  usePageTitle(forbidden ? t('problems.forbidden') : null);
  if (!forbidden) return <Outlet />;
  return (
    <Stack maw={720}>
      <Title order={1} size="h2">
        {t('problems.forbidden')}
      </Title>
      <Alert color="red" variant="outline" role="alert">
        {t('access.personsForbidden')}
      </Alert>
    </Stack>
  );
}
