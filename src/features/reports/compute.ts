/**
 * The live figures of a year: the dated records as they stood on 31 December, classified into
 * cells by the domain's rules (src/domain/reports/cells.ts). Members are what the drill-down lists
 * and what closing a year freezes; tallies are counts with nobody behind them to list (sessions,
 * attendance marks, feedback answers).
 */

import type { TenantTx } from '../../db/tenancy.ts';
import type { CentrePolicy } from '../../domain/centre-policy.ts';
import type { Orientation } from '../../domain/deadlines.ts';
import { BUILT_IN_INSTRUMENTS } from '../../domain/instruments/built-in.ts';
import { type InstrumentDefinition, InstrumentDefinitionSchema } from '../../domain/instruments.ts';
import { computeProgress } from '../../domain/progress.ts';
import {
  type Membership,
  type PlanFacts,
  participantCells,
  planCells,
  sanctionCells,
  tookPartIn,
  withoutPiisReason,
  type YearBounds,
  yearBounds,
} from '../../domain/reports/cells.ts';
import type { Outcome } from '../../domain/reports.ts';
import { feedbackCells } from '../feedback/report-cells.ts';
import { liveCounts } from './live-counts.ts';
import {
  type PlanRow,
  selectAttendanceOfYear,
  selectCostsOfYear,
  selectInstrumentDefinitions,
  selectMeasurementsOfYear,
  selectPlansOfYear,
  selectSanctionsOfYear,
  selectSessionsOfYear,
} from './queries.ts';

export interface Tally {
  cell: string;
  count: number;
  amount: number;
}

export interface YearFigures {
  members: Membership[];
  tallies: Tally[];
}

export interface CellCount {
  count: number;
  amount: number;
}

function toPlanFacts(row: PlanRow): PlanFacts {
  return {
    id: row.id,
    person: { id: row.personId, birthDate: row.birthDate, sex: row.sex, language: row.language },
    form: row.form,
    situation: row.situation,
    decisionDate: row.decisionDate,
    notificationDate: row.notificationDate,
    exempted: row.exempted,
    draftedOn: row.draftedOn,
    closedOn: row.closedOn,
    outcome: row.outcome as Outcome | null,
    signedVersions: row.versions.map((v) => ({
      number: v.number,
      signedOn: v.signedOn,
      startOn: v.startOn,
      plannedEndOn: v.plannedEndOn,
      orientations: (v.orientations ?? []) as Orientation[],
    })),
    evaluations: row.evaluations,
  };
}

/** Definitions by instrument key and version: the built-in ones and the centre's own. */
export async function instrumentDefinitions(
  tx: TenantTx,
  centreId: string,
): Promise<Map<string, Map<number, InstrumentDefinition>>> {
  const byKey = new Map<string, Map<number, InstrumentDefinition>>();
  const put = (key: string, version: number, definition: InstrumentDefinition) => {
    const versions = byKey.get(key) ?? new Map<number, InstrumentDefinition>();
    versions.set(version, definition);
    byKey.set(key, versions);
  };
  for (const i of BUILT_IN_INSTRUMENTS) put(i.key, i.version, i);
  for (const row of await selectInstrumentDefinitions(tx, centreId)) {
    const parsed = InstrumentDefinitionSchema.safeParse(row.definition);
    if (parsed.success) put(row.key, row.version, parsed.data);
  }
  return byKey;
}

async function progressMembers(tx: TenantTx, centreId: string, y: YearBounds): Promise<Membership[]> {
  const rows = await selectMeasurementsOfYear(tx, centreId, y);
  if (rows.length === 0) return [];
  const definitions = await instrumentDefinitions(tx, centreId);
  const series = new Map<string, typeof rows>();
  for (const r of rows) {
    const key = `${r.personId}\u0000${r.instrumentKey}`;
    const list = series.get(key) ?? [];
    list.push(r);
    series.set(key, list);
  }
  const out: Membership[] = [];
  for (const list of series.values()) {
    const first = list[0] as (typeof rows)[number];
    const versions = definitions.get(first.instrumentKey);
    if (!versions) continue;
    const progress = computeProgress(list, versions, []);
    for (const d of progress.domains) {
      if (d.change === null) continue;
      const direction = d.change > 0 ? 'improved' : d.change < 0 ? 'declined' : 'stayed';
      const base = `progress.${first.instrumentKey}.${d.domain}`;
      out.push({ cell: `${base}.measured`, subjectId: first.personId, amount: d.change });
      out.push({ cell: `${base}.${direction}`, subjectId: first.personId, amount: 0 });
    }
  }
  return out;
}

