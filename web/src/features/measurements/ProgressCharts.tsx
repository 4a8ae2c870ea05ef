/**
 * The progress charts, in their own chunk: recharts is large and only the person page needs it.
 * They are a picture of the table that follows them, so assistive technologies skip them.
 */
import '@mantine/charts/styles.css';
import { LineChart, RadarChart } from '@mantine/charts';
import { ColorSwatch, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type InstrumentDefinition, type Scale, scaleOf } from '../../../../src/domain/instruments.ts';
import { currentLocale } from '../../i18n.ts';
import type { Instrument } from '../instruments/api.ts';
import type { Progress } from './api.ts';
import { pointLabel } from './format.ts';

const COLORS = { baseline: 'gray.6', latest: 'blue.7', worker: 'blue.7', person: 'orange.7' } as const;
const RADAR_MIN_DOMAINS = 3;

interface Props {
  progress: Progress;
  instrument: Instrument;
  versionLabel: ((version: number) => string) | null;
}

const ticks = (scale: Scale) => scale.levels.map((l) => l.value);

export default function ProgressCharts({ progress, instrument, versionLabel }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const single = progress.domains.length === 1;
  const withPerson = progress.domains.some((d) => d.series.some((p) => p.personScore !== null));
  const sharedScale =
    instrument.scale ?? scaleOf(instrument as InstrumentDefinition, instrument.domains[0]?.key ?? '');
  const name = (domain: string) => instrument.domains.find((d) => d.key === domain)?.name[locale] ?? domain;

  // The person's view joins the radar only when they scored every domain: a partial shape misleads.
  const radarPerson = progress.domains.every((d) => d.latest.personScore !== null);
  const radarSeries = [
    { name: 'baseline', label: t('progress.baseline'), color: COLORS.baseline, opacity: 0.25 },
    { name: 'latest', label: t('progress.latest'), color: COLORS.latest, opacity: 0.25 },
    ...(radarPerson
      ? [{ name: 'person', label: t('progress.personView'), color: COLORS.person, opacity: 0.05 }]
      : []),
  ];

  return (
    <Stack gap="md" aria-hidden="true">
      {progress.domains.length >= RADAR_MIN_DOMAINS && sharedScale && (
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('progress.radar')}
          </Title>
          <Legend items={radarSeries} />
          <RadarChart
            h={340}
            data={progress.domains.map((d) => ({
              domain: name(d.domain),
              baseline: d.baseline.workerScore,
              latest: d.latest.workerScore,
              person: d.latest.personScore,
            }))}
            dataKey="domain"
            series={radarSeries}
            withPolarRadiusAxis
            // Levels from the centre out, their numbers between the first two domains, clear of the names.
            polarRadiusAxisProps={{
              domain: [0, sharedScale.max],
              tickCount: sharedScale.max + 1,
              angle: 90 - 180 / progress.domains.length,
              tick: { fontSize: 10 },
              axisLine: false,
            }}
            polarAngleAxisProps={{ tick: { fontSize: 11 } }}
            radarProps={(series) => (series.name === 'person' ? { strokeDasharray: '5 3' } : {})}
            accessibilityLayer={false}
          />
        </Stack>
      )}
      <Stack gap={4}>
        <Title order={3} size="h5">
          {t('progress.overTime')}
        </Title>
        <Legend
          items={[
            { name: 'worker', label: t('progress.worker'), color: COLORS.worker },
            ...(withPerson ? [{ name: 'person', label: t('progress.person'), color: COLORS.person }] : []),
          ]}
        />
        <SimpleGrid cols={single ? 1 : { base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
          {progress.domains.map((d) => {
            const scale = scaleOf(instrument as InstrumentDefinition, d.domain) ?? sharedScale;
            return (
              <Stack key={d.domain} gap={2}>
                {!single && (
                  <Text size="sm" fw={600}>
                    {name(d.domain)}
                  </Text>
                )}
                <LineChart
                  h={single ? 220 : 150}
                  data={d.series.map((p) => ({
                    when: pointLabel(p, locale, versionLabel),
                    worker: p.workerScore,
                    person: p.personScore,
                  }))}
                  dataKey="when"
                  series={[
                    { name: 'worker', label: t('progress.worker'), color: COLORS.worker },
                    ...(withPerson
                      ? [
                          {
                            name: 'person',
                            label: t('progress.person'),
                            color: COLORS.person,
                            strokeDasharray: '5 3',
                          },
                        ]
                      : []),
                  ]}
                  curveType="linear"
                  connectNulls
                  gridAxis="y"
                  yAxisProps={
                    scale
                      ? {
                          domain: [scale.min, scale.max],
                          ticks: ticks(scale),
                          // Every level gets its number, even on a small chart.
                          interval: 0,
                          allowDecimals: false,
                          width: 24,
                        }
                      : {}
                  }
                  xAxisProps={{ tick: { fontSize: 11 } }}
                  tooltipAnimationDuration={0}
                  accessibilityLayer={false}
                />
              </Stack>
            );
          })}
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}

function Legend({ items }: { items: { name: string; label: string; color: string }[] }) {
  return (
    <Group gap="md">
      {items.map((item) => (
        <Group key={item.name} gap={6} wrap="nowrap">
          <ColorSwatch
            color={`var(--mantine-color-${item.color.replace('.', '-')})`}
            size={12}
            withShadow={false}
          />
          <Text size="xs">{item.label}</Text>
        </Group>
      ))}
    </Group>
  );
}
