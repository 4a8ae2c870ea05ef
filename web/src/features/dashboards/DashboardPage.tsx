import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../src/features/auth/policy.ts';
import type { Me } from '../../api/client.ts';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink, ButtonLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import stacked from '../../components/StackedTable.module.css';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLocale } from '../../i18n.ts';
import { formatDate } from '../persons/format.ts';
import { type Period, type WorkerDashboard, workerDashboardQuery } from './api.ts';
import classes from './DashboardPage.module.css';
import { Figure } from './Figure.tsx';
import { TeamDashboardSection } from './TeamDashboardSection.tsx';

/**
 * The dashboard: the worker's own figures (caseload, due and overdue items, plans ending soon),
 * and for those who see the team (team.read) each worker's caseload and the centre's deadline
 * figures over a period.
 */
export function DashboardPage({
  me,
  period,
  onPeriodChange,
}: {
  me: Me;
  period: Period;
  onPeriodChange: (period: Period) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const mine = useQuery(workerDashboardQuery);
  usePageTitle(t('dashboards.title'));
  return (
    <Stack gap="xl" maw={1040}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('dashboards.title')}
        </Title>
        {mine.data && (
          <Text size="sm" c="dimmed">
            {t('dashboards.summary', { date: formatDate(mine.data.today, locale, 'long') })}
          </Text>
        )}
      </Stack>
      {mine.isPending && <Loading />}
      {mine.isError && <ProblemAlert error={mine.error} />}
      {mine.data && <WorkerFigures dashboard={mine.data} />}
      {can(me.user, 'team.read') && <TeamDashboardSection period={period} onPeriodChange={onPeriodChange} />}
    </Stack>
  );
}

function WorkerFigures({ dashboard }: { dashboard: WorkerDashboard }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { caseload, due } = dashboard;
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md" component="section" aria-labelledby="caseload-heading">
          <Title order={2} size="h4" id="caseload-heading" mb="sm">
            {t('dashboards.caseload.title')}
          </Title>
          <dl className={classes.figures}>
            <Figure label={t('dashboards.caseload.people')} value={caseload.people} />
            <Figure label={t('dashboards.caseload.withOpenPlan')} value={caseload.withOpenPlan} />
            <Figure label={t('dashboards.caseload.draft')} value={caseload.openPlans.draft} />
            <Figure label={t('dashboards.caseload.informed')} value={caseload.openPlans.informed} />
            <Figure label={t('dashboards.caseload.active')} value={caseload.openPlans.active} />
          </dl>
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="due-heading">
          <Title order={2} size="h4" id="due-heading" mb="sm">
            {t('dashboards.due.title')}
          </Title>
          <dl className={classes.figures}>
            <Figure label={t('dashboards.due.overdue')} value={due.overdue} alert={due.overdue > 0} />
            <Figure label={t('dashboards.due.thisWeek')} value={due.thisWeek} />
            <Figure label={t('dashboards.due.later')} value={due.later} />
          </dl>
          <ButtonLink to="/" variant="light" size="sm" mt="md">
            {t('dashboards.due.open')}
          </ButtonLink>
        </Paper>
      </SimpleGrid>
      <section aria-labelledby="ending-heading">
        <Title order={2} size="h4" id="ending-heading" mb="xs">
          {t('dashboards.endingSoon.title')}
        </Title>
        {dashboard.endingSoon.length === 0 ? (
          <Text size="sm">{t('dashboards.endingSoon.none')}</Text>
        ) : (
          <div className={stacked.wrapper}>
            <Table className={stacked.table} verticalSpacing="xs" maw={560}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('dashboards.endingSoon.person')}</Table.Th>
                  <Table.Th>{t('dashboards.endingSoon.plannedEnd')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {dashboard.endingSoon.map((plan) => (
                  <Table.Tr key={plan.trajectoryId}>
                    <Table.Td data-title>
                      <AnchorLink
                        to="/plans/$id"
                        params={{ id: plan.trajectoryId }}
                        aria-label={t('dashboards.endingSoon.open', { name: plan.person.displayName })}
                      >
                        {plan.person.displayName}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td data-label={t('dashboards.endingSoon.plannedEnd')}>
                      {formatDate(plan.plannedEndOn, locale)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </section>
    </>
  );
}
