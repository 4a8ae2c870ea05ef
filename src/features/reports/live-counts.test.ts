/**
 * The database's count of an open year (live-counts.ts) against the domain's rules: for every
 * plan, participant and progress figure, the count PostgreSQL gives must be the number of members
 * the TypeScript rules list (src/domain/reports/cells.ts, progress.ts), on generated files chosen
 * to sit on the rules' edges, under several policies, and on the demo centres.
 */

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/database.ts';
import { ownerRows } from '../../../test/owner.ts';
import { type Database, queryRows } from '../../db/connect.ts';
import { inTenant } from '../../db/tenancy.ts';
import { type CentrePolicy, DEFAULT_POLICY } from '../../domain/centre-policy.ts';
import { ORIENTATIONS } from '../../domain/deadlines.ts';
import { yearBounds } from '../../domain/reports/cells.ts';
import { OUTCOMES } from '../../domain/reports.ts';
import { computeYear, countCells, instrumentDefinitions } from './compute.ts';
import { liveCounts } from './live-counts.ts';

/** The figures live-counts.ts computes; the others (sanctions, modules, costs, feedback) are not its own. */
const LIVE = /^(activation|piis|participants|progress)\./;

let database: Database;
const centreId = randomUUID();

/** A small deterministic generator (mulberry32): the same files on every run and engine. */
function generator(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    chance: (p: number) => next() < p,
    int,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T,
  };
}

const day = (n: number) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const dayOf = (iso: string) =>
  Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(2000, 0, 1)) / 86_400_000);
/** A day between two ISO days, both included. */
const between = (r: ReturnType<typeof generator>, from: string, to: string) =>
  day(r.int(dayOf(from), dayOf(to)));

/** Days the rules treat apart: year ends, 29 February, the anniversary before and after. */
const EDGE_STARTS = ['2024-02-29', '2023-12-31', '2024-01-01', '2025-01-01', '2024-12-31', '2023-03-01'];
const EDGE_BIRTHS = ['2000-12-31', '2001-01-01', '2000-02-29', '1970-12-31', '1991-01-01', '1981-06-15'];

