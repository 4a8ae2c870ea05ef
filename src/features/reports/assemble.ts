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
}

const count = (counts: ReadonlyMap<string, CellCount>, cell: string): ReportValue => ({
  value: counts.get(cell)?.count ?? 0,
  cell,
});
const plain = (value: number | null): ReportValue => ({ value });

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

function activation({ counts, t }: AssembleInput): ReportSection {
  const n = (cell: string) => counts.get(cell)?.count ?? 0;
  const closed = n('activation.closed');
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
          values: [count(counts, `activation.${k}`)],
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
          values: [
            count(counts, `activation.outcome.${o}`),
            plain(share(n(`activation.outcome.${o}`), closed)),
          ],
        })),
      ),
    ],
  };
}

function orientationRows(counts: ReadonlyMap<string, CellCount>, t: TFunction, prefix: string) {
  return [
    { key: 'total', label: t('reports.rows.total'), values: [count(counts, prefix)] },
    ...ORIENTATIONS.map((o) => ({
      key: o,
      label: t(`document.orientation.${o}`),
      values: [count(counts, `${prefix}.${o}`)],
    })),
  ];
}

function piis({ counts, t }: AssembleInput): ReportSection {
  const n = (cell: string) => counts.get(cell)?.count ?? 0;
  const concluded = n('piis.concluded');
  const judged = n('piis.evaluationJudged');
  const withShare = (cell: string, base: string, baseCount: number) => [
    count(counts, cell),
    { value: baseCount, cell: base },
    plain(share(n(cell), baseCount)),
  ];
  const bandTotals = SANCTION_DURATION_BANDS.map((b) =>
    SANCTION_KINDS.reduce((sum, k) => sum + n(`sanctions.${k}.${b}`), 0),
  );
  return {
    key: 'piis',
    label: t('reports.sections.piis'),
    tables: [
      table(t, 'piisInForce', [{ key: 'count', kind: 'count' }], orientationRows(counts, t, 'piis.inForce')),
      table(
        t,
        'piisConcluded',
        [{ key: 'count', kind: 'count' }],
        orientationRows(counts, t, 'piis.concluded'),
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
            values: withShare('piis.concludedOnTime', 'piis.concluded', concluded),
          },
          {
            key: 'concludedDeadlineUnknown',
            label: t('reports.rows.piis.concludedDeadlineUnknown'),
            values: withShare('piis.concludedDeadlineUnknown', 'piis.concluded', concluded),
          },
          {
            key: 'evaluationMet',
            label: t('reports.rows.piis.evaluationMet'),
            values: withShare('piis.evaluationMet', 'piis.evaluationJudged', judged),
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
          values: [count(counts, `piis.withoutPiis.${r}`)],
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
              ...SANCTION_DURATION_BANDS.map((b) => count(counts, `sanctions.${k}.${b}`)),
              count(counts, `sanctions.${k}.total`),
            ],
          })),
          {
            // Not 'total': that is a kind (a total suspension).
            key: 'all',
            label: t('reports.rows.total'),
            values: [...bandTotals.map(plain), count(counts, 'sanctions.total')],
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
            values: withShare('sanctions.people', 'piis.people', n('piis.people')),
          },
        ],
      ),
    ],
  };
}

function participants({ counts, t }: AssembleInput): ReportSection {
  const total = counts.get('participants.total')?.count ?? 0;
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
            values: [count(counts, cell), plain(share(counts.get(cell)?.count ?? 0, total))],
          };
        }),
        {
          key: 'total',
          label: t('reports.rows.total'),
          values: [count(counts, 'participants.total'), plain(total ? 1 : null)],
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

function modules({ counts, t }: AssembleInput): ReportSection {
  const n = (cell: string) => counts.get(cell)?.count ?? 0;
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
          const marks =
            n(`modules.${kind}.present`) + n(`modules.${kind}.excused`) + n(`modules.${kind}.absent`);
          return {
            key: kind,
            label: t(`reports.rows.moduleKinds.${kind}`),
            values: [
              count(counts, `modules.${kind}.sessions`),
              count(counts, `modules.${kind}.people`),
              count(counts, `modules.${kind}.present`),
              count(counts, `modules.${kind}.excused`),
              count(counts, `modules.${kind}.absent`),
              plain(share(n(`modules.${kind}.present`), marks)),
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

function progress({ counts, t, instruments }: AssembleInput): ReportSection {
  const rows: ReportTable['rows'] = [];
  const measuredCells = [...counts.keys()]
    .filter((c) => c.startsWith('progress.') && c.endsWith('.measured'))
    .sort();
  for (const cell of measuredCells) {
    const [, key = '', domain = ''] = cell.split('.');
    const base = `progress.${key}.${domain}`;
    const measured = counts.get(cell) ?? { count: 0, amount: 0 };
    const names = instruments.get(key);
    const values: ReportValue[] = [count(counts, cell), plain(meanOf(measured.amount, measured.count))];
    for (const d of PROGRESS_DIRECTIONS) {
      values.push(
        count(counts, `${base}.${d}`),
        plain(share(counts.get(`${base}.${d}`)?.count ?? 0, measured.count)),
      );
    }
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

function costs({ counts, t, subsidies }: AssembleInput): ReportSection {
  const spent = counts.get('costs.trajectories') ?? { count: 0, amount: 0 };
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
            values: [count(counts, 'costs.trajectories')],
          },
          {
            key: 'total',
            label: t('reports.rows.costs.total'),
            values: [{ value: spent.amount, kind: 'amount' }],
          },
          {
            key: 'perTrajectory',
            label: t('reports.rows.costs.perTrajectory'),
            values: [{ value: perTrajectoryCents(spent.amount, spent.count), kind: 'amount' }],
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

function objectives({ counts, t, objectives: targets }: AssembleInput): ReportSection {
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
          const a = achievedAgainstTarget(counts.get(indicator)?.count ?? 0, targets[indicator] ?? null);
          return {
            key: indicator,
            label: t(`reports.rows.objectives.${indicator.replaceAll('.', '_')}`),
            values: [plain(a.target), { value: a.achieved, cell: indicator }, plain(a.share)],
          };
        }),
      ),
    ],
  };
}

function feedback({ counts, t }: AssembleInput): ReportSection {
  const answers = counts.get('feedback.answers')?.count ?? 0;
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
            values: [plain(answers), plain(null), ...[1, 2, 3, 4].map(() => plain(null))],
          },
          ...FEEDBACK_QUESTIONS.map((q) => {
            const answered = counts.get(`feedback.${q}.answered`) ?? { count: 0, amount: 0 };
            return {
              key: q,
              label: t(`reports.rows.feedback.${q}`),
              values: [
                plain(answered.count),
                plain(meanOf(answered.amount, answered.count)),
                ...[1, 2, 3, 4].map((s) => plain(counts.get(`feedback.${q}.${s}`)?.count ?? 0)),
              ],
            };
          }),
        ],
      ),
    ],
  };
}

export function assembleSections(input: AssembleInput): ReportSection[] {
  return [activation, piis, participants, modules, progress, costs, objectives, feedback].map((s) =>
    s(input),
  );
}
