/**
 * The dashboards over the API, on the real database, in a centre built by hand for this file (no
 * demo file in it), so every figure is exactly what the test arranged. Plans are created through
 * the API; signatures, amendments and evaluations are written as the owner: this tests what the
 * dashboards read, not how those features write.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';

// TEST_START is Monday 23 November 2026: the default period runs from 24 November 2025.
let t: TestApp;
let centreId: string;
const users: Record<'alice' | 'bruno' | 'lea' | 'olivia', { id: string; session: string }> = {} as never;
const people: Record<string, string> = {};
const plans: Record<string, string> = {};
let namurWorker: string;
let namurWorkerId: string;
let federal: string;

let address = 0;
async function newUser(
  key: keyof typeof users,
  displayName: string,
  role: 'worker' | 'lead' | 'admin',
  locale = 'en',
) {
  const id = randomUUID();
  const email = `dash-${key}-${id.slice(0, 6)}@testville.demo`;
  await ownerRows(
    t.database,
    sql`insert into users (id, centre_id, email, display_name, password_hash, role, locale)
        select ${id}, ${centreId}, ${email}, ${displayName}, password_hash, ${role}, ${locale}
        from users where email = 'worker@namur.demo'`,
  );
  users[key] = { id, session: await t.login(email, { address: `10.20.0.${++address}` }) };
}

async function person(session: string, lastName: string, responsibleUserId?: null) {
  const response = await t.call(session, {
    method: 'POST',
    url: '/api/v1/persons',
    payload: {
      firstName: 'Lina',
      lastName,
      birthDate: '1990-05-10',
      sex: 'F',
      language: 'fr',
      ...(responsibleUserId === null ? { responsibleUserId: null } : {}),
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  people[lastName] = response.json<{ id: string }>().id;
  return people[lastName] as string;
}

async function draft(session: string, lastName: string, overrides: Record<string, unknown>) {
  const response = await t.call(session, {
    method: 'POST',
    url: '/api/v1/trajectories',
    payload: {
      personId: people[lastName],
      form: 'piis',
      situation: 'integrationIncome',
      orientations: ['training'],
      objectives: [{ id: 'o1', text: 'Suivre une formation' }],
      personCommitments: [],
      centreCommitments: [],
      actions: [],
      reactualisedAfterShortJob: true,
      ...overrides,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  plans[lastName] = response.json<{ id: string }>().id;
  return plans[lastName] as string;
}

/** Signs version 1 as it stands (what the sign route would have written): the plan is active. */
async function sign(id: string, signedOn: string, startOn: string, plannedEndOn: string) {
  await ownerRows(
    t.database,
    sql`update trajectory_versions set state = 'signed', signed_on = ${signedOn}, start_on = ${startOn},
          planned_end_on = ${plannedEndOn}
        where trajectory_id = ${id} and number = 1`,
  );
  await ownerRows(t.database, sql`update trajectories set state = 'active' where id = ${id}`);
}

/** An amendment signed: version 2 in force from `signedOn`, version 1 superseded. */
async function amend(id: string, signedOn: string, startOn: string, plannedEndOn: string) {
  await ownerRows(
    t.database,
    sql`insert into trajectory_versions (centre_id, trajectory_id, number, state, content, start_on, planned_end_on, information, signed_on, signatures)
        select centre_id, trajectory_id, 2, 'signed', content, ${startOn}, ${plannedEndOn}, information, ${signedOn}, signatures
        from trajectory_versions where trajectory_id = ${id} and number = 1`,
  );
  await ownerRows(
    t.database,
    sql`update trajectory_versions set state = 'superseded' where trajectory_id = ${id} and number = 1`,
  );
  await ownerRows(t.database, sql`update trajectories set current_version = 2 where id = ${id}`);
}

async function evaluate(lastName: string, heldOn: string, missed = false) {
  await ownerRows(
    t.database,
    sql`insert into evaluations (centre_id, trajectory_id, person_id, held_on, mode, missed, attendance, objective_progress, held_by)
        values (${centreId}, ${plans[lastName]}, ${people[lastName]}, ${heldOn}, 'inPerson', ${missed}, '{}'::jsonb, '[]'::jsonb, ${users.lea.id})`,
  );
}

