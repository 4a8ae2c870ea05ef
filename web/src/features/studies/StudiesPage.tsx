import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../src/features/auth/policy.ts';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink, ButtonLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useSession } from '../auth/session.ts';
import { studiesQuery } from './api.ts';
import { formatDay, inMyLanguage } from './labels.ts';

/** Managers: their studies in every state. Workers and leads: the ones waiting for their answer. */
export function StudiesPage() {
  const { t } = useTranslation();
  const me = useSession();
  const manages = can(me.user, 'studies.manage');
  const list = useQuery(studiesQuery);
  usePageTitle(t('studies.title'));
  return (
    <Stack maw={960} gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('studies.title')}
        </Title>
        {manages && <ButtonLink to="/studies/new">{t('studies.new')}</ButtonLink>}
      </Group>
      <Text>{manages ? t('studies.intro.manage') : t('studies.intro.answer')}</Text>
      {list.isPending && <Loading />}
      {list.isError && <ProblemAlert error={list.error} />}
      {list.data && list.data.items.length === 0 && (
        <Text c="dimmed">{manages ? t('studies.none.manage') : t('studies.none.answer')}</Text>
      )}
      {list.data && list.data.items.length > 0 && (
        <Stack gap="sm" component="ul" p={0} style={{ listStyle: 'none' }}>
          {list.data.items.map((study) => (
            <Card key={study.id} withBorder component="li" padding="md">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={2}>
                  <AnchorLink to="/studies/$id" params={{ id: study.id }} fw={600} size="lg">
                    {inMyLanguage(study.title)}
                  </AnchorLink>
                  <Text size="sm" c="dimmed">
                    {t('studies.dates', { from: formatDay(study.opensOn), to: formatDay(study.closesOn) })}
                  </Text>
                </Stack>
                <Group gap="xs">
                  <Badge variant="outline" color="dark.6">
                    {t(`studies.owner.${study.owner}`)}
                  </Badge>
                  {manages && (
                    <Badge variant="outline" color="dark.6">
                      {t(`studies.states.${study.state}`)}
                    </Badge>
                  )}
                </Group>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