/** People counted once per cell however many plans, sanctions or marks they have. */
function peopleCells() {
  const people = new Map<string, Set<string>>();
  return {
    add(cell: string, id: string) {
      const set = people.get(cell) ?? new Set<string>();
      set.add(id);
      people.set(cell, set);
    },
    /** Appends them one by one: a large centre has more than a call's arguments can hold. */
    addTo(out: Membership[]): void {
      for (const [cell, ids] of people) for (const subjectId of ids) out.push({ cell, subjectId, amount: 0 });
    },
  };
}

/**
 * The plan, participant and progress figures, classified one file at a time by the domain's
 * rules: the members the drill-down lists and closing freezes. An open year's counts of the same
 * figures come from live-counts.ts, held to these by its test.
 */
async function planFigures(
  tx: TenantTx,
  centreId: string,
  y: YearBounds,
  policy: CentrePolicy,
): Promise<YearFigures> {
  const plans = await selectPlansOfYear(tx, centreId, y);
  const members = await progressMembers(tx, centreId, y);
  const people = peopleCells();
  for (const row of plans) {
    const plan = toPlanFacts(row);
    for (const m of planCells(plan, y, policy)) members.push(m);
    if (tookPartIn(plan, y)) {
      for (const m of participantCells(plan.person, y)) people.add(m.cell, m.subjectId);
      if (plan.form === 'piis') people.add('piis.people', plan.person.id);
    }
    const reason = withoutPiisReason(plan, y, policy);
    if (reason) people.add(`piis.withoutPiis.${reason}`, plan.person.id);
  }
  people.addTo(members);
  return { members, tallies: [] };
}

/** Sanctions, modules, costs and feedback: small reads, counted from their members in every case. */
async function otherFigures(tx: TenantTx, centreId: string, y: YearBounds): Promise<YearFigures> {
  // One after another: a transaction is one connection, which runs one query at a time.
  const sanctions = await selectSanctionsOfYear(tx, centreId, y);
  const sessions = await selectSessionsOfYear(tx, centreId, y);
  const attendance = await selectAttendanceOfYear(tx, centreId, y);
  const costs = await selectCostsOfYear(tx, centreId, y);
  const feedback = await feedbackCells(tx, centreId, y.year);
  // A sanction and a cost line are each in a cell once; a person with two sanctions is listed once.
  const members: Membership[] = [];
  const people = peopleCells();
  for (const s of sanctions) {
    for (const m of sanctionCells(s)) {
      if (m.cell === 'sanctions.people') people.add(m.cell, m.subjectId);
      else members.push(m);
    }
  }
  for (const c of costs)
    members.push({ cell: 'costs.trajectories', subjectId: c.trajectoryId, amount: c.cents });
  for (const a of attendance) people.add(`modules.${a.kind}.people`, a.personId);
  people.addTo(members);

  const tallies: Tally[] = [...feedback];
  for (const s of sessions)
    tallies.push({ cell: `modules.${s.kind}.sessions`, count: s.sessions, amount: 0 });
  const marks = new Map<string, number>();
  for (const a of attendance) {
    const cell = `modules.${a.kind}.${a.status}`;
    marks.set(cell, (marks.get(cell) ?? 0) + a.marks);
  }
  for (const [cell, count] of marks) tallies.push({ cell, count, amount: 0 });
  const costLines = costs.reduce((sum, c) => sum + c.lines, 0);
  if (costLines > 0) tallies.push({ cell: 'costs.lines', count: costLines, amount: 0 });
  return { members, tallies };
}

/** Everything the year's report counts, with its members, from the records as they stood on 31 December. */
export async function computeYear(
  tx: TenantTx,
  centreId: string,
  year: number,
  policy: CentrePolicy,
): Promise<YearFigures> {
  const y = yearBounds(year);
  const plans = await planFigures(tx, centreId, y, policy);
  const other = await otherFigures(tx, centreId, y);
  return { members: [...plans.members, ...other.members], tallies: other.tallies };
}

/**
 * The counts of an open year, without listing members: the plan, participant and progress figures
 * counted by the database (live-counts.ts), the rest from their members.
 */
export async function countOpenYear(
  tx: TenantTx,
  centreId: string,
  year: number,
  policy: CentrePolicy,
): Promise<Map<string, CellCount>> {
  const y = yearBounds(year);
  const counts = await liveCounts(tx, centreId, y, policy, await instrumentDefinitions(tx, centreId));
  for (const [cell, count] of countCells(await otherFigures(tx, centreId, y))) counts.set(cell, count);
  return counts;
}

/** Count and sum per cell: a member counts once per cell, a tally as it says. */
export function countCells(figures: YearFigures): Map<string, CellCount> {
  const counts = new Map<string, CellCount>();
  const add = (cell: string, count: number, amount: number) => {
    const before = counts.get(cell) ?? { count: 0, amount: 0 };
    counts.set(cell, { count: before.count + count, amount: before.amount + amount });
  };
  for (const m of figures.members) add(m.cell, 1, m.amount);
  for (const t of figures.tallies) add(t.cell, t.count, t.amount);
  return counts;
}