const get = (session: string, url: string) => t.call(session, { method: 'GET', url });

beforeAll(async () => {
  t = await createTestApp();
  centreId = randomUUID();
  await ownerRows(
    t.database,
    sql`insert into centres (id, name, language) values (${centreId}, 'CPAS de Testville', 'fr')`,
  );
  await newUser('alice', 'Alice Aubert', 'worker');
  await newUser('bruno', 'Bruno Bodart', 'worker');
  await newUser('lea', 'Léa Leroy', 'lead');
  await newUser('olivia', 'Olivia Olin', 'admin', 'fr');
  namurWorker = await t.login('worker@namur.demo', { address: '10.20.1.1' });
  federal = await t.login('federal@spp.demo', { address: '10.20.1.2' });
  const [namur] = await ownerRows<{ id: string }>(
    t.database,
    sql`select id from users where email = 'worker2@namur.demo'`,
  );
  namurWorkerId = namur?.id ?? '';

  const { alice, bruno, lea } = users;
  // Alice's four people: a growth plan in force, a PIIS in force, a PIIS in draft, nobody's plan.
  await person(alice.session, 'Aubry');
  await draft(alice.session, 'Aubry', { form: 'growthPlan', orientations: ['socialActivation'] });
  await sign(plans.Aubry as string, '2026-03-02', '2026-03-02', '2026-12-04');
  await evaluate('Aubry', '2026-05-20');
  await evaluate('Aubry', '2026-09-01', true);

  await person(alice.session, 'Bastin');
  await draft(alice.session, 'Bastin', { decisionDate: '2026-01-10' });
  await sign(plans.Bastin as string, '2026-02-10', '2026-02-10', '2027-02-09');
  await evaluate('Bastin', '2026-06-11');
  await evaluate('Bastin', '2026-10-20');

  await person(alice.session, 'Charlier');
  await draft(alice.session, 'Charlier', { decisionDate: '2026-10-01' });

  await person(alice.session, 'Dethier');

  // Bruno's two people: a PIIS in force, and a PIIS first signed before the period, amended in it.
  await person(bruno.session, 'Fabry');
  await draft(bruno.session, 'Fabry', { decisionDate: '2026-04-01' });
  await sign(plans.Fabry as string, '2026-04-21', '2026-04-21', '2027-01-15');
  await evaluate('Fabry', '2026-08-03', true);

  await person(bruno.session, 'Gilles');
  await draft(bruno.session, 'Gilles', { decisionDate: '2025-06-01' });
  await sign(plans.Gilles as string, '2025-07-01', '2025-07-01', '2026-06-30');
  await evaluate('Gilles', '2025-09-01');
  await amend(plans.Gilles as string, '2026-01-05', '2026-01-05', '2026-12-31');

  // A file nobody is responsible for: a PIIS past its planned end, not yet closed.
  await person(lea.session, 'Hardy', null);
  await draft(lea.session, 'Hardy', { decisionDate: '2026-05-01' });
  await sign(plans.Hardy as string, '2026-05-11', '2026-05-11', '2026-11-10');
  await evaluate('Hardy', '2026-08-10');
  await evaluate('Hardy', '2026-11-09');
});
afterAll(() => t.close());

