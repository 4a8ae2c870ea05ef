import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from './links.tsx';
import { usePageTitle } from './usePageTitle.ts';

/** standalone: outside the app shell, so it brings its own main landmark. */
export function NotFound({ standalone = false }: { standalone?: boolean }) {
  const { t } = useTranslation();
  usePageTitle(t('common.notFoundTitle'));
  return (
    <Stack component={standalone ? 'main' : 'div'} p="md" gap="sm">
      <Title order={1} size="h2">
        {t('common.notFoundTitle')}
      </Title>
      <Text>{t('common.notFoundText')}</Text>
      <AnchorLink to="/">{t('common.goHome')}</AnchorLink>
    </Stack>
  );
}
