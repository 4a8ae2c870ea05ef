import { Alert, Group, NativeSelect, Radio, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/client.ts';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { reportYears } from '../reports/format.ts';
import { ReportTableView } from '../reports/ReportTableView.tsx';
import { type FederalGroup, type FederalIndicators, federalQuery, GROUPINGS, type Grouping } from './api.ts';
import classes from './FederalPage.module.css';

/**
 * The federal analyst's figures: the yearly report's sections added up over the centres that
 * closed the year, for the country and per region or size band, one block per group. Small
 * counts come as "<5" and the cells that would give them away as "withheld" (explained in the
 * legend); no figure links anywhere, nobody is behind it to list.
 */
export function FederalPage({
  me,
  year,
  by,
  onChange,
}: {
  me: Me;
  year: number;
  by: Grouping;
  onChange: (search: { year: number; by: Grouping }) => void;
}) {
  const { t } = useTranslation();
  const figures = useQuery(federalQuery(year, by));
  usePageTitle(t('federal.page.title', { year }));

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap="sm">
        <Title order={1} size="h2">
          {t('federal.page.title', { year })}
        </Title>
        <Group align="flex-end" gap="lg" wrap="wrap">
          <NativeSelect
            label={t('federal.page.year')}
            value={String(year)}
            onChange={(event) => onChange({ year: Number(event.currentTarget.value), by })}
            data={reportYears(me.today).map(String)}
            w={140}
          />
          <Radio.Group
            label={t('federal.page.by')}
            value={by}
            onChange={(value) => onChange({ year, by: value as Grouping })}
          >
            <Group gap="md" mt={6} wrap="wrap">
              {GROUPINGS.map((grouping) => (
                <Radio key={grouping} value={grouping} label={t(`federal.page.grouping.${grouping}`)} />
              ))}
            </Group>
          </Radio.Group>
        </Group>
        {figures.data && <Status figures={figures.data} />}
        <Legend />
      </Stack>
      {figures.isPending && <Loading />}
      {figures.isError && <ProblemAlert error={figures.error} />}
      {figures.data &&
        (figures.data.centres.closed === 0 ? (
          <Alert color="blue" variant="outline">
            {t('federal.page.noneClosed', { year: figures.data.year })}
          </Alert>
        ) : (
          figures.data.groups.map((group) => <GroupBlock key={group.key} group={group} year={year} />)
        ))}
    </Stack>
  );
}

/** How many centres are counted: only those that closed the year. */
function Status({ figures }: { figures: FederalIndicators }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" fw={600}>
      {t('federal.page.status', {
        count: figures.centres.closed,
        total: figures.centres.total,
        year: figures.year,
      })}
    </Text>
  );
}

/** What "<5" and "withheld" mean, before any table shows them. */
function Legend() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="federal-legend" className={classes.legend}>
      <Text component="h2" id="federal-legend" size="sm" fw={600}>
        {t('federal.page.legend.title')}
      </Text>
      <dl className={classes.marks}>
        {(['lessThan5', 'hidden'] as const).map((mark) => (
          <div key={mark} className={classes.mark}>
            <dt>{t(`reports.marks.${mark}`)}</dt>
            <dd>{t(`federal.page.legend.${mark}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** A group (the country, a region, a size band): its heading, then its sections and tables. */
function GroupBlock({ group, year }: { group: FederalGroup; year: number }) {
  const { t } = useTranslation();
  const headingId = `federal-${group.key}`;
  return (
    <section aria-labelledby={headingId} className={classes.group}>
      <Title order={2} size="h3" id={headingId} mb="md">
        {t('federal.page.groupHeading', { label: group.label, count: group.centres })}
      </Title>
      <Stack gap="lg">
        {group.sections.map((section) => (
          <section key={section.key} aria-labelledby={`${headingId}-${section.key}`}>
            <Title order={3} size="h4" id={`${headingId}-${section.key}`} mb="sm">
              {section.label}
            </Title>
            <Stack gap="lg">
              {section.tables.map((table) => (
                <ReportTableView key={table.key} table={table} year={year} section={section.label} />
              ))}
            </Stack>
          </section>
        ))}
      </Stack>
    </section>
  );
}
