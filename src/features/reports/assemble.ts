/**
 * From counts per cell to the report's sections, tables, rows and columns, with labels in the
 * reader's language: one shape for the browser, the XLSX, the CSV, the PDF and the federal view.
 * The arithmetic (shares, means, cost per plan, achieved against target) is the domain's.
 */
import type { TFunction } from 'i18next';
import { ORIENTATIONS } from '../../domain/deadlines.ts';
import { WITHOUT_PIIS_REASONS } from '../../domain/reports/cells.ts';
import {
  AGE_BANDS,
  achievedAgainstTarget,
  OUTCOMES,
  outcomeOrder,
  PROGRESS_DIRECTIONS,
  perTrajectoryCents,
  SANCTION_DURATION_BANDS,
  SANCTION_KINDS,
  share,
} from '../../domain/reports.ts';
import type { CellCount } from './compute.ts';
import {
  OBJECTIVE_INDICATORS,
  type ReportColumnKind,
  type ReportSection,
  type ReportTable,
  type ReportValue,
  SUBSIDY_PARTS,
  type SuppressionMark,
} from './schemas.ts';

export const FEEDBACK_QUESTIONS = ['understandable', 'heard', 'helpFits'] as const;

/** Instrument and domain names in the reader's language, by instrument key. */
export type InstrumentLabels = Map<string, { name: string; domains: Map<string, string> }>;

export interface AssembleInput {
  counts: ReadonlyMap<string, CellCount>;
  objectives: Partial<Record<string, number>>;
  subsidies: Partial<Record<string, number>>;
  instruments: InstrumentLabels;
  t: TFunction;
  /**
   * The federal view's suppression: a marked cell shows no value, and every figure computed from
   * it (a share, a mean, a sum) is withheld too, or it would give the cell away.
   */
  marks?: ReadonlyMap<string, SuppressionMark>;
}

const plain = (value: number | null): ReportValue => ({ value });
const WITHHELD: ReportValue = { value: null, mark: 'hidden' };

/** Reading counts, with the marks applied: one place decides what a suppressed cell hides. */
function figures({ counts, marks }: AssembleInput) {
  const n = (cell: string) => counts.get(cell)?.count ?? 0;
  const marked = (cells: string[]) => cells.some((c) => marks?.has(c));
  return {
    n,
    count: (cell: string): ReportValue => {
      const mark = marks?.get(cell);
      return mark ? { value: null, mark } : { value: n(cell), cell };
    },
    /** A value computed from these cells: withheld when any of them is. */
    from: (cells: string[], value: number | null): ReportValue => (marked(cells) ? WITHHELD : plain(value)),
    /** A count with nobody to list behind it (sessions, feedback answers). */
    tally: (cell: string): ReportValue => {
      const mark = marks?.get(cell);
      return mark ? { value: null, mark } : { value: n(cell) };
    },
    shareOf: (cell: string, base: string): ReportValue =>
      marked([cell, base]) ? WITHHELD : plain(share(n(cell), n(base))),
  };
}

type Col = { key: string; kind: ReportColumnKind };

function table(
  t: TFunction,
  key: string,
  columns: Col[],
  rows: { key: string; label: string; values: ReportValue[] }[],
): ReportTable {
  return {
    key,
    label: t(`reports.tables.${key}`),
    columns: columns.map((c) => ({ ...c, label: t(`reports.columns.${c.key}`) })),
    rows,
  };
}

function activation(input: AssembleInput): ReportSection {
  const { t } = input;
  const { count, shareOf } = figures(input);
  return {
    key: 'activation',
    label: t('reports.sections.activation'),
    tables: [
      table(
        t,
        'activationSummary',
        [{ key: 'count', kind: 'count' }],
        (['started', 'running', 'closed'] as const).map((k) => ({
          key: k,
          label: t(`reports.rows.activation.${k}`),
          values: [count(`activation.${k}`)],
        })),
      ),
      table(
        t,
        'activationOutcomes',
        [
          { key: 'count', kind: 'count' },
          { key: 'shareOfClosed', kind: 'share' },
        ],
        outcomeOrder(OUTCOMES).map((o) => ({
          key: o,
          label: t(`plans.outcomes.${o}`),
          values: [count(`activation.outcome.${o}`), shareOf(`activation.outcome.${o}`, 'activation.closed')],
        })),
      ),
    ],
  };
}

