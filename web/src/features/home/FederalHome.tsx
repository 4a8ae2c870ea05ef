import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle.ts';

/** The federal analyst works on aggregates only (DOMAIN.md §1): this says so instead of showing people. */
export function FederalHome() {
  const { t } = useTranslation();
  usePageTitle(t('home.federalTitle'));
  return (
    <Stack maw={720}>
      <Title order={1} size="h2">
        {t('home.federalTitle')}
      </Title>
      <Alert color="blue" variant="outline">
        {t('home.federalText')}
      </Alert>
    </Stack>
  );
}
