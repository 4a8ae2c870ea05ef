import { Center, DataList, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { currentLocale } from '../../i18n.ts';
import { DEFAULT_INSTRUMENT, type Instrument, instrumentsQuery } from '../instruments/api.ts';
import { formatDate } from '../persons/format.ts';
import { measurementsQuery, type Progress, progressQuery } from './api.ts';
import { formatChange } from './format.ts';
import classes from './Progress.module.css';
import { ProgressTable } from './ProgressTable.tsx';

const ProgressCharts = lazy(() => import('./ProgressCharts.tsx'));

/**
 * How far the person has come with one instrument, read against their own starting point.
 * The instrument shown is in the address (?instrument=), so Back and a shared link keep it.
 */
export function ProgressSection({ personId, instrument: wanted }: { personId: string; instrument?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = currentLocale();
  const instruments = useQuery(instrumentsQuery);
  const measurements = useQuery(measurementsQuery(personId));
  const used = new Set(measurements.data?.items.map((m) => m.instrumentKey));
  const withData = instruments.data?.items.filter((i) => used.has(i.key)) ?? [];
  const selected =
    withData.find((i) => i.key === wanted) ??
    withData.find((i) => i.key === DEFAULT_INSTRUMENT) ??
    withData[0];
  const progress = useQuery({ ...progressQuery(personId, selected?.key ?? ''), enabled: Boolean(selected) });
  const error = instruments.error ?? measurements.error ?? progress.error;

  return (
    <section aria-labelledby="progress-heading">
      <Group justify="space-between" align="flex-end" mb="xs">
        <Title order={2} size="h4" id="progress-heading">
          {t('progress.title')}
        </Title>
        {selected && (
          <NativeSelect
            label={t('progress.instrument')}
            size="xs"
            w={260}
            value={selected.key}
            onChange={(event) =>
              navigate({
                to: '/persons/$id',
                params: { id: personId },
                search: { instrument: event.currentTarget.value },
                replace: true,
                resetScroll: false,
              })
            }
          >
            {withData.map((i) => (
              <option key={i.key} value={i.key}>
                {i.name[locale]}
              </option>
            ))}
          </NativeSelect>
        )}
      </Group>
      {error && <ProblemAlert error={error} />}
      {(instruments.isPending || measurements.isPending || (selected && progress.isPending)) && !error && (
        <Loading size="sm" />
      )}
      {instruments.data && measurements.data && !selected && (
        <Stack gap={2} p="md" className={classes.empty}>
          <Text fw={600}>{t('progress.none')}</Text>
          <Text size="sm">{t('progress.noneHint')}</Text>
        </Stack>
      )}
      {selected && progress.data && progress.data.instrumentKey === selected.key && (
        <ProgressView personId={personId} progress={progress.data} instrument={selected} />
      )}
    </section>
  );
}

function ProgressView({
  personId,
  progress,
  instrument,
}: {
  personId: string;
  progress: Progress;
  instrument: Instrument;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const versionLabel =
    progress.versions.length > 1 ? (version: number) => t('progress.versionShort', { version }) : null;
  const name = (domain: string) => instrument.domains.find((d) => d.key === domain)?.name[locale] ?? domain;

  return (
    <Stack gap="md">
      <DataList gap="xs" labelWidth={200}>
        <DataList.Item>
          <DataList.ItemLabel>{t('progress.overall')}</DataList.ItemLabel>
          <DataList.ItemValue>
            {progress.overallChange === null ? (
              <Text span c="dimmed" inherit>
                {t('progress.overallNone')}
              </Text>
            ) : (
              <Text span fw={700} inherit>
                {t('progress.overallValue', {
                  value: formatChange(progress.overallChange, locale),
                  // The plural follows the number as shown, with at most two decimals ("+1 level", "+1.5 levels").
                  count: Math.round(progress.overallChange * 100) / 100,
                })}
              </Text>
            )}
            <Text span c="dimmed" inherit>
              {' · '}
              {t('progress.count', { count: progress.measurementCount })}
            </Text>
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
      {versionLabel && (
        <Text size="sm" c="dimmed">
          {t('progress.versions', { versions: progress.versions.join(', ') })}
        </Text>
      )}
      <Suspense
        fallback={
          <Center h={160}>
            <Loading size="sm" />
          </Center>
        }
      >
        <ProgressCharts
          personId={personId}
          progress={progress}
          instrument={instrument}
          versionLabel={versionLabel}
        />
      </Suspense>
      <ProgressTable
        personId={personId}
        progress={progress}
        instrument={instrument}
        versionLabel={versionLabel}
      />
      <Stack gap={4} className={classes.disagreements}>
        <Title order={3} size="h5">
          {t('progress.disagreements')}
        </Title>
        {progress.disagreements.length === 0 ? (
          <Text size="sm">{t('progress.noDisagreement')}</Text>
        ) : (
          <List size="sm" spacing={2}>
            {progress.disagreements.map((d) => (
              <List.Item key={d.domain}>
                {t('progress.disagreement', {
                  domain: name(d.domain),
                  worker: d.workerScore,
                  person: d.personScore,
                  date: formatDate(d.measuredOn, locale, 'long'),
                })}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Stack>
  );
}
