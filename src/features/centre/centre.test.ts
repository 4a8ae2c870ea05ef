import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import { inTenant } from '../../db/tenancy.ts';
import { DEFAULT_POLICY } from '../../domain/centre-policy.ts';
import type { CentreContext } from '../context.ts';
import type { CentrePolicyView, SigningDelegation } from './schemas.ts';
import { activeDelegation, centrePolicy } from './service.ts';

let t: TestApp;
let worker: string;
let lead: string;
let admin: string;
let gentAdmin: string;
let federal: string;
const ids = {} as Record<'worker' | 'worker2' | 'lead' | 'admin' | 'gentWorker' | 'namur', string>;

beforeAll(async () => {
  t = await createTestApp();
  // The demo gives every worker and lead a delegation since 2025: these tests start from none.
  await ownerRows(t.database, sql`delete from signing_delegations`);
  worker = await t.login('worker@namur.demo', { address: '10.9.0.1' });
  lead = await t.login('lead@namur.demo', { address: '10.9.0.2' });
  admin = await t.login('admin@namur.demo', { address: '10.9.0.3' });
  gentAdmin = await t.login('admin@gent.demo', { address: '10.9.0.4' });
  federal = await t.login('federal@spp.demo', { address: '10.9.0.5' });
  const users = await ownerRows<{ email: string; id: string; centre_id: string }>(
    t.database,
    sql`select email, id, centre_id from users where email in
        ('worker@namur.demo', 'worker2@namur.demo', 'lead@namur.demo', 'admin@namur.demo', 'worker@gent.demo')`,
  );
  const byEmail = (email: string) => users.find((u) => u.email === email) as (typeof users)[number];
  ids.worker = byEmail('worker@namur.demo').id;
  ids.worker2 = byEmail('worker2@namur.demo').id;
  ids.lead = byEmail('lead@namur.demo').id;
  ids.admin = byEmail('admin@namur.demo').id;
  ids.gentWorker = byEmail('worker@gent.demo').id;
  ids.namur = byEmail('worker@namur.demo').centre_id;
});
afterAll(() => t.close());

const getPolicy = (session: string | null) =>
  t.call(session, { method: 'GET', url: '/api/v1/centre/policy' });
const patchPolicy = (session: string | null, payload: object) =>
  t.call(session, { method: 'PATCH', url: '/api/v1/centre/policy', payload });
const count = async (table: 'centre_policies' | 'signing_delegations' | 'events' | 'audit_events') =>
  (
    await ownerRows<{ n: number }>(t.database, sql`select count(*)::int as n from ${sql.identifier(table)}`)
  )[0]?.n;
const counts = async () => [
  await count('centre_policies'),
  await count('signing_delegations'),
  await count('events'),
  await count('audit_events'),
];
/** Audit rows other than reads and refusals: what a refused change must not add. */
const changeAudits = async () =>
  (
    await ownerRows<{ n: number }>(
      t.database,
      sql`select count(*)::int as n from audit_events where action like 'centre.%'`,
    )
  )[0]?.n;

/** The policy and delegations as another feature reads them, in a tenant transaction. */
function asNamurWorker<T>(work: (tx: Parameters<typeof centrePolicy>[0], ctx: CentreContext) => Promise<T>) {
  const ctx = {
    clock: t.clock,
    requestId: 'test',
    address: '127.0.0.1',
    actor: {
      userId: ids.worker,
      centreId: ids.namur,
      role: 'worker',
      locale: 'fr',
      email: 'worker@namur.demo',
      displayName: 'Camille Dubois',
      sessionIdHash: null,
    },
  } satisfies CentreContext;
  return inTenant(t.database.db, { centreId: ids.namur, userId: ids.worker }, (tx) => work(tx, ctx));
}

describe('GET /centre/policy', () => {
  it('gives the law’s defaults at version 0 to every role of the centre, never to the federal analyst', async () => {
    for (const session of [worker, lead, admin]) {
      const response = await getPolicy(session);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        deadlineAnchor: 'decision',
        reflectionDays: 5,
        reflectionDayKind: 'calendar',
        evaluation: { kind: 'perYear', minimum: 3 },
        inPersonMinimum: 2,
        growthPlanSignatureRequired: false,
        subsidyWarnings: true,
        sanctionApprovers: 'lead',
        version: 0,
        updatedAt: null,
        updatedById: null,
        updatedByName: null,
      });
    }
    expect((await getPolicy(null)).statusCode).toBe(401);
    expect((await getPolicy(federal)).statusCode).toBe(403);
  });
});

