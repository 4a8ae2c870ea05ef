/**
 * The federal view's small-cell suppression over the yearly report's cells (DOMAIN.md §4): the
 * country and each group (a region, a size band) are published side by side, so a cell hidden in
 * one group must not come back as "the country less the other groups", nor as "the group's total
 * less its other categories". All of it is one system of counts, suppressed together
 * (`suppressCounts`): every breakdown of every group is a line, every cell across the groups is a
 * line to the country's figure, and each breakdown across the groups is a table checked as one.
 */
import {
  AGE_BANDS,
  OUTCOMES,
  PROGRESS_DIRECTIONS,
  SANCTION_DURATION_BANDS,
  SANCTION_KINDS,
} from '../reports.ts';
import { type Grid, type ShownCount, suppressCounts } from './suppression.ts';

export type SuppressionMark = 'lessThan5' | 'hidden';

export const SIZE_BAND_LIMITS = { medium: 100, large: 1000 } as const;

/** A centre's size band from the people it followed in the year (participants). */
export function sizeBandOf(participants: number): 'small' | 'medium' | 'large' {
  if (participants >= SIZE_BAND_LIMITS.large) return 'large';
  if (participants >= SIZE_BAND_LIMITS.medium) return 'medium';
  return 'small';
}

interface Breakdown {
  members: string[];
  total: string;
}

/** The additive breakdowns among the report's cells, for the cells present. */
export function breakdowns(cells: Iterable<string>): Breakdown[] {
  const list: Breakdown[] = [
    { members: ['F', 'M', 'X'].map((s) => `participants.sex.${s}`), total: 'participants.total' },
    { members: AGE_BANDS.map((b) => `participants.age.${b}`), total: 'participants.total' },
    {
      members: ['fr', 'nl', 'de', 'en'].map((l) => `participants.language.${l}`),
      total: 'participants.total',
    },
    { members: OUTCOMES.map((o) => `activation.outcome.${o}`), total: 'activation.closed' },
  ];
  for (const k of SANCTION_KINDS) {
    list.push({
      members: SANCTION_DURATION_BANDS.map((b) => `sanctions.${k}.${b}`),
      total: `sanctions.${k}.total`,
    });
  }
  list.push({ members: SANCTION_DURATION_BANDS.map((b) => `sanctions.all.${b}`), total: 'sanctions.total' });
  for (const b of SANCTION_DURATION_BANDS) {
    list.push({ members: SANCTION_KINDS.map((k) => `sanctions.${k}.${b}`), total: `sanctions.all.${b}` });
  }
  list.push({ members: SANCTION_KINDS.map((k) => `sanctions.${k}.total`), total: 'sanctions.total' });
  const bases = new Set<string>();
  for (const cell of cells) {
    const progress = /^(progress\.[^.]+\.[^.]+)\.measured$/.exec(cell);
    if (progress?.[1]) bases.add(progress[1]);
  }
  for (const base of [...bases].sort()) {
    list.push({ members: PROGRESS_DIRECTIONS.map((d) => `${base}.${d}`), total: `${base}.measured` });
  }
  for (const q of ['understandable', 'heard', 'helpFits']) {
    list.push({ members: [1, 2, 3, 4].map((s) => `feedback.${q}.${s}`), total: `feedback.${q}.answered` });
  }
  return list;
}

/** The sanctions' band totals, cells of their own so that they are suppressed with the rest. */
export function withSanctionBandTotals(counts: Map<string, number>): Map<string, number> {
  const out = new Map(counts);
  for (const b of SANCTION_DURATION_BANDS) {
    out.set(
      `sanctions.all.${b}`,
      SANCTION_KINDS.reduce((sum, k) => sum + (counts.get(`sanctions.${k}.${b}`) ?? 0), 0),
    );
  }
  return out;
}

const toMark = (shown: ShownCount): SuppressionMark | null =>
  typeof shown === 'number' ? null : shown === 'hidden' ? 'hidden' : 'lessThan5';

/**
 * The marks of the country (`national`, the sum of the groups) and of each group. With no group,
 * the country alone is suppressed along its breakdowns.
 */
export function federalMarks(
  national: ReadonlyMap<string, number>,
  groups: readonly { key: string; counts: ReadonlyMap<string, number> }[],
  minimum = 5,
): { national: Map<string, SuppressionMark>; groups: Map<string, Map<string, SuppressionMark>> } {
  const lists = breakdowns(national.keys());
  const universe = new Set<string>(national.keys());
  for (const b of lists) for (const c of [...b.members, b.total]) universe.add(c);
  for (const g of groups) for (const c of g.counts.keys()) universe.add(c);
  const cells = [...universe].sort();
  const position = new Map(cells.map((c, i) => [c, i]));
  const slots = [national, ...groups.map((g) => g.counts)];
  const at = (slot: number, cell: string) => slot * cells.length + (position.get(cell) as number);
  const values = slots.flatMap((counts) => cells.map((c) => counts.get(c) ?? 0));

  const lines: { members: number[]; total: number }[] = [];
  slots.forEach((_, slot) => {
    for (const b of lists)
      lines.push({ members: b.members.map((c) => at(slot, c)), total: at(slot, b.total) });
  });
  const grids: Grid[] = [];
  const sanctionGrid = (slot: number): Grid => [
    ...SANCTION_KINDS.map((k) => [
      ...SANCTION_DURATION_BANDS.map((b) => at(slot, `sanctions.${k}.${b}`)),
      at(slot, `sanctions.${k}.total`),
    ]),
    [...SANCTION_DURATION_BANDS.map((b) => at(slot, `sanctions.all.${b}`)), at(slot, 'sanctions.total')],
  ];
  slots.forEach((_, slot) => {
    grids.push(sanctionGrid(slot));
  });
  if (groups.length > 0) {
    const groupSlots = groups.map((_, i) => i + 1);
    for (const cell of cells) lines.push({ members: groupSlots.map((s) => at(s, cell)), total: at(0, cell) });
    // Each breakdown across the groups is a table: groups as rows, the country as its totals row.
    for (const b of lists) {
      grids.push([
        ...groupSlots.map((s) => [...b.members.map((c) => at(s, c)), at(s, b.total)]),
        [...b.members.map((c) => at(0, c)), at(0, b.total)],
      ]);
    }
  }
  const shown = suppressCounts(values, lines, grids, minimum);
  const marksOf = (slot: number) => {
    const marks = new Map<string, SuppressionMark>();
    for (const c of cells) {
      const mark = toMark(shown[at(slot, c)] as ShownCount);
      if (mark) marks.set(c, mark);
    }
    return marks;
  };
  return {
    national: marksOf(0),
    groups: new Map(groups.map((g, i) => [g.key, marksOf(i + 1)])),
  };
}
