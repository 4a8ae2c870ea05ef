/**
 * The progress charts, in their own chunk: recharts is large and only the person page needs it.
 * They are a picture of the table that follows them, so assistive technologies skip them; a click
 * on a point opens its measurement (the table links to the same pages for the keyboard).
 *
 * The worker's score is a filled circle, the person's a hollow diamond drawn around it: when both
 * give the same level, both marks stay visible. A side not given has no mark.
 */
import '@mantine/charts/styles.css';
import { LineChart, RadarChart } from '@mantine/charts';
import { ColorSwatch, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type InstrumentDefinition, type Scale, scaleOf } from '../../../../src/domain/instruments.ts';
import type { Locale } from '../../../../src/i18n/catalogues.ts';
import { currentLocale } from '../../i18n.ts';
import type { Instrument } from '../instruments/api.ts';
import type { Progress } from './api.ts';
import { pointLabel } from './format.ts';

const COLORS = { baseline: 'gray.6', latest: 'blue.7', worker: 'blue.7', person: 'orange.7' } as const;
const RADAR_MIN_DOMAINS = 3;
const cssColor = (color: string) => `var(--mantine-color-${color.replace('.', '-')})`;

interface Props {
  personId: string;
  progress: Progress;
  instrument: Instrument;
  versionLabel: ((version: number) => string) | null;
}

const ticks = (scale: Scale) => scale.levels.map((l) => l.value);

/** "3 · Organised activities", cut to the room there is (about 6.5 px a character at 11 px). */
function levelTick(scale: Scale, value: number, locale: Locale, room: number): string {
  const level = scale.levels.find((l) => l.value === value);
  const text = level ? `${value} · ${level.name[locale]}` : String(value);
  const fits = Math.max(3, Math.floor(room / 6.5));
  return text.length > fits ? `${text.slice(0, fits - 1).trimEnd()}…` : text;
}

