import { Button, Center, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../src/features/auth/policy.ts';
import type { Me } from '../../api/client.ts';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLocale, INTL_LOCALES } from '../../i18n.ts';
import { type AnnualReport, exportHref, type ReportFormat, type ReportTable, reportQuery } from './api.ts';
import { reportYears } from './format.ts';
import classes from './ReportPage.module.css';
import { ReportTableView } from './ReportTableView.tsx';
import { SettingsSection } from './SettingsSection.tsx';

const OutcomesChart = lazy(() => import('./OutcomesChart.tsx'));

/** The table the chart pictures. */
const CHARTED_TABLE = 'activationOutcomes';
const FORMATS: ReportFormat[] = ['xlsx', 'csv', 'pdf'];

/** Last year's report unless another is asked for: the one a centre sends in the spring. */
export function defaultReportYear(today: string): number {
  return Number(today.slice(0, 4)) - 1;
}

/**
 * The centre's yearly report (the single report to the federal administration): every section and
 * table as computed by the API, the files to download, each count opening the list of who is
 * behind it; the administrator sets the year's objectives and subsidies and closes the year.
 */
export function ReportPage({
  me,
  year,
  onYearChange,
}: {
  me: Me;
  year: number;
  onYearChange: (year: number) => void;
}) {
  const { t } = useTranslation();
  const report = useQuery(reportQuery(year));
  usePageTitle(t('reports.page.title', { year }));

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap="xs">
        <Title order={1} size="h2">
          {t('reports.page.title', { year })}
        </Title>
        <Group align="flex-end" gap="md" wrap="wrap">
          <NativeSelect
            label={t('reports.page.year')}
            value={String(year)}
            onChange={(event) => onYearChange(Number(event.currentTarget.value))}
            data={reportYears(me.today).map(String)}
            w={140}
          />
          <Group gap="xs" wrap="wrap" role="group" aria-label={t('reports.page.downloads')}>
            {FORMATS.map((format) => (
              <Button
                key={format}
                component="a"
                href={exportHref(year, format)}
                download
                variant="default"
                size="sm"
              >
                {t(`reports.page.download.${format}`)}
              </Button>
            ))}
          </Group>
        </Group>
        {report.data && <Status report={report.data} />}
      </Stack>
      {report.isPending && <Loading />}
      {report.isError && <ProblemAlert error={report.error} />}
      {report.data?.sections.map((section) => (
        <section key={section.key} aria-labelledby={`report-${section.key}`}>
          <Title order={2} size="h3" id={`report-${section.key}`} mb="sm">
            {section.label}
          </Title>
          <Stack gap="lg">
            {section.tables.map((table) =>
              table.key === CHARTED_TABLE ? (
                <TableWithChart key={table.key} table={table} year={year} section={section.label} />
              ) : (
                <ReportTableView key={table.key} table={table} year={year} section={section.label} />
              ),
            )}
          </Stack>
        </section>
      ))}
      {report.data && can(me.user, 'report.manage') && <SettingsSection report={report.data} />}
    </Stack>
  );
}

/** Closed on a day (the figures are final) or still live. */
function Status({ report }: { report: AnnualReport }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (!report.closedAt) {
    return <Text size="sm">{t('reports.page.live')}</Text>;
  }
  const date = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: 'long',
    timeZone: 'Europe/Brussels',
  }).format(new Date(report.closedAt));
  return (
    <Text size="sm" fw={600}>
      {t('reports.page.closed', { date })}
    </Text>
  );
}

/** The outcomes beside their chart; with no plan closed yet there is nothing to draw. */
function TableWithChart({ table, year, section }: { table: ReportTable; year: number; section: string }) {
  const { t } = useTranslation();
  const countColumn = table.columns.findIndex((c) => c.kind === 'count');
  const bars = table.rows.map((row) => ({ name: row.label, count: row.values[countColumn]?.value ?? 0 }));
  return (
    <div className={classes.withChart}>
      <ReportTableView table={table} year={year} section={section} />
      {bars.some((bar) => bar.count > 0) && (
        <figure className={classes.chart}>
          <figcaption>{t('reports.page.chartTitle', { table: table.label })}</figcaption>
          <Suspense
            fallback={
              <Center h={160}>
                <Loading size="sm" />
              </Center>
            }
          >
            <OutcomesChart
              bars={bars}
              label={t('reports.page.chartLabel', { table: table.label })}
              series={table.columns[countColumn]?.label ?? ''}
            />
          </Suspense>
        </figure>
      )}
    </div>
  );
}
