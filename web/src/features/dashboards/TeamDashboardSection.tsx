import { Button, Center, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodProblem } from '../../../../src/domain/dashboard-figures.ts';
import { isIsoDate } from '../../../../src/domain/dates.ts';
import { DateField } from '../../components/DateField.tsx';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import stacked from '../../components/StackedTable.module.css';
import { currentLocale } from '../../i18n.ts';
import { formatDate } from '../persons/format.ts';
import { type DashboardRatio, type Period, type TeamDashboard, teamDashboardQuery } from './api.ts';
import classes from './DashboardPage.module.css';
import { Figure } from './Figure.tsx';
import { formatDays, formatShare } from './figures.ts';

const CaseloadChart = lazy(() => import('./CaseloadChart.tsx'));

const COLUMNS = ['files', 'activeFiles', 'openPlans', 'evaluationsDue', 'overdue'] as const;

/** The lead's part of the dashboard: caseload per worker (chart and table) and the centre's figures. */
export function TeamDashboardSection({
  period,
  onPeriodChange,
}: {
  period: Period;
  onPeriodChange: (period: Period) => void;
}) {
  const { t } = useTranslation();
  const team = useQuery(teamDashboardQuery(period));
  return (
    <>
      <section aria-labelledby="team-heading">
        <Title order={2} size="h3" id="team-heading" mb="sm">
          {t('dashboards.team.title')}
        </Title>
        {team.isPending && <Loading />}
        {team.data && <Caseload team={team.data} />}
      </section>
      <section aria-labelledby="centre-heading">
        <Title order={2} size="h3" id="centre-heading" mb="sm">
          {t('dashboards.centre.title')}
        </Title>
        <Stack gap="md">
          <PeriodForm period={team.data?.period ?? period} onPeriodChange={onPeriodChange} />
          {team.isError && <ProblemAlert error={team.error} />}
          {team.data && <CentreFigures team={team.data} />}
        </Stack>
      </section>
    </>
  );
}