/** A domain name in lines of at most `width` characters, cut at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

interface TickProps {
  x: number;
  y: number;
  cx: number;
  cy: number;
  textAnchor: 'start' | 'middle' | 'end';
  payload: { value: string };
}

export default function ProgressCharts({ personId, progress, instrument, versionLabel }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const navigate = useNavigate();
  const { ref: radarBox, width: radarWidth } = useElementSize();
  const single = progress.domains.length === 1;
  const withPerson = progress.domains.some((d) => d.personLatest !== null);
  const sharedScale =
    instrument.scale ?? scaleOf(instrument as InstrumentDefinition, instrument.domains[0]?.key ?? '');
  const name = (domain: string) => instrument.domains.find((d) => d.key === domain)?.name[locale] ?? domain;
  const open = (measurementId: string | undefined) => {
    if (measurementId)
      void navigate({
        to: '/persons/$id/measurements/$measurementId',
        params: { id: personId, measurementId },
      });
  };

  // The person's view joins the radar only when they scored every domain: a partial shape misleads.
  const radarPerson = progress.domains.every((d) => d.personLatest !== null);
  const radarSeries = [
    { name: 'baseline', label: t('progress.baseline'), color: COLORS.baseline, opacity: 0.25 },
    { name: 'latest', label: t('progress.latest'), color: COLORS.latest, opacity: 0.25 },
    ...(radarPerson
      ? [{ name: 'person', label: t('progress.personView'), color: COLORS.person, opacity: 0.05 }]
      : []),
  ];
  // Square as the box is wide, no taller: no blank band under the radar on a phone.
  const narrow = radarWidth > 0 && radarWidth < 520;
  const radarHeight = Math.round(Math.min(Math.max(radarWidth * (narrow ? 0.78 : 0.6), 260), 380));
  const lineWidth = narrow ? 10 : 16;
  const labelSize = narrow ? 10 : 11;

  const angleTick = ({ x, y, cx, cy, textAnchor, payload }: TickProps) => {
    const lines = wrap(payload.value, lineWidth);
    const height = labelSize + 1;
    // Above the centre the lines grow upwards, below it downwards, beside it around the spoke.
    const offset =
      y < cy - 8 ? -(lines.length - 1) * height : y > cy + 8 ? 4 : (-(lines.length - 1) * height) / 2;
    const dx = textAnchor === 'start' ? 4 : textAnchor === 'end' ? -4 : 0;
    return (
      <text
        x={x + dx}
        y={y + offset}
        textAnchor={x > cx + 2 ? 'start' : x < cx - 2 ? 'end' : 'middle'}
        fontSize={labelSize}
        fill="currentColor"
      >
        {lines.map((line, index) => (
          <tspan key={line} x={x + dx} dy={index === 0 ? 0 : height}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };

  return (
    // min-width 0 all the way down: a chart drawn wide must be able to shrink with the screen
    // (grid and flex items otherwise keep the width of what they hold).
    // A tooltip left open stays within the charts too.
    <Stack gap="md" miw={0} style={{ overflow: 'hidden' }} aria-hidden="true">
      {progress.domains.length >= RADAR_MIN_DOMAINS && sharedScale && (
        <Stack gap={4} miw={0} ref={radarBox}>
          <Title order={3} size="h5">
            {t('progress.radar')}
          </Title>
          <Legend items={radarSeries} />
          {radarWidth > 0 && (
            <RadarChart
              h={radarHeight}
              data={progress.domains.map((d) => ({
                domain: name(d.domain),
                baseline: d.workerBaseline?.workerScore ?? null,
                latest: d.workerLatest?.workerScore ?? null,
                person: d.personLatest?.personScore ?? null,
              }))}
              dataKey="domain"
              series={radarSeries}
              withPolarRadiusAxis
              radarChartProps={{
                outerRadius: narrow ? '56%' : '80%',
                margin: { top: 8, bottom: 8, left: 4, right: 4 },
              }}
              // Levels from the centre out, numbered between the first two domains, clear of the
              // names. The centre is one step below the first level, and carries no number.
              polarRadiusAxisProps={{
                domain: [sharedScale.min - 1, sharedScale.max],
                tickCount: sharedScale.max - sharedScale.min + 2,
                angle: 90 - 180 / progress.domains.length,
                tick: { fontSize: 10 },
                tickFormatter: (value: number) => (value < sharedScale.min ? '' : String(value)),
                axisLine: false,
              }}
              polarAngleAxisProps={{ tick: angleTick as never }}
              radarProps={(series) => (series.name === 'person' ? { strokeDasharray: '5 3' } : {})}
              accessibilityLayer={false}
            />
          )}
        </Stack>
      )}
      <Stack gap={4} miw={0}>
        <Title order={3} size="h5">
          {t('progress.overTime')}
        </Title>
        <Legend
          items={[
            { name: 'worker', label: t('progress.worker'), color: COLORS.worker, shape: 'circle' },
            ...(withPerson
              ? [
                  {
                    name: 'person',
                    label: t('progress.person'),
                    color: COLORS.person,
                    shape: 'diamond' as const,
                  },
                ]
              : []),
          ]}
        />
        <SimpleGrid cols={single ? 1 : { base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
          {progress.domains.map((d) => {
            const scale = scaleOf(instrument as InstrumentDefinition, d.domain) ?? sharedScale;
            const axisWidth = single ? 200 : 132;
            return (
              <Stack key={d.domain} gap={2} miw={0}>
                {!single && (
                  <Text size="sm" fw={600}>
                    {name(d.domain)}
                  </Text>
                )}
                <LineChart
                  h={single ? 240 : 170}
                  data={d.series.map((p) => ({
                    when: pointLabel(p, locale, versionLabel),
                    worker: p.workerScore,
                    person: p.personScore,
                    measurementId: p.measurementId,
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
                  lineProps={(series) => ({
                    dot: (props: DotProps) => (
                      <Mark key={`${series.name}-${props.index}`} {...props} side={series.name} />
                    ),
                    activeDot: (props: DotProps) => (
                      <Mark
                        key={`${series.name}-${props.index}-active`}
                        {...props}
                        side={series.name}
                        active
                      />
                    ),
                  })}
                  // A click on a measurement's place opens its page.
                  lineChartProps={{
                    margin: { top: 8, right: 8 },
                    onClick: (state: { activeTooltipIndex?: number | string | null }) =>
                      open(d.series[Number(state?.activeTooltipIndex)]?.measurementId),
                  }}
                  style={{ cursor: 'pointer' }}
                  yAxisProps={
                    scale
                      ? {
                          domain: [scale.min, scale.max],
                          ticks: ticks(scale),
                          // Every level gets its name, even on a small chart.
                          interval: 0,
                          allowDecimals: false,
                          width: axisWidth,
                          // One line per level, cut to fit: recharts would wrap it over the next one.
                          tick: ({
                            x,
                            y,
                            payload,
                          }: {
                            x: number | string;
                            y: number | string;
                            payload: { value: unknown };
                          }) => (
                            <text
                              x={Number(x) - 4}
                              y={Number(y)}
                              dy={4}
                              textAnchor="end"
                              fontSize={11}
                              fill="currentColor"
                            >
                              {levelTick(scale, Number(payload.value), locale, axisWidth - 12)}
                            </text>
                          ),
                        }
                      : {}
                  }
                  xAxisProps={{ tick: { fontSize: 11 }, padding: { left: 16, right: 16 } }}
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

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  value?: number | null;
}

/** One score on a line: a filled circle for the worker, a hollow diamond around it for the person. */
function Mark({ cx, cy, value, side, active = false }: DotProps & { side: string; active?: boolean }) {
  if (cx == null || cy == null || value == null) return <g />;
  if (side === 'person') {
    const r = active ? 9 : 7;
    return (
      <path
        className="recharts-dot"
        d={`M ${cx} ${cy - r} L ${cx + r} ${cy} L ${cx} ${cy + r} L ${cx - r} ${cy} Z`}
        fill="none"
        stroke={cssColor(COLORS.person)}
        strokeWidth={2}
      />
    );
  }
  return (
    <circle
      className="recharts-dot"
      cx={cx}
      cy={cy}
      r={active ? 5 : 3.5}
      fill={cssColor(COLORS.worker)}
      stroke={cssColor(COLORS.worker)}
    />
  );
}

function Legend({
  items,
}: {
  items: { name: string; label: string; color: string; shape?: 'circle' | 'diamond' }[];
}) {
  return (
    <Group gap="md">
      {items.map((item) => (
        <Group key={item.name} gap={6} wrap="nowrap">
          {item.shape === 'diamond' ? (
            <svg width={14} height={14} viewBox="0 0 14 14" aria-hidden="true">
              <path
                d="M 7 1 L 13 7 L 7 13 L 1 7 Z"
                fill="none"
                stroke={cssColor(item.color)}
                strokeWidth={2}
              />
            </svg>
          ) : (
            <ColorSwatch color={cssColor(item.color)} size={12} withShadow={false} />
          )}
          <Text size="xs">{item.label}</Text>
        </Group>
      ))}
    </Group>
  );
}