function orientationRows(count: (cell: string) => ReportValue, t: TFunction, prefix: string) {
  return [
    { key: 'total', label: t('reports.rows.total'), values: [count(prefix)] },
    ...ORIENTATIONS.map((o) => ({
      key: o,
      label: t(`document.orientation.${o}`),
      values: [count(`${prefix}.${o}`)],
    })),
  ];
}

function piis(input: AssembleInput): ReportSection {
  const { t } = input;
  const { n, count, from, shareOf } = figures(input);
  const withShare = (cell: string, base: string) => [count(cell), count(base), shareOf(cell, base)];
  // The band totals are cells of their own in the federal view (suppressed with the rest);
  // a centre's report adds them up from the kinds.
  const bandTotal = (b: string) =>
    input.counts.has(`sanctions.all.${b}`)
      ? count(`sanctions.all.${b}`)
      : from(
          SANCTION_KINDS.map((k) => `sanctions.${k}.${b}`),
          SANCTION_KINDS.reduce((sum, k) => sum + n(`sanctions.${k}.${b}`), 0),
        );
  return {
    key: 'piis',
    label: t('reports.sections.piis'),
    tables: [
      table(t, 'piisInForce', [{ key: 'count', kind: 'count' }], orientationRows(count, t, 'piis.inForce')),
      table(
        t,
        'piisConcluded',
        [{ key: 'count', kind: 'count' }],
        orientationRows(count, t, 'piis.concluded'),
      ),
      table(
        t,
        'piisDeadlines',
        [
          { key: 'count', kind: 'count' },
          { key: 'base', kind: 'count' },
          { key: 'share', kind: 'share' },
        ],
        [
          {
            key: 'concludedOnTime',
            label: t('reports.rows.piis.concludedOnTime'),
            values: withShare('piis.concludedOnTime', 'piis.concluded'),
          },
          {
            key: 'concludedDeadlineUnknown',
            label: t('reports.rows.piis.concludedDeadlineUnknown'),
            values: withShare('piis.concludedDeadlineUnknown', 'piis.concluded'),
          },
          {
            key: 'evaluationMet',
            label: t('reports.rows.piis.evaluationMet'),
            values: withShare('piis.evaluationMet', 'piis.evaluationJudged'),
          },
        ],
      ),
      table(
        t,
        'piisWithout',
        [{ key: 'people', kind: 'count' }],
        WITHOUT_PIIS_REASONS.map((r) => ({
          key: r,
          label: t(`reports.rows.withoutPiis.${r}`),
          values: [count(`piis.withoutPiis.${r}`)],
        })),
      ),
      table(
        t,
        'sanctions',
        [
          ...SANCTION_DURATION_BANDS.map((b) => ({ key: b, kind: 'count' as const })),
          { key: 'total', kind: 'count' },
        ],
        [
          ...SANCTION_KINDS.map((k) => ({
            key: k,
            label: t(`reports.rows.sanctionKinds.${k}`),
            values: [
              ...SANCTION_DURATION_BANDS.map((b) => count(`sanctions.${k}.${b}`)),
              count(`sanctions.${k}.total`),
            ],
          })),
          {
            // Not 'total': that is a kind (a total suspension).
            key: 'all',
            label: t('reports.rows.total'),
            values: [...SANCTION_DURATION_BANDS.map(bandTotal), count('sanctions.total')],
          },
        ],
      ),
      table(
        t,
        'sanctionedPeople',
        [
          { key: 'count', kind: 'count' },
          { key: 'base', kind: 'count' },
          { key: 'share', kind: 'share' },
        ],
        [
          {
            key: 'sanctioned',
            label: t('reports.rows.piis.sanctioned'),
            values: withShare('sanctions.people', 'piis.people'),
          },
        ],
      ),
    ],
  };
}