describe('PATCH /centre/policy', () => {
  it.each([
    [
      'a reflection period under the law’s 5 days',
      { reflectionDays: 4 },
      'reflectionDays',
      'validation.tooSmall',
    ],
    ['a reflection period over 30 days', { reflectionDays: 31 }, 'reflectionDays', 'validation.tooBig'],
    ['half a day', { reflectionDays: 5.5 }, 'reflectionDays', 'validation.invalidType'],
    ['an unknown day kind', { reflectionDayKind: 'lunar' }, 'reflectionDayKind', 'validation.invalidEnum'],
    ['an unknown anchor', { deadlineAnchor: 'signature' }, 'deadlineAnchor', 'validation.invalidEnum'],
    [
      'fewer than 3 evaluations a year',
      { evaluation: { kind: 'perYear', minimum: 2 } },
      'evaluation.minimum',
      'validation.tooSmall',
    ],
    [
      'an evaluation every 6 months (2 a year)',
      { evaluation: { kind: 'everyMonths', months: 6 } },
      'evaluation.months',
      'validation.tooBig',
    ],
    ['fewer than 2 in person', { inPersonMinimum: 1 }, 'inPersonMinimum', 'validation.tooSmall'],
    [
      'more in person than evaluations (3 a year, 4 in person)',
      { inPersonMinimum: 4 },
      'inPersonMinimum',
      'validation.inPersonAboveEvaluations',
    ],
    [
      'more in person than evaluations (every 4 months, 4 in person)',
      { evaluation: { kind: 'everyMonths', months: 4 }, inPersonMinimum: 4 },
      'inPersonMinimum',
      'validation.inPersonAboveEvaluations',
    ],
    [
      'a signature that is not yes or no',
      { growthPlanSignatureRequired: 'yes' },
      'growthPlanSignatureRequired',
      'validation.invalidType',
    ],
    [
      'sanction approvers the policy does not know',
      { sanctionApprovers: 'anyone' },
      'sanctionApprovers',
      'validation.invalidEnum',
    ],
    ['an unknown field', { sanctionsAllowed: true }, '', 'validation.unknownField'],
    ['no version', { version: undefined, reflectionDays: 7 }, 'version', 'validation.required'],
  ])('refuses %s with the field named, and changes nothing', async (_name, body, path, code) => {
    const before = await counts();
    const response = await patchPolicy(admin, { version: 0, ...body });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect(await counts()).toEqual(before);
  });

  it('says the in-person limit in the caller’s language', async () => {
    const response = await patchPolicy(admin, { version: 0, inPersonMinimum: 4 });
    expect(response.json().errors).toEqual([
      {
        path: 'inPersonMinimum',
        code: 'validation.inPersonAboveEvaluations',
        message: 'Au plus 3 : ces règles prévoient 3 évaluations par an.',
      },
    ]);
  });

  it('refuses workers and leads (403), and anyone signed out (401)', async () => {
    const before = await counts();
    expect((await patchPolicy(null, { version: 0, reflectionDays: 7 })).statusCode).toBe(401);
    expect((await patchPolicy(worker, { version: 0, reflectionDays: 7 })).statusCode).toBe(403);
    expect((await patchPolicy(lead, { version: 0, reflectionDays: 7 })).statusCode).toBe(403);
    // A refusal is recorded (access.denied) but nothing changes.
    expect((await counts()).slice(0, 3)).toEqual(before.slice(0, 3));
    expect(await changeAudits()).toBe(0);
  });

  let first: CentrePolicyView;
  it('writes the first change at version 1, with its audit row and its event', async () => {
    const response = await patchPolicy(admin, {
      version: 0,
      reflectionDays: 7,
      reflectionDayKind: 'working',
      evaluation: { kind: 'everyMonths', months: 3 },
      inPersonMinimum: 4,
    });
    expect(response.statusCode).toBe(200);
    first = response.json<CentrePolicyView>();
    expect(first).toEqual({
      ...DEFAULT_POLICY,
      reflectionDays: 7,
      reflectionDayKind: 'working',
      evaluation: { kind: 'everyMonths', months: 3 },
      inPersonMinimum: 4,
      version: 1,
      updatedAt: expect.any(String),
      updatedById: ids.admin,
      updatedByName: 'Olivier Collard',
    });
    expect(await getPolicy(worker).then((r) => r.json())).toEqual(first);
    const audit = await ownerRows<{
      action: string;
      subject_type: string;
      subject_id: string;
      details: unknown;
    }>(
      t.database,
      sql`select action, subject_type, subject_id, details from audit_events where action = 'centre.policyUpdate'`,
    );
    expect(audit).toEqual([
      {
        action: 'centre.policyUpdate',
        subject_type: 'centre',
        subject_id: ids.namur,
        details: {
          fields: ['reflectionDays', 'reflectionDayKind', 'evaluation', 'inPersonMinimum'],
          version: 1,
        },
      },
    ]);
    const events = await ownerRows<{
      type: string;
      subject_type: string;
      subject_id: string;
      person_id: null;
      payload: unknown;
      subject_seq: number;
    }>(
      t.database,
      sql`select type, subject_type, subject_id, person_id, payload, subject_seq from events where type = 'centre.policyChanged'`,
    );
    expect(events).toEqual([
      {
        type: 'centre.policyChanged',
        subject_type: 'centre',
        subject_id: ids.namur,
        person_id: null,
        payload: { fields: ['reflectionDays', 'reflectionDayKind', 'evaluation', 'inPersonMinimum'] },
        // The centre's events before it: the demo's reporting years (2024 and 2025 set, 2024 closed).
        subject_seq: 4,
      },
    ]);
    // What the plans feature reads.
    expect(await asNamurWorker((tx, ctx) => centrePolicy(tx, ctx))).toEqual({
      ...DEFAULT_POLICY,
      reflectionDays: 7,
      reflectionDayKind: 'working',
      evaluation: { kind: 'everyMonths', months: 3 },
      inPersonMinimum: 4,
    });
  });

  it('answers 409 on a stale version (0 once the policy exists), and writes nothing', async () => {
    const before = await counts();
    const response = await patchPolicy(admin, { version: 0, reflectionDays: 10 });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      type: '/api/v1/problems/conflict',
      currentVersion: 1,
      detail: expect.stringContaining('version 0'),
    });
    expect(await counts()).toEqual(before);
  });

  it('checks the policy as it would be saved: a lower evaluation count under the in-person minimum is refused', async () => {
    const response = await patchPolicy(admin, { version: 1, evaluation: { kind: 'perYear', minimum: 3 } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ path: 'inPersonMinimum', code: 'validation.inPersonAboveEvaluations' }),
    ]);
  });

  it('makes no version when nothing changes', async () => {
    const before = await counts();
    const response = await patchPolicy(admin, { version: 1, reflectionDays: 7 });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(first);
    expect(await counts()).toEqual(before);
  });

  it('goes back to the defaults at the next version, naming only what changed', async () => {
    const {
      version: _v,
      updatedAt: _a,
      updatedById: _i,
      updatedByName: _n,
      ...defaults
    } = {
      ...DEFAULT_POLICY,
      version: 1,
      updatedAt: null,
      updatedById: null,
      updatedByName: null,
    };
    const response = await patchPolicy(admin, { version: 1, ...defaults });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ ...DEFAULT_POLICY, version: 2 });
    const last = await ownerRows<{ details: unknown }>(
      t.database,
      sql`select details from audit_events where action = 'centre.policyUpdate' order by id desc limit 1`,
    );
    expect(last).toEqual([
      {
        details: {
          fields: ['reflectionDays', 'reflectionDayKind', 'evaluation', 'inPersonMinimum'],
          version: 2,
        },
      },
    ]);
    const seqs = await ownerRows<{ subject_seq: number }>(
      t.database,
      sql`select subject_seq from events where type = 'centre.policyChanged' order by subject_seq`,
    );
    expect(seqs.map((e) => e.subject_seq)).toEqual([4, 5]);
  });

  it('keeps each centre’s policy apart', async () => {
    expect((await getPolicy(gentAdmin)).json()).toMatchObject({ ...DEFAULT_POLICY, version: 0 });
  });
});