async function arrange() {
  const r = generator(20261203);
  const userId = randomUUID();
  const people = Array.from({ length: 220 }, (_, i) => ({
    id: randomUUID(),
    centre_id: centreId,
    first_name: 'Test',
    last_name: `Oracle ${i}`,
    search_name: `oracle ${i} test`,
    birth_date: i < EDGE_BIRTHS.length ? EDGE_BIRTHS[i] : between(r, '1955-01-01', '2008-12-31'),
    sex: r.pick(['F', 'M', 'X']),
    language: r.pick(['fr', 'nl', 'de', 'en']),
  }));
  const plans: Record<string, unknown>[] = [];
  const versions: Record<string, unknown>[] = [];
  const evaluations: Record<string, unknown>[] = [];
  for (let i = 0; i < 420; i++) {
    const id = randomUUID();
    const person = r.pick(people);
    const decision = r.chance(0.1) ? null : between(r, '2023-06-01', '2026-06-30');
    const drafted = decision ?? between(r, '2023-06-01', '2026-06-30');
    const closed = r.chance(0.35) ? between(r, drafted, '2026-12-31') : null;
    const versionCount = r.pick([0, 1, 1, 1, 2, 2, 3]);
    let signed = drafted;
    for (let n = 1; n <= Math.max(versionCount, 1); n++) {
      const isSigned = n <= versionCount && r.chance(0.85);
      signed = between(r, signed, day(dayOf(signed) + 200));
      const start = r.chance(0.2)
        ? null
        : r.chance(0.08)
          ? r.pick(EDGE_STARTS)
          : between(r, signed, day(dayOf(signed) + 40));
      const from = start ?? signed;
      versions.push({
        centre_id: centreId,
        trajectory_id: id,
        number: n,
        state: isSigned ? (n < versionCount ? 'superseded' : 'signed') : 'draft',
        content: {
          orientations: Array.from(new Set([r.pick(ORIENTATIONS), r.pick(ORIENTATIONS)])).slice(
            0,
            r.int(1, 2),
          ),
          objectives: [],
          actions: [],
        },
        signed_on: isSigned ? signed : null,
        start_on: start,
        planned_end_on: r.chance(0.08)
          ? null
          : day(dayOf(from) + r.pick([180, 364, 365, 366, 500, 730, 800])),
      });
    }
    const anchor = versions[versions.length - 1]?.start_on ?? drafted;
    for (let e = r.int(0, 6); e > 0; e--) {
      evaluations.push({
        centre_id: centreId,
        trajectory_id: id,
        person_id: person.id,
        held_on: between(r, day(dayOf(anchor as string) - 30), day(dayOf(anchor as string) + 900)),
        mode: r.pick(['inPerson', 'inPerson', 'remote', 'written']),
        missed: r.chance(0.15),
        attendance: {},
        objective_progress: [],
        held_by: userId,
      });
    }
    plans.push({
      id,
      centre_id: centreId,
      person_id: person.id,
      form: r.chance(0.7) ? 'piis' : 'growthPlan',
      state: closed ? 'closed' : 'active',
      situation: r.pick(['integrationIncome', 'integrationIncome', 'equivalentAid', 'noFinancialAid']),
      decision_date: decision,
      notification_date: decision && r.chance(0.85) ? day(dayOf(decision) + r.int(0, 20)) : null,
      exemption: r.chance(0.1) ? { reason: 'health' } : null,
      closed_on: closed,
      outcome: closed ? r.pick(OUTCOMES) : null,
      // Late in the evening UTC: in Brussels the plan was drafted the next day.
      created_at: `${drafted}T${r.pick(['08:00', '23:30'])}:00Z`,
    });
  }
  // Plans started on 29 February: their plan years begin on 1 March, so an evaluation held on
  // 28 February of the next year belongs to the first year, not the second.
  for (const [held, mode] of [
    ['2025-02-28', 'inPerson'],
    ['2025-03-01', 'inPerson'],
  ] as const) {
    const id = randomUUID();
    const person = r.pick(people);
    plans.push({
      id,
      centre_id: centreId,
      person_id: person.id,
      form: 'piis',
      state: 'active',
      situation: 'integrationIncome',
      decision_date: '2024-01-10',
      notification_date: '2024-01-12',
      exemption: null,
      closed_on: null,
      outcome: null,
      created_at: '2024-01-10T08:00:00Z',
    });
    versions.push({
      centre_id: centreId,
      trajectory_id: id,
      number: 1,
      state: 'signed',
      content: { orientations: ['training'], objectives: [], actions: [] },
      signed_on: '2024-02-20',
      start_on: '2024-02-29',
      planned_end_on: '2026-02-27',
    });
    for (const [on, how] of [
      [held, mode],
      ['2025-06-02', 'inPerson'],
      ['2025-10-06', 'remote'],
    ] as const) {
      evaluations.push({
        centre_id: centreId,
        trajectory_id: id,
        person_id: person.id,
        held_on: on,
        mode: how,
        missed: false,
        attendance: {},
        objective_progress: [],
        held_by: userId,
      });
    }
  }
  // Closed on 28 February 2026, the last day of its second plan year: judged only once it ended.
  const leapClosed = randomUUID();
  plans.push({
    id: leapClosed,
    centre_id: centreId,
    person_id: people[10]?.id,
    form: 'piis',
    state: 'closed',
    situation: 'integrationIncome',
    decision_date: '2024-01-10',
    notification_date: null,
    exemption: null,
    closed_on: '2026-02-28',
    outcome: 'employment',
    created_at: '2024-01-10T08:00:00Z',
  });
  versions.push({
    centre_id: centreId,
    trajectory_id: leapClosed,
    number: 1,
    state: 'signed',
    content: { orientations: ['employment'], objectives: [], actions: [] },
    signed_on: '2024-02-20',
    start_on: '2024-02-29',
    planned_end_on: '2027-02-26',
  });
  // Drafted at 23:30 UTC on 31 December 2025: 1 January 2026 in Brussels, after that year.
  plans.push({
    id: randomUUID(),
    centre_id: centreId,
    person_id: people[1]?.id,
    form: 'piis',
    state: 'active',
    situation: 'integrationIncome',
    decision_date: null,
    notification_date: null,
    exemption: null,
    closed_on: null,
    outcome: null,
    created_at: '2025-12-31T23:30:00Z',
  });
  const measurements: Record<string, unknown>[] = [];
  for (const person of people) {
    let on = between(r, '2023-01-01', '2024-06-30');
    let recordedAt = '';
    for (let m = r.int(0, 4); m > 0; m--) {
      // Now and then two measurements of one day recorded in one transaction: the same instant.
      const twin = recordedAt !== '' && r.chance(0.15);
      if (!twin) {
        on = between(r, on, day(dayOf(on) + 300));
        recordedAt = `${on}T${String(r.int(8, 17)).padStart(2, '0')}:00:00Z`;
      }
      const ladder = r.chance(0.6);
      const key = ladder ? 'participation-ladder' : r.chance(0.9) ? 'self-reliance-matrix' : 'retired-tool';
      const domains = ladder ? ['participation'] : ['income', 'housing', 'debts'].slice(0, r.int(1, 3));
      const withdrawn = r.chance(0.1);
      measurements.push({
        centre_id: centreId,
        person_id: person.id,
        instrument_key: key,
        // Versions 2 (another scale) and 3 (the first one's scale) of the ladder are the centre's.
        instrument_version: ladder ? r.pick([1, 1, 2, 3, 9]) : 1,
        measured_on: on,
        context: 'evaluation',
        scores: domains.map((domain) => ({
          domain,
          workerScore: r.chance(0.15) ? null : r.int(1, 5),
          personScore: r.chance(0.5) ? null : r.int(1, 5),
        })),
        withdrawn_at: withdrawn ? '2026-01-05T10:00:00Z' : null,
        withdrawal_reason: withdrawn ? 'entered twice' : null,
        created_at: recordedAt,
      });
    }
  }
  const ladder = JSON.parse(
    readFileSync(new URL('../../domain/instruments/participation-ladder.json', import.meta.url), 'utf8'),
  );
  const narrower = { ...ladder, scale: { ...ladder.scale, max: 5, levels: ladder.scale.levels.slice(0, 5) } };

  await database.db.transaction(async (tx) => {
    await tx.execute(sql`set local role none`);
    await tx.execute(sql`insert into centres (id, name, language) values (${centreId}, 'CPAS Oracle', 'fr')`);
    await tx.execute(
      sql`insert into users (id, centre_id, email, display_name, password_hash, role, locale)
          values (${userId}, ${centreId}, 'oracle@test', 'Oracle', 'x', 'worker', 'fr')`,
    );
    await tx.execute(
      sql`insert into instruments (centre_id, key, version, definition)
          values (${centreId}, 'participation-ladder', 2, ${JSON.stringify(narrower)}::jsonb),
                 (${centreId}, 'participation-ladder', 3, ${JSON.stringify(ladder)}::jsonb)`,
    );
    // The rows travel as one JSON parameter; only the test's own table and column names are raw.
    const insert = async (table: string, rows: Record<string, unknown>[], columns: string) => {
      const names = columns.replace(/ [a-z]+(,|$)/g, '$1');
      await tx.execute(
        sql`insert into ${sql.raw(table)} (${sql.raw(names)})
            select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(${sql.raw(columns)})`,
      );
    };
    await insert(
      'persons',
      people,
      'id uuid, centre_id uuid, first_name text, last_name text, search_name text, birth_date date, sex text, language text',
    );
    await insert(
      'trajectories',
      plans,
      'id uuid, centre_id uuid, person_id uuid, form text, state text, situation text, decision_date date, notification_date date, exemption jsonb, closed_on date, outcome text, created_at timestamptz',
    );
    await insert(
      'trajectory_versions',
      versions,
      'centre_id uuid, trajectory_id uuid, number int, state text, content jsonb, signed_on date, start_on date, planned_end_on date',
    );
    await insert(
      'evaluations',
      evaluations,
      'centre_id uuid, trajectory_id uuid, person_id uuid, held_on date, mode text, missed boolean, attendance jsonb, objective_progress jsonb, held_by uuid',
    );
    await insert(
      'measurements',
      measurements,
      'centre_id uuid, person_id uuid, instrument_key text, instrument_version int, measured_on date, context text, scores jsonb, withdrawn_at timestamptz, withdrawal_reason text, created_at timestamptz',
    );
  });
}