function participants(input: AssembleInput): ReportSection {
  const { t } = input;
  const { n, count, from, shareOf } = figures(input);
  const breakdown = (key: string, values: readonly string[], label: (v: string) => string) =>
    table(
      t,
      key,
      [
        { key: 'people', kind: 'count' },
        { key: 'share', kind: 'share' },
      ],
      [
        ...values.map((v) => {
          const cell = `participants.${key === 'participantsBySex' ? 'sex' : key === 'participantsByAge' ? 'age' : 'language'}.${v}`;
          return {
            key: v,
            label: label(v),
            values: [count(cell), shareOf(cell, 'participants.total')],
          };
        }),
        {
          key: 'total',
          label: t('reports.rows.total'),
          values: [
            count('participants.total'),
            from(['participants.total'], n('participants.total') ? 1 : null),
          ],
        },
      ],
    );
  return {
    key: 'participants',
    label: t('reports.sections.participants'),
    tables: [
      breakdown('participantsBySex', ['F', 'M', 'X'], (v) => t(`persons.sexes.${v}`)),
      breakdown('participantsByAge', AGE_BANDS, (v) => t(`reports.rows.ageBands.${v}`)),
      breakdown('participantsByLanguage', ['fr', 'nl', 'de', 'en'], (v) => t(`persons.languages.${v}`)),
    ],
  };
}

function modules(input: AssembleInput): ReportSection {
  const { t } = input;
  const { n, count, from } = figures(input);
  return {
    key: 'modules',
    label: t('reports.sections.modules'),
    tables: [
      table(
        t,
        'modules',
        [
          { key: 'sessions', kind: 'count' },
          { key: 'people', kind: 'count' },
          { key: 'present', kind: 'count' },
          { key: 'excused', kind: 'count' },
          { key: 'absent', kind: 'count' },
          { key: 'attendanceRate', kind: 'share' },
        ],
        (['individual', 'collective'] as const).map((kind) => {
          const statuses = ['present', 'excused', 'absent'].map((status) => `modules.${kind}.${status}`);
          const marks = statuses.reduce((sum, cell) => sum + n(cell), 0);
          return {
            key: kind,
            label: t(`reports.rows.moduleKinds.${kind}`),
            values: [
              count(`modules.${kind}.sessions`),
              count(`modules.${kind}.people`),
              count(`modules.${kind}.present`),
              count(`modules.${kind}.excused`),
              count(`modules.${kind}.absent`),
              from(statuses, share(n(`modules.${kind}.present`), marks)),
            ],
          };
        }),
      ),
    ],
  };
}

/** Mean of a sum over a count, 2 decimals, halves away from zero (as progressSummary rounds). */
export function meanOf(sum: number, n: number): number | null {
  if (n === 0) return null;
  const v = (Math.sign(sum) * Math.round((Math.abs(sum) * 100) / n)) / 100;
  return v === 0 ? 0 : v;
}

function progress(input: AssembleInput): ReportSection {
  const { counts, t, instruments } = input;
  const { count, from, shareOf } = figures(input);
  const rows: ReportTable['rows'] = [];
  const measuredCells = [...counts.keys()]
    .filter((c) => c.startsWith('progress.') && c.endsWith('.measured'))
    .sort();
  for (const cell of measuredCells) {
    const [, key = '', domain = ''] = cell.split('.');
    const base = `progress.${key}.${domain}`;
    const measured = counts.get(cell) ?? { count: 0, amount: 0 };
    const names = instruments.get(key);
    const values: ReportValue[] = [count(cell), from([cell], meanOf(measured.amount, measured.count))];
    for (const d of PROGRESS_DIRECTIONS) values.push(count(`${base}.${d}`), shareOf(`${base}.${d}`, cell));
    rows.push({
      key: `${key}.${domain}`,
      label: `${names?.name ?? key} — ${names?.domains.get(domain) ?? domain}`,
      values,
    });
  }
  return {
    key: 'progress',
    label: t('reports.sections.progress'),
    tables: [
      table(
        t,
        'progress',
        [
          { key: 'measuredTwice', kind: 'count' },
          { key: 'meanChange', kind: 'mean' },
          ...PROGRESS_DIRECTIONS.flatMap((d) => [
            { key: d, kind: 'count' as const },
            { key: `${d}Share`, kind: 'share' as const },
          ]),
        ],
        rows,
      ),
    ],
  };
}

