/**
 * The federal figures (DOMAIN.md §1, §4): the yearly figures of every centre that closed the
 * year, added up for the country and per region or size band, small cells suppressed across all of
 * them at once. Read as `passerelle_federal`, which sees aggregate counts only: no route of this
 * feature could return a person, a name or a file.
 */
import { asFederalReader, type TenantTx } from '../../db/tenancy.ts';
import { BUILT_IN_INSTRUMENTS, isBuiltInKey } from '../../domain/instruments/built-in.ts';
import { federalMarks, sizeBandOf, withSanctionBandTotals } from '../../domain/reports/federal.ts';
import { translator } from '../../i18n/translate.ts';
import { recordAudit } from '../audit/service.ts';
import type { ActorContext } from '../context.ts';
import { Problem } from '../problem.ts';
import { assembleSections, type InstrumentLabels, type SectionKey } from '../reports/assemble.ts';
import type { CellCount } from '../reports/compute.ts';
import type { ReportSection } from '../reports/schemas.ts';
import { selectCentres, selectClosedCounts } from './queries.ts';
import type { FederalIndicators, Grouping } from './schemas.ts';

/** What the country adds up; objectives are each centre's own convention, and are left out. */
const FEDERAL_SECTIONS: SectionKey[] = [
  'activation',
  'piis',
  'participants',
  'modules',
  'progress',
  'costs',
  'feedback',
];

/** Cells that cross centres: a centre's own instrument means nothing elsewhere. */
const crossesCentres = (cell: string) => {
  const progress = /^progress\.([^.]+)\./.exec(cell);
  return !progress || isBuiltInKey(progress[1] as string);
};

function builtInLabels(locale: ActorContext['actor']['locale']): InstrumentLabels {
  return new Map(
    BUILT_IN_INSTRUMENTS.map((i) => [
      i.key,
      { name: i.name[locale], domains: new Map(i.domains.map((d) => [d.key, d.name[locale]])) },
    ]),
  );
}

/** No drill-down in the federal view: nobody behind a figure is listed. */
function withoutCells(sections: ReportSection[]): ReportSection[] {
  return sections.map((s) => ({
    ...s,
    tables: s.tables
      .filter((t) => t.key !== 'subsidies')
      .map((t) => ({
        ...t,
        rows: t.rows.map((r) => ({ ...r, values: r.values.map(({ cell: _cell, ...v }) => v) })),
      })),
  }));
}

export async function federalIndicators(
  tx: TenantTx,
  ctx: ActorContext,
  input: { year: number; by: Grouping },
): Promise<FederalIndicators> {
  const current = Number(ctx.clock.today().slice(0, 4));
  if (input.year > current) {
    throw new Problem('validation', 'errors.reportYearInFuture', { params: { year: input.year } });
  }
  const { rows, centres } = await asFederalReader(tx, async (reader) => ({
    rows: await selectClosedCounts(reader, input.year),
    centres: await selectCentres(reader, input.year),
  }));

  // Per centre: its counts (and sums), its region and its size band.
  const perCentre = new Map<string, { region: string; counts: Map<string, CellCount> }>();
  for (const c of centres.closed)
    perCentre.set(c.centreId, { region: c.region ?? 'unknown', counts: new Map() });
  for (const r of rows) {
    if (!crossesCentres(r.cell)) continue;
    perCentre.get(r.centreId)?.counts.set(r.cell, { count: r.count, amount: r.amount });
  }
  const groupOf = (c: { region: string; counts: Map<string, CellCount> }) =>
    input.by === 'region'
      ? c.region
      : input.by === 'sizeBand'
        ? sizeBandOf(c.counts.get('participants.total')?.count ?? 0)
        : 'all';

  const add = (into: Map<string, CellCount>, from: Map<string, CellCount>) => {
    for (const [cell, v] of from) {
      const before = into.get(cell) ?? { count: 0, amount: 0 };
      into.set(cell, { count: before.count + v.count, amount: before.amount + v.amount });
    }
  };
  const national = new Map<string, CellCount>();
  const grouped = new Map<string, { centres: number; counts: Map<string, CellCount> }>();
  for (const centre of perCentre.values()) {
    add(national, centre.counts);
    if (input.by === 'none') continue;
    const key = groupOf(centre);
    const group = grouped.get(key) ?? { centres: 0, counts: new Map() };
    group.centres += 1;
    add(group.counts, centre.counts);
    grouped.set(key, group);
  }
  const order =
    input.by === 'region' ? ['brussels', 'flanders', 'wallonia', 'unknown'] : ['small', 'medium', 'large'];
  const groups = order
    .filter((k) => grouped.has(k))
    .map((k) => ({ key: k, ...(grouped.get(k) as { centres: number; counts: Map<string, CellCount> }) }));

  const countsOnly = (m: Map<string, CellCount>) =>
    withSanctionBandTotals(new Map([...m].map(([c, v]) => [c, v.count])));
  const marks = federalMarks(
    countsOnly(national),
    groups.map((g) => ({ key: g.key, counts: countsOnly(g.counts) })),
  );
  const t = translator(ctx.actor.locale);
  const instruments = builtInLabels(ctx.actor.locale);
  const sectionsOf = (counts: Map<string, CellCount>, groupMarks: Map<string, 'lessThan5' | 'hidden'>) => {
    const withBands = new Map(counts);
    for (const [cell, count] of countsOnly(counts)) {
      if (cell.startsWith('sanctions.all.')) withBands.set(cell, { count, amount: 0 });
    }
    return withoutCells(
      assembleSections(
        { counts: withBands, objectives: {}, subsidies: {}, instruments, t, marks: groupMarks },
        FEDERAL_SECTIONS,
      ),
    );
  };

  await recordAudit(tx, ctx, { action: 'federal.read', details: { year: input.year, by: input.by } });
  return {
    year: input.year,
    by: input.by,
    centres: { total: centres.total, closed: centres.closed.length },
    groups: [
      {
        key: 'all',
        label: t('federal.groups.all'),
        centres: perCentre.size,
        sections: sectionsOf(national, marks.national),
      },
      ...groups.map((g) => ({
        key: g.key,
        label: t(`federal.groups.${g.key}`),
        centres: g.centres,
        sections: sectionsOf(g.counts, marks.groups.get(g.key) ?? new Map()),
      })),
    ],
  };
}