/** Both ways of counting a year, each in its own transaction of the centre. */
async function bothWays(centre: string, year: number, policy: CentrePolicy) {
  const context = { centreId: centre, userId: null };
  const byRules = await inTenant(database.db, context, async (tx) => {
    const counts = countCells(await computeYear(tx, centre, year, policy));
    return Object.fromEntries([...counts].filter(([cell]) => LIVE.test(cell)).sort());
  });
  const byDatabase = await inTenant(database.db, context, async (tx) => {
    const counts = await liveCounts(
      tx,
      centre,
      yearBounds(year),
      policy,
      await instrumentDefinitions(tx, centre),
    );
    return Object.fromEntries([...counts].sort());
  });
  return { byRules, byDatabase };
}

beforeAll(async () => {
  database = await testDatabase();
  await arrange();
});
afterAll(() => database.close());

const POLICIES: [string, CentrePolicy][] = [
  ['the law’s defaults', DEFAULT_POLICY],
  [
    'the notification as anchor, an evaluation every 4 months, 3 in person',
    {
      ...DEFAULT_POLICY,
      deadlineAnchor: 'notification',
      evaluation: { kind: 'everyMonths', months: 4 },
      inPersonMinimum: 3,
    },
  ],
  ['5 evaluations a year', { ...DEFAULT_POLICY, evaluation: { kind: 'perYear', minimum: 5 } }],
];