const ok = async <T>(session: string, url: string) => {
  const response = await get(session, url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
};
interface WorkerDashboard {
  caseload: unknown;
  due: { overdue: number; thisWeek: number; later: number };
  endingSoon: { trajectoryId: string; person: { id: string; displayName: string }; plannedEndOn: string }[];
  worker: { id: string };
}
interface TeamDashboard {
  period: { from: string; to: string };
  workers: { id: string; displayName: string; overdue: number }[];
  unassigned: unknown;
  centre: unknown;
}
const problem = (response: { statusCode: number; json: <T>() => T }) =>
  response.json<{ type: string; errors?: { path: string; code: string; message: string }[] }>();

describe('GET /dashboards/worker', () => {
  it('Alice: her four people, their plans, her day’s counts and the plan ending within 60 days', async () => {
    const result = await ok<WorkerDashboard>(users.alice.session, '/api/v1/dashboards/worker');
    expect(result).toEqual({
      today: '2026-11-23',
      worker: { id: users.alice.id, displayName: 'Alice Aubert' },
      // Aubry, Bastin, Charlier, Dethier; all but Dethier have a plan not closed.
      caseload: { people: 4, withOpenPlan: 3, openPlans: { draft: 1, informed: 0, active: 2 } },
      // Her today list: Aubry's plan (3 March to 4 December, an evaluation held on 20 May) has its
      // evaluations spread again from 20 May: 27 August (overdue; the appointment of 1 September
      // was missed) and 4 December (later); the year's minimum (3) is at risk: one item today
      // (this week); the planned end on 4 December (later). Bastin (held 11 June and 20 October,
      // the third suggested on 9 February 2027) and Charlier (a draft to conclude by 1 January)
      // ask nothing within 14 days.
      due: { overdue: 1, thisWeek: 1, later: 2 },
      // Aubry ends on 4 December (within 60 days, to 22 January); Bastin on 9 February 2027.
      endingSoon: [
        {
          trajectoryId: plans.Aubry,
          person: { id: people.Aubry, firstName: 'Lina', lastName: 'Aubry', displayName: 'Lina Aubry' },
          plannedEndOn: '2026-12-04',
        },
      ],
    });
    const day = await ok<{ counts: unknown }>(users.alice.session, '/api/v1/today');
    expect(result.due).toEqual(day.counts);
  });

  it('Bruno: an amended plan ends on its version in force’s date; the list is by date', async () => {
    const result = await ok<WorkerDashboard>(users.bruno.session, '/api/v1/dashboards/worker');
    expect(result.caseload).toEqual({
      people: 2,
      withOpenPlan: 2,
      openPlans: { draft: 0, informed: 0, active: 2 },
    });
    // Fabry (21 April to 15 January, 3 evaluations: 20 July and 19 October overdue, nothing held)
    // and Gilles (version 2 from 5 January: one held under version 1 on 1 September 2025, so
    // two left, spread from it: 4 May overdue, 31 December): 3 overdue, and this week each plan's
    // minimum at risk.
    expect(result.due).toEqual({ overdue: 3, thisWeek: 2, later: 0 });
    // Gilles's version 1 ended on 30 June; version 2, in force, on 31 December.
    expect(result.endingSoon.map((p) => [p.person.displayName, p.plannedEndOn])).toEqual([
      ['Lina Gilles', '2026-12-31'],
      ['Lina Fabry', '2027-01-15'],
    ]);
  });

  it('a lead with no file has empty figures, and may read a worker’s; the trail names the people shown', async () => {
    expect(await ok<WorkerDashboard>(users.lea.session, '/api/v1/dashboards/worker')).toEqual({
      today: '2026-11-23',
      worker: { id: users.lea.id, displayName: 'Léa Leroy' },
      caseload: { people: 0, withOpenPlan: 0, openPlans: { draft: 0, informed: 0, active: 0 } },
      due: { overdue: 0, thisWeek: 0, later: 0 },
      endingSoon: [],
    });
    const alice = await ok<WorkerDashboard>(
      users.lea.session,
      `/api/v1/dashboards/worker?workerId=${users.alice.id}`,
    );
    expect(alice.worker.id).toBe(users.alice.id);
    expect(alice.endingSoon.map((p) => p.person.id)).toEqual([people.Aubry]);
    const trail = await ownerRows<{ details: { workerId: string; personIds: string[] } }>(
      t.database,
      sql`select details from audit_events where actor_user_id = ${users.lea.id} and action = 'dashboard.worker'
          order by at, id`,
    );
    expect(trail.map((r) => r.details)).toEqual([
      { workerId: users.lea.id, personIds: [] },
      { workerId: users.alice.id, personIds: [people.Aubry] },
    ]);
  });

  it('a worker may not read a colleague’s (403); another centre’s worker is not found (404); a bad id is a 400', async () => {
    const colleague = await get(users.bruno.session, `/api/v1/dashboards/worker?workerId=${users.alice.id}`);
    expect(colleague.statusCode).toBe(403);
    const foreign = await get(users.lea.session, `/api/v1/dashboards/worker?workerId=${namurWorkerId}`);
    expect(foreign.statusCode).toBe(404);
    expect(problem(foreign).type).toBe('/api/v1/problems/not-found');
    const bad = await get(users.lea.session, '/api/v1/dashboards/worker?workerId=nobody');
    expect(bad.statusCode).toBe(400);
    expect(problem(bad).errors).toEqual([
      { path: 'workerId', code: 'validation.invalidUuid', message: 'This is not a valid identifier.' },
    ]);
    // And the other way round: Testville's lead is not Namur's.
    expect((await get(namurWorker, `/api/v1/dashboards/worker?workerId=${users.alice.id}`)).statusCode).toBe(
      403,
    );
  });

  it('the federal analyst is refused', async () => {
    expect((await get(federal, '/api/v1/dashboards/worker')).statusCode).toBe(403);
  });
});

describe('GET /dashboards/team', () => {
  it('the 12 months ending today: caseload per worker, files of nobody, and the centre’s figures', async () => {
    const result = await ok<TeamDashboard>(users.lea.session, '/api/v1/dashboards/team');
    expect(result).toEqual({
      today: '2026-11-23',
      period: { from: '2025-11-24', to: '2026-11-23' },
      workers: [
        {
          id: users.alice.id,
          displayName: 'Alice Aubert',
          role: 'worker',
          files: 4,
          activeFiles: 3,
          openPlans: 3,
          // Aubry's evaluation suggested on 4 December (to 23 December); the minimum item is not a date.
          evaluationsDue: 1,
          overdue: 1,
        },
        {
          id: users.bruno.id,
          displayName: 'Bruno Bodart',
          role: 'worker',
          files: 2,
          activeFiles: 2,
          openPlans: 2,
          // Next: Fabry 15 January, Gilles 31 December: both after 23 December.
          evaluationsDue: 0,
          overdue: 3,
        },
        {
          id: users.lea.id,
          displayName: 'Léa Leroy',
          role: 'lead',
          files: 0,
          activeFiles: 0,
          openPlans: 0,
          evaluationsDue: 0,
          overdue: 0,
        },
      ],
      // Hardy: planned end on 10 November, not closed: overdue. Both evaluations held: the minimum is met.
      unassigned: { files: 1, activeFiles: 1, openPlans: 1, evaluationsDue: 0, overdue: 1 },
      centre: {
        // First signed in the period: Bastin 10 January → 10 February (31 days), Fabry 1 → 21
        // April (20), Hardy 1 → 11 May (10); Gilles was first signed on 1 July 2025 (version 1),
        // before the period, though amended in it. Median of 10, 20, 31.
        daysToSignature: { median: 20, count: 3 },
        // Slots of each version in force, before today: Aubry 2 June (held 20 May: met), 3 September
        // (only a missed appointment in its window: not met); Bastin 11 June (held that day: met),
        // 12 October (held 20 October: late); Fabry 20 July, 19 October (nothing held); Gilles
        // (version 2 from 5 January) 5 May, 2 September (the evaluation of 2025 was under version
        // 1: it meets neither); Hardy 11 August (held 10 August), 10 November (held 9 November).
        evaluationsOnTime: { numerator: 4, denominator: 10, share: 0.4 },
        // Recorded in the period: Aubry 20 May, 1 September (missed); Bastin 11 June, 20 October;
        // Fabry 3 August (missed); Hardy 10 August, 9 November. Gilles's of 2025 is before it.
        noShows: { numerator: 2, denominator: 7, share: 0.286 },
      },
    });
    // The overdue counts are the day page's team table's.
    const day = await ok<{
      workers: { id: string; overdue: number }[];
      unassigned: { overdue: number };
    }>(users.lea.session, '/api/v1/today/team');
    expect(result.workers.map((w) => [w.id, w.overdue])).toEqual(day.workers.map((w) => [w.id, w.overdue]));
  });

  it('a chosen period', async () => {
    const result = await ok<TeamDashboard>(
      users.lea.session,
      '/api/v1/dashboards/team?from=2026-04-01&to=2026-09-30',
    );
    expect(result.period).toEqual({ from: '2026-04-01', to: '2026-09-30' });
    expect(result.centre).toEqual({
      // Fabry (20 days) and Hardy (10): the mean of the two middle ones.
      daysToSignature: { median: 15, count: 2 },
      // Aubry 2 June (met), 3 September; Bastin 11 June (met); Fabry 20 July; Gilles 5 May,
      // 2 September; Hardy 11 August (met).
      evaluationsOnTime: { numerator: 3, denominator: 7, share: 0.429 },
      // Aubry 20 May, 1 September (missed); Bastin 11 June; Fabry 3 August (missed); Hardy 10 August.
      noShows: { numerator: 2, denominator: 5, share: 0.4 },
    });
  });

  it('a period with nothing in it has no median and no shares; exactly 3 years is allowed', async () => {
    const empty = await ok<TeamDashboard>(
      users.lea.session,
      '/api/v1/dashboards/team?from=2024-01-01&to=2024-12-31',
    );
    expect(empty.centre).toEqual({
      daysToSignature: { median: null, count: 0 },
      evaluationsOnTime: { numerator: 0, denominator: 0, share: null },
      noShows: { numerator: 0, denominator: 0, share: null },
    });
    const longest = await ok<TeamDashboard>(
      users.lea.session,
      '/api/v1/dashboards/team?from=2023-11-24&to=2026-11-23',
    );
    // Gilles's first signature (1 July 2025, 30 days after the decision) is in it now: the
    // median of 10, 20, 30 and 31 is (20 + 30) / 2.
    expect(longest.centre).toMatchObject({ daysToSignature: { median: 25, count: 4 } });
    // `to` alone: the 12 months ending on it.
    const toOnly = await ok<TeamDashboard>(users.lea.session, '/api/v1/dashboards/team?to=2026-06-30');
    expect(toOnly.period).toEqual({ from: '2025-07-01', to: '2026-06-30' });
  });

  it.each([
    [
      'end before start',
      '?from=2026-05-02&to=2026-05-01',
      [{ path: 'to', code: 'validation.endBeforeStart', message: 'The end must not be before the start.' }],
    ],
    [
      'over 3 years',
      '?from=2023-11-23&to=2026-11-23',
      [{ path: 'to', code: 'dashboards.errors.periodTooLong', message: 'A period covers 3 years at most.' }],
    ],
    [
      'not a day',
      '?from=2026-02-30',
      [{ path: 'from', code: 'validation.invalidDate', message: 'Enter a real date as YYYY-MM-DD.' }],
    ],
    [
      'an unknown parameter',
      '?year=2026',
      [{ path: '', code: 'validation.unknownField', message: 'Unknown field: year.' }],
    ],
  ])('%s: a translated 400', async (_, query, errors) => {
    const response = await get(users.lea.session, `/api/v1/dashboards/team${query}`);
    expect(response.statusCode, response.body).toBe(400);
    expect(problem(response).errors).toEqual(errors);
  });

  it('in the caller’s language; an administrator reads the same team (the admin follows no one: no row)', async () => {
    const response = await get(users.olivia.session, '/api/v1/dashboards/team?from=2020-01-01&to=2026-01-01');
    expect(response.statusCode).toBe(400);
    expect(problem(response).errors?.[0]?.message).toBe('Une période couvre 3 ans au plus.');
    const asAdmin = await ok<TeamDashboard>(users.olivia.session, '/api/v1/dashboards/team');
    expect(asAdmin.workers.map((w) => w.displayName)).toEqual(['Alice Aubert', 'Bruno Bodart', 'Léa Leroy']);
  });

  it('workers and the federal analyst are refused; another centre’s lead sees only their own team', async () => {
    expect((await get(users.alice.session, '/api/v1/dashboards/team')).statusCode).toBe(403);
    expect((await get(federal, '/api/v1/dashboards/team')).statusCode).toBe(403);
    // Refused before the query is read: a bad period tells nothing to whom may not ask.
    expect((await get(federal, '/api/v1/dashboards/team?from=x')).statusCode).toBe(403);
    const namurLead = await t.login('lead@namur.demo', { address: '10.20.1.3' });
    const namur = await ok<TeamDashboard>(namurLead, '/api/v1/dashboards/team');
    expect(namur.workers.map((w) => w.id)).not.toContain(users.alice.id);
  });
});