function costs(input: AssembleInput): ReportSection {
  const { counts, t, subsidies } = input;
  const { count, from } = figures(input);
  const spent = counts.get('costs.trajectories') ?? { count: 0, amount: 0 };
  // Amounts of fewer than 5 plans would tell what one plan cost: withheld with their count.
  const amount = (value: number | null): ReportValue => ({
    ...from(['costs.trajectories'], value),
    kind: 'amount',
  });
  const subsidyTotal = SUBSIDY_PARTS.reduce((sum, p) => sum + (subsidies[p] ?? 0), 0);
  return {
    key: 'costs',
    label: t('reports.sections.costs'),
    tables: [
      table(
        t,
        'costs',
        [{ key: 'value', kind: 'count' }],
        [
          {
            key: 'trajectories',
            label: t('reports.rows.costs.trajectories'),
            values: [count('costs.trajectories')],
          },
          {
            key: 'total',
            label: t('reports.rows.costs.total'),
            values: [amount(spent.amount)],
          },
          {
            key: 'perTrajectory',
            label: t('reports.rows.costs.perTrajectory'),
            values: [amount(perTrajectoryCents(spent.amount, spent.count))],
          },
        ],
      ),
      table(
        t,
        'subsidies',
        [{ key: 'amount', kind: 'amount' }],
        [
          ...SUBSIDY_PARTS.map((p) => ({
            key: p,
            label: t(`reports.rows.subsidies.${p}`),
            values: [plain(subsidies[p] ?? null)],
          })),
          { key: 'total', label: t('reports.rows.total'), values: [plain(subsidyTotal)] },
        ],
      ),
    ],
  };
}

function objectives(input: AssembleInput): ReportSection {
  const { t, objectives: targets } = input;
  const { n, count } = figures(input);
  return {
    key: 'objectives',
    label: t('reports.sections.objectives'),
    tables: [
      table(
        t,
        'objectives',
        [
          { key: 'target', kind: 'count' },
          { key: 'achieved', kind: 'count' },
          { key: 'share', kind: 'share' },
        ],
        OBJECTIVE_INDICATORS.map((indicator) => {
          const a = achievedAgainstTarget(n(indicator), targets[indicator] ?? null);
          return {
            key: indicator,
            label: t(`reports.rows.objectives.${indicator.replaceAll('.', '_')}`),
            values: [plain(a.target), count(indicator), plain(a.share)],
          };
        }),
      ),
    ],
  };
}

function feedback(input: AssembleInput): ReportSection {
  const { counts, t } = input;
  const { tally, from } = figures(input);
  return {
    key: 'feedback',
    label: t('reports.sections.feedback'),
    tables: [
      table(
        t,
        'feedback',
        [
          { key: 'answered', kind: 'count' },
          { key: 'mean', kind: 'mean' },
          ...[1, 2, 3, 4].map((s) => ({ key: `score${s}`, kind: 'count' as const })),
        ],
        [
          {
            key: 'answers',
            label: t('reports.rows.feedback.answers'),
            values: [tally('feedback.answers'), plain(null), ...[1, 2, 3, 4].map(() => plain(null))],
          },
          ...FEEDBACK_QUESTIONS.map((q) => {
            const answered = counts.get(`feedback.${q}.answered`) ?? { count: 0, amount: 0 };
            return {
              key: q,
              label: t(`reports.rows.feedback.${q}`),
              values: [
                tally(`feedback.${q}.answered`),
                // The mean with the score counts would give a withheld score count away.
                from(
                  [`feedback.${q}.answered`, ...[1, 2, 3, 4].map((s) => `feedback.${q}.${s}`)],
                  meanOf(answered.amount, answered.count),
                ),
                ...[1, 2, 3, 4].map((s) => tally(`feedback.${q}.${s}`)),
              ],
            };
          }),
        ],
      ),
    ],
  };
}

const SECTIONS = { activation, piis, participants, modules, progress, costs, objectives, feedback };
export type SectionKey = keyof typeof SECTIONS;
export const CENTRE_SECTIONS = Object.keys(SECTIONS) as SectionKey[];

export function assembleSections(
  input: AssembleInput,
  sections: readonly SectionKey[] = CENTRE_SECTIONS,
): ReportSection[] {
  return sections.map((key) => SECTIONS[key](input));
}