const listDelegations = (session: string | null) =>
  t.call(session, { method: 'GET', url: '/api/v1/centre/signing-delegations' });
const grant = (session: string | null, payload: object) =>
  t.call(session, { method: 'POST', url: '/api/v1/centre/signing-delegations', payload });
const end = (session: string | null, id: string, payload: object) =>
  t.call(session, { method: 'PATCH', url: `/api/v1/centre/signing-delegations/${id}`, payload });

describe('signing delegations', () => {
  let made: SigningDelegation;

  it.each([
    ['no user', { since: '2026-01-01' }, 'userId', 'validation.required'],
    [
      'a user id that is not one',
      { userId: 'nobody', since: '2026-01-01' },
      'userId',
      'validation.invalidUuid',
    ],
    ['no first day', { userId: '00000000-0000-4000-8000-000000000000' }, 'since', 'validation.required'],
    [
      'an impossible day',
      { userId: '00000000-0000-4000-8000-000000000000', since: '2026-02-30' },
      'since',
      'validation.invalidDate',
    ],
    [
      'an end before the start',
      { userId: '00000000-0000-4000-8000-000000000000', since: '2026-06-01', until: '2026-05-31' },
      'until',
      'validation.endBeforeStart',
    ],
    [
      'an unknown field',
      { userId: '00000000-0000-4000-8000-000000000000', since: '2026-01-01', role: 'admin' },
      '',
      'validation.unknownField',
    ],
  ])('refuses %s with the field named, and writes nothing', async (_name, body, path, code) => {
    const before = await counts();
    const response = await grant(admin, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['an account of another centre', () => ids.gentWorker, 'errors.delegateUnknown'],
    ['an unknown account', () => '00000000-0000-4000-8000-000000000000', 'errors.delegateUnknown'],
    ['an administrator', () => ids.admin, 'errors.delegateNotFollower'],
  ])('refuses a delegation to %s', async (_name, userId, code) => {
    const before = await counts();
    const response = await grant(admin, { userId: userId(), since: '2026-01-01' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'userId', code })]);
    expect(await counts()).toEqual(before);
  });

  it('refuses workers and leads (403) and anyone signed out (401)', async () => {
    const body = { userId: ids.worker, since: '2026-01-01' };
    expect((await grant(null, body)).statusCode).toBe(401);
    expect((await grant(worker, body)).statusCode).toBe(403);
    expect((await grant(lead, body)).statusCode).toBe(403);
    expect((await listDelegations(null)).statusCode).toBe(401);
    expect((await listDelegations(federal)).statusCode).toBe(403);
    expect(await count('signing_delegations')).toBe(0);
  });

  it('gives a worker a delegation with no end, with its audit row and its event', async () => {
    const response = await grant(admin, { userId: ids.worker, since: '2026-01-01' });
    expect(response.statusCode).toBe(201);
    made = response.json<SigningDelegation>();
    expect(made).toEqual({
      id: expect.any(String),
      userId: ids.worker,
      userName: 'Camille Dubois',
      since: '2026-01-01',
      until: null,
      activeToday: true,
      createdAt: expect.any(String),
    });
    const audit = await ownerRows<{
      action: string;
      subject_type: string;
      subject_id: string;
      details: unknown;
    }>(
      t.database,
      sql`select action, subject_type, subject_id, details from audit_events where action = 'centre.delegationCreate'`,
    );
    expect(audit).toEqual([
      {
        action: 'centre.delegationCreate',
        subject_type: 'signing_delegation',
        subject_id: made.id,
        details: { userId: ids.worker, since: '2026-01-01', until: null },
      },
    ]);
    const events = await ownerRows<{ type: string; subject_type: string; person_id: null; payload: unknown }>(
      t.database,
      sql`select type, subject_type, person_id, payload from events where subject_id = ${made.id}`,
    );
    expect(events).toEqual([
      {
        type: 'centre.delegationGranted',
        subject_type: 'signing_delegation',
        person_id: null,
        payload: { userId: ids.worker, since: '2026-01-01', until: null },
      },
    ]);
  });

  it('refuses a second delegation over the same days (409), and takes one for a lead', async () => {
    const before = await counts();
    const clash = await grant(admin, { userId: ids.worker, since: '2025-06-01', until: '2026-01-01' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({
      type: '/api/v1/problems/conflict',
      delegationId: made.id,
      detail:
        'Ce travailleur a déjà une délégation de signature pour certains de ces jours. Mettez-y d’abord fin, ou choisissez d’autres jours.',
    });
    expect(await counts()).toEqual(before);
    const forLead = await grant(admin, { userId: ids.lead, since: '2026-12-01', until: '2027-11-30' });
    expect(forLead.statusCode).toBe(201);
    expect(forLead.json()).toMatchObject({
      userName: 'Martine Lejeune',
      until: '2027-11-30',
      activeToday: false,
    });
  });

  it('lists every delegation of the centre to every role of the centre, none of another centre', async () => {
    for (const session of [worker, lead, admin]) {
      const response = await listDelegations(session);
      expect(response.statusCode).toBe(200);
      expect(
        response
          .json<{ items: SigningDelegation[] }>()
          .items.map((d) => [d.userName, d.since, d.until, d.activeToday]),
      ).toEqual([
        ['Camille Dubois', '2026-01-01', null, true],
        ['Martine Lejeune', '2026-12-01', '2027-11-30', false],
      ]);
    }
    expect((await listDelegations(gentAdmin)).json()).toEqual({ items: [] });
  });

  it('tells the plans feature who may sign on a day', async () => {
    const on = (userId: string, day: string) =>
      asNamurWorker((tx, ctx) => activeDelegation(tx, ctx, userId, day));
    expect(await on(ids.worker, '2026-11-23')).toEqual({ id: made.id, since: '2026-01-01' });
    expect(await on(ids.worker, '2025-12-31')).toBeNull();
    expect(await on(ids.worker2, '2026-11-23')).toBeNull();
    expect(await on(ids.lead, '2026-11-23')).toBeNull();
    expect(await on(ids.lead, '2027-11-30')).toMatchObject({ since: '2026-12-01' });
    expect(await on(ids.lead, '2027-12-01')).toBeNull();
  });

  it('refuses to end a delegation before it began, another centre’s (404), and to workers', async () => {
    const before = await counts();
    const early = await end(admin, made.id, { until: '2025-12-31' });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors).toEqual([
      expect.objectContaining({ path: 'until', code: 'validation.endBeforeStart' }),
    ]);
    const bad = await end(admin, made.id, { until: '2026-13-01' });
    expect(bad.json().errors).toEqual([
      expect.objectContaining({ path: 'until', code: 'validation.invalidDate' }),
    ]);
    expect((await end(admin, made.id, {})).json().errors).toEqual([
      expect.objectContaining({ path: 'until', code: 'validation.required' }),
    ]);
    const elsewhere = await end(gentAdmin, made.id, { until: '2026-12-31' });
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().detail).toBe('Deze ondertekeningsdelegatie bestaat niet in uw OCMW.');
    expect(
      (await end(admin, '00000000-0000-4000-8000-000000000000', { until: '2026-12-31' })).statusCode,
    ).toBe(404);
    expect((await end(worker, made.id, { until: '2026-12-31' })).statusCode).toBe(403);
    expect((await end(lead, made.id, { until: '2026-12-31' })).statusCode).toBe(403);
    expect((await counts()).slice(0, 3)).toEqual(before.slice(0, 3));
  });

  it('ends a delegation (kept, with its audit row and its event); the worker may no longer sign after it', async () => {
    const response = await end(admin, made.id, { until: '2026-11-23' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ...made, until: '2026-11-23', activeToday: true });
    expect(await count('signing_delegations')).toBe(2);
    const audit = await ownerRows<{ details: unknown }>(
      t.database,
      sql`select details from audit_events where action = 'centre.delegationUpdate' and subject_id = ${made.id}`,
    );
    expect(audit).toEqual([{ details: { userId: ids.worker, until: '2026-11-23', previousUntil: null } }]);
    const events = await ownerRows<{ type: string; payload: unknown; subject_seq: number }>(
      t.database,
      sql`select type, payload, subject_seq from events where subject_id = ${made.id} order by subject_seq`,
    );
    expect(events.map((e) => [e.type, e.subject_seq])).toEqual([
      ['centre.delegationGranted', 1],
      ['centre.delegationChanged', 2],
    ]);
    expect(events[1]?.payload).toEqual({ userId: ids.worker, until: '2026-11-23' });
    const on = (day: string) => asNamurWorker((tx, ctx) => activeDelegation(tx, ctx, ids.worker, day));
    expect(await on('2026-11-23')).toEqual({ id: made.id, since: '2026-01-01' });
    expect(await on('2026-11-24')).toBeNull();
    // The same end again changes nothing.
    const before = await counts();
    expect((await end(admin, made.id, { until: '2026-11-23' })).statusCode).toBe(200);
    expect(await counts()).toEqual(before);
  });

  it('takes a new delegation after the end, and refuses to stretch the old one over it', async () => {
    const next = await grant(admin, { userId: ids.worker, since: '2027-01-01' });
    expect(next.statusCode).toBe(201);
    const stretch = await end(admin, made.id, { until: null });
    expect(stretch.statusCode).toBe(409);
    expect(stretch.json().delegationId).toBe(next.json().id);
    const shorter = await end(admin, made.id, { until: '2026-12-31' });
    expect(shorter.json()).toMatchObject({ until: '2026-12-31' });
  });
});