function Caseload({ team }: { team: TeamDashboard }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const bars = [
    ...team.workers.map((w) => ({ name: w.displayName, activeFiles: w.activeFiles, openPlans: w.openPlans })),
    {
      name: t('dashboards.team.nobody'),
      activeFiles: team.unassigned.activeFiles,
      openPlans: team.unassigned.openPlans,
    },
  ];
  return (
    <Stack gap="md">
      <figure className={classes.chart}>
        <figcaption>{t('dashboards.team.chartTitle')}</figcaption>
        <Suspense
          fallback={
            <Center h={160}>
              <Loading size="sm" />
            </Center>
          }
        >
          <CaseloadChart bars={bars} />
        </Suspense>
      </figure>
      <div className={stacked.wrapper}>
        <Table className={`${stacked.table} ${classes.counts}`} verticalSpacing="xs" captionSide="top">
          <Table.Caption>
            {t('dashboards.team.caption', { date: formatDate(team.today, locale, 'long') })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dashboards.team.worker')}</Table.Th>
              {COLUMNS.map((column) => (
                <Table.Th key={column} ta="right">
                  {t(`dashboards.team.${column}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {team.workers.map((w) => (
              <Table.Tr key={w.id}>
                <Table.Th scope="row" data-title fw={400}>
                  <AnchorLink
                    to="/"
                    search={{ worker: w.id }}
                    aria-label={t('dashboards.team.openDay', { name: w.displayName })}
                  >
                    {w.displayName}
                  </AnchorLink>
                </Table.Th>
                <Counts row={w} />
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row" data-title fw={400}>
                {t('dashboards.team.nobody')}
              </Table.Th>
              <Counts row={team.unassigned} />
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}

function Counts({ row }: { row: TeamDashboard['unassigned'] }) {
  const { t } = useTranslation();
  return COLUMNS.map((column) => (
    <Table.Td
      key={column}
      ta="right"
      data-label={t(`dashboards.team.${column}`)}
      fw={column === 'overdue' && row.overdue > 0 ? 700 : undefined}
    >
      {row[column]}
    </Table.Td>
  ));
}

/**
 * Two days and a button: the figures change when the period is asked for, not at each key. The
 * period's rules (src/domain/dashboard-figures.ts) are checked here first, as the server does.
 */
function PeriodForm({
  period,
  onPeriodChange,
}: {
  period: Period;
  onPeriodChange: (period: Period) => void;
}) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(period.from ?? '');
  const [to, setTo] = useState(period.to ?? '');
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  useEffect(() => {
    setFrom(period.from ?? '');
    setTo(period.to ?? '');
  }, [period.from, period.to]);
  const check = (): { from?: string; to?: string } => {
    const found: { from?: string; to?: string } = {};
    if (from && !isIsoDate(from)) found.from = t('validation.invalidDate');
    if (to && !isIsoDate(to)) found.to = t('validation.invalidDate');
    if (found.from || found.to || !from || !to) return found;
    const problem = periodProblem(from, to);
    if (problem === 'endBeforeStart') found.to = t('validation.endBeforeStart');
    if (problem === 'tooLong') found.to = t('dashboards.errors.periodTooLong');
    return found;
  };
  return (
    <form
      aria-label={t('dashboards.centre.period')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const found = check();
        setErrors(found);
        if (found.from || found.to) return;
        onPeriodChange({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
      }}
    >
      <Group align="flex-start" gap="sm" wrap="wrap">
        <DateField
          label={t('dashboards.centre.from')}
          value={from}
          onChange={setFrom}
          error={errors.from}
          w={170}
        />
        <DateField label={t('dashboards.centre.to')} value={to} onChange={setTo} error={errors.to} w={170} />
        <Button type="submit" mt={25}>
          {t('dashboards.centre.apply')}
        </Button>
      </Group>
    </form>
  );
}

function CentreFigures({ team }: { team: TeamDashboard }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { daysToSignature, evaluationsOnTime, noShows } = team.centre;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('dashboards.centre.periodShown', {
          from: formatDate(team.period.from, locale, 'long'),
          to: formatDate(team.period.to, locale, 'long'),
        })}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Paper withBorder p="md">
          <dl className={classes.figures}>
            <Figure
              label={t('dashboards.centre.daysToSignature')}
              empty={daysToSignature.median === null}
              value={
                daysToSignature.median === null
                  ? t('dashboards.centre.noData')
                  : t('dashboards.centre.days', {
                      count: daysToSignature.median,
                      value: formatDays(daysToSignature.median, locale),
                    })
              }
            />
          </dl>
          {daysToSignature.count > 0 && (
            <Text size="sm" mt="xs">
              {t('dashboards.centre.daysBasis', { count: daysToSignature.count })}
            </Text>
          )}
        </Paper>
        <RatioCard
          label={t('dashboards.centre.onTime')}
          ratio={evaluationsOnTime}
          basis="dashboards.centre.onTimeBasis"
        />
        <RatioCard
          label={t('dashboards.centre.noShows')}
          ratio={noShows}
          basis="dashboards.centre.noShowsBasis"
        />
      </SimpleGrid>
    </Stack>
  );
}

/** A share with what it is computed on ("12 of 40"); nothing to count says so. */
function RatioCard({ label, ratio, basis }: { label: string; ratio: DashboardRatio; basis: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Paper withBorder p="md">
      <dl className={classes.figures}>
        <Figure
          label={label}
          empty={ratio.share === null}
          value={ratio.share === null ? t('dashboards.centre.noData') : formatShare(ratio.share, locale)}
        />
      </dl>
      {ratio.denominator > 0 && (
        <Text size="sm" mt="xs">
          {t(basis, { ...ratio, count: ratio.numerator })}
        </Text>
      )}
    </Paper>
  );
}
