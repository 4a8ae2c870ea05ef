import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/links.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';

/**
 * The federal analyst works on aggregates only (DOMAIN.md §1): this says so instead of showing
 * people, and leads to the figures across centres.
 */
export function FederalHome() {
  const { t } = useTranslation();
  usePageTitle(t('home.federalTitle'));
  return (
    <Stack maw={720} align="flex-start">
      <Title order={1} size="h2">
        {t('home.federalTitle')}
      </Title>
      <Alert color="blue" variant="outline">
        {t('home.federalText')}
      </Alert>
      <ButtonLink to="/federal">{t('federal.page.open')}</ButtonLink>
    </Stack>
  );
}