describe('the database counts an open year as the rules do', () => {
  it.each(
    POLICIES.flatMap(([name, policy]) => [2024, 2025, 2026].map((year) => [name, year, policy] as const)),
  )('generated files, %s, %i', async (_name, year, policy) => {
    const { byRules, byDatabase } = await bothWays(centreId, year, policy);
    expect(byDatabase).toEqual(byRules);
    // Not vacuous: the edges the files were made for are counted.
    for (const cell of ['participants.total', 'piis.inForce', 'piis.evaluationJudged', 'activation.closed']) {
      expect(byRules[cell]?.count ?? 0, cell).toBeGreaterThan(0);
    }
    expect(Object.keys(byRules).some((cell) => cell.startsWith('progress.participation-ladder'))).toBe(true);
  });

  it('puts the planner settings it changes back for the rest of the transaction', async () => {
    const settings = await inTenant(database.db, { centreId, userId: null }, async (tx) => {
      await tx.execute(sql`select set_config('jit', 'on', true), set_config('enable_nestloop', 'on', true)`);
      await liveCounts(
        tx,
        centreId,
        yearBounds(2025),
        DEFAULT_POLICY,
        await instrumentDefinitions(tx, centreId),
      );
      const [row] = await queryRows<{ jit: string; nestloop: string }>(
        tx,
        sql`select current_setting('jit') as jit, current_setting('enable_nestloop') as nestloop`,
      );
      return row;
    });
    expect(settings).toEqual({ jit: 'on', nestloop: 'on' });
  });

  it.each([2024, 2025, 2026])('the demo centres, with their own policy, %i', async (year) => {
    const centres = await ownerRows<{ id: string; policy: CentrePolicy | null }>(
      database,
      sql`select c.id, p.policy from centres c left join centre_policies p on p.centre_id = c.id
           where c.id <> ${centreId} order by c.name`,
    );
    expect(centres.length).toBe(2);
    for (const centre of centres) {
      const policy = { ...DEFAULT_POLICY, ...(centre.policy ?? {}) } as CentrePolicy;
      const { byRules, byDatabase } = await bothWays(centre.id, year, policy);
      expect(byDatabase).toEqual(byRules);
    }
  });
});
