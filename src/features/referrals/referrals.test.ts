import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import type { Service } from '../services/schemas.ts';
import type { Referral } from './schemas.ts';

let t: TestApp;
/** Camille Dubois: the first-line worker who sends. */
let worker: string;
/** Nadia Benali: a member of the internal service. */
let member: string;
/** Martine Lejeune, team lead: also a member. */
let lead: string;
/** Julien Masson: a colleague with no part in the referrals. */
let colleague: string;
let admin: string;
let gent: string;
let federal: string;
const ids: Record<string, string> = {};
let isp: Service;
let partner: Service;
let stopped: Service;

const call = (session: string | null, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.call(session, { method, url, ...(payload ? { payload } : {}) });

let people = 0;
async function newPlan(lastName: string) {
  // A birth day of its own: the same name twice would be a possible duplicate to confirm.
  people += 1;
  const month = String(4 + Math.floor(people / 28)).padStart(2, '0');
  const birthDate = `1990-${month}-${String(1 + (people % 28)).padStart(2, '0')}`;
  const person = await call(worker, 'POST', '/api/v1/persons', {
    firstName: 'Yasmine',
    lastName,
    birthDate,
    sex: 'F',
    language: 'fr',
  });
  const personId = person.json<{ id: string }>().id;
  await call(worker, 'POST', `/api/v1/persons/${personId}/assessments`, {
    assessedOn: '2026-10-01',
    domains: [{ domain: 'housing', situation: 'Loue un studio' }],
  });
  const plan = await call(worker, 'POST', '/api/v1/trajectories', {
    personId,
    form: 'piis',
    situation: 'integrationIncome',
    incomeCategory: 'single',
    decisionDate: '2026-10-15',
    notificationDate: '2026-10-20',
    incomeInPreviousThreeMonths: true,
    orientations: ['employment'],
    objectives: [{ id: 'o1', text: 'Trouver un emploi' }],
    personCommitments: [],
    centreCommitments: [],
    actions: [],
    startOn: '2026-11-01',
    plannedEndOn: '2027-10-31',
  });
  expect(plan.statusCode, plan.body).toBe(201);
  return { personId, planId: plan.json<{ id: string }>().id };
}

const send = (planId: string, body: object, session = worker) =>
  call(session, 'POST', `/api/v1/trajectories/${planId}/referrals`, body);
const step = (referralId: string, name: string, body: object, session: string) =>
  call(session, 'POST', `/api/v1/referrals/${referralId}/${name}`, body);
const note = 'Madame souhaite une formation de cariste ; permis B en cours. Disponible le matin.';
async function sent(planId: string, body: object = {}) {
  const response = await send(planId, { serviceId: isp.id, handoverNote: note, ...body });
  expect(response.statusCode).toBe(201);
  return response.json<Referral>();
}
const count = async (table: 'referrals' | 'events') =>
  (
    await ownerRows<{ n: number }>(t.database, sql`select count(*)::int as n from ${sql.identifier(table)}`)
  )[0]?.n;
const traces = (subjectId: string) =>
  ownerRows<{ type: string; payload: unknown; personId: string; occurredOn: string }>(
    t.database,
    sql`select type, payload, person_id as "personId", occurred_on::text as "occurredOn"
        from events where subject_id = ${subjectId} order by subject_seq`,
  );
const audits = (subjectId: string) =>
  ownerRows<{ action: string; details: unknown; personId: string }>(
    t.database,
    sql`select action, details, person_id as "personId" from audit_events where subject_id = ${subjectId} order by id`,
  );
const responsibleOf = async (personId: string) =>
  (await call(worker, 'GET', `/api/v1/persons/${personId}`)).json<{ responsibleUserId: string | null }>()
    .responsibleUserId;

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('worker@namur.demo', { address: '10.32.0.1' });
  member = await t.login('worker2@namur.demo', { address: '10.32.0.2' });
  lead = await t.login('lead@namur.demo', { address: '10.32.0.3' });
  colleague = await t.login('worker3@namur.demo', { address: '10.32.0.4' });
  admin = await t.login('admin@namur.demo', { address: '10.32.0.5' });
  gent = await t.login('worker@gent.demo', { address: '10.32.0.6' });
  federal = await t.login('federal@spp.demo', { address: '10.32.0.7' });
  const staff = await t.call(admin, { method: 'GET', url: '/api/v1/workers', query: { include: 'staff' } });
  for (const user of staff.json<{ items: { id: string; displayName: string }[] }>().items) {
    ids[user.displayName] = user.id;
  }
  isp = (await call(admin, 'POST', '/api/v1/services', { kind: 'internal', name: 'Tests — ISP' })).json();
  await t.call(admin, {
    method: 'PUT',
    url: `/api/v1/services/${isp.id}/members`,
    payload: { userIds: [id('Nadia Benali'), id('Martine Lejeune')], version: 1 },
  });
  partner = (
    await call(admin, 'POST', '/api/v1/services', { kind: 'partner', name: 'Tests — Forem' })
  ).json();
  stopped = (
    await call(admin, 'POST', '/api/v1/services', { kind: 'partner', name: 'Tests — fermé' })
  ).json();
  await t.call(admin, {
    method: 'PATCH',
    url: `/api/v1/services/${stopped.id}`,
    payload: { active: false, version: 1 },
  });
});
afterAll(() => t.close());

function id(name: string) {
  const found = ids[name];
  if (!found) throw new Error(`no user ${name}`);
  return found;
}

describe('POST /trajectories/{id}/referrals', () => {
  it('sends a referral to the internal service: pending, the caller its sender, the file’s worker unchanged', async () => {
    const { personId, planId } = await newPlan('Orientée');
    const responsible = await responsibleOf(personId);
    expect(responsible).toBe(id('Camille Dubois'));
    const response = await send(planId, { serviceId: isp.id, handoverNote: note, sentOn: '2026-11-20' });
    expect(response.statusCode).toBe(201);
    const made = response.json<Referral>();
    expect(response.headers.location).toBe(`/api/v1/referrals/${made.id}`);
    expect(made).toEqual({
      id: made.id,
      trajectoryId: planId,
      person: { id: personId, firstName: 'Yasmine', lastName: 'Orientée' },
      service: { id: isp.id, kind: 'internal', name: 'Tests — ISP', active: true },
      toUserId: null,
      toUserName: null,
      handoverNote: note,
      sentOn: '2026-11-20',
      sentById: id('Camille Dubois'),
      sentByName: 'Camille Dubois',
      state: 'pending',
      answeredOn: null,
      answeredById: null,
      answeredByName: null,
      answerNote: null,
      receivingUserId: null,
      receivingUserName: null,
      endedOn: null,
      canAnswer: false,
      canWithdraw: true,
      canEnd: false,
      version: 1,
      createdAt: '2026-11-23T09:00:00.000Z',
      updatedAt: '2026-11-23T09:00:00.000Z',
    });
    // The event names the plan and the service, never the handover note.
    expect(await traces(made.id)).toEqual([
      {
        type: 'referral.sent',
        payload: {
          trajectoryId: planId,
          serviceId: isp.id,
          serviceKind: 'internal',
          serviceName: 'Tests — ISP',
        },
        personId,
        occurredOn: '2026-11-20',
      },
    ]);
    expect(await audits(made.id)).toEqual([
      { action: 'referral.send', details: { serviceId: isp.id, trajectoryId: planId }, personId },
    ]);
    expect(await responsibleOf(personId)).toBe(responsible);
  });

  it('addresses it to a named member, today by default; a partner gets one too', async () => {
    const { planId } = await newPlan('Nommée');
    const named = await sent(planId, { toUserId: id('Nadia Benali') });
    expect(named).toMatchObject({
      toUserId: id('Nadia Benali'),
      toUserName: 'Nadia Benali',
      sentOn: '2026-11-23',
    });
    expect((await traces(named.id))[0]?.payload).toMatchObject({ toUserId: id('Nadia Benali') });
    const toPartner = await sent(planId, { serviceId: partner.id });
    expect(toPartner).toMatchObject({ service: { kind: 'partner' }, canAnswer: true, canWithdraw: true });
  });

  it('refuses a second referral to the same service while one waits or runs (409), not after a refusal', async () => {
    const { planId } = await newPlan('Doublon');
    const first = await sent(planId);
    const again = await send(planId, { serviceId: isp.id, handoverNote: 'encore' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ rule: 'referral.oneOpenPerService' });
    await step(first.id, 'decline', { version: 1, note: 'Complet ce trimestre' }, member);
    expect((await send(planId, { serviceId: isp.id, handoverNote: 'Nouvelle demande' })).statusCode).toBe(
      201,
    );
    const accepted = (await call(worker, 'GET', `/api/v1/trajectories/${planId}/referrals`))
      .json<{ items: Referral[] }>()
      .items.find((r) => r.state === 'pending');
    await step(accepted?.id ?? '', 'accept', { version: 1 }, member);
    expect((await send(planId, { serviceId: isp.id, handoverNote: 'encore' })).statusCode).toBe(409);
  });

  it.each([
    ['no handover note', { handoverNote: '  ' }, 'handoverNote', 'validation.required'],
    [
      'an unknown service',
      { serviceId: '00000000-0000-4000-8000-000000000000' },
      'serviceId',
      'errors.serviceUnknown',
    ],
    ['a deactivated service', { serviceId: 'STOPPED' }, 'serviceId', 'errors.serviceInactive'],
    ['a worker who is not a member', { toUserId: 'JULIEN' }, 'toUserId', 'errors.notServiceMember'],
    [
      'a worker for a partner',
      { serviceId: 'PARTNER', toUserId: 'NADIA' },
      'toUserId',
      'errors.partnerNoWorker',
    ],
    ['a day in the future', { sentOn: '2026-11-24' }, 'sentOn', 'validation.dateInFuture'],
    ['a day before the person’s birth', { sentOn: '1990-03-31' }, 'sentOn', 'validation.beforeBirth'],
    ['an impossible day', { sentOn: '2026-11-31' }, 'sentOn', 'validation.invalidDate'],
    ['an unknown field', { receivingUserId: 'NADIA' }, '', 'validation.unknownField'],
  ])('refuses %s with the field named, and writes nothing', async (_name, change, path, code) => {
    const { planId } = await newPlan('Refusée');
    const stand = (value: unknown) =>
      ({ STOPPED: stopped.id, PARTNER: partner.id, JULIEN: id('Julien Masson'), NADIA: id('Nadia Benali') })[
        String(value)
      ] ?? value;
    const body = Object.fromEntries(
      Object.entries({ serviceId: isp.id, handoverNote: note, ...change }).map(([k, v]) => [k, stand(v)]),
    );
    const before = [await count('referrals'), await count('events')];
    const response = await send(planId, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect([await count('referrals'), await count('events')]).toEqual(before);
  });

  it('refuses a referral from a closed plan (409)', async () => {
    const { planId } = await newPlan('Clôturée');
    await call(worker, 'POST', `/api/v1/trajectories/${planId}/close`, {
      version: 1,
      closedOn: '2026-11-23',
      outcome: 'other',
      note: '',
    });
    const response = await send(planId, { serviceId: isp.id, handoverNote: note });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ rule: 'plan.closed' });
  });

  it('answers 404 for another centre’s plan or none, 403 to the federal role, 401 without a session', async () => {
    const { planId } = await newPlan('Ailleurs');
    const body = { serviceId: isp.id, handoverNote: note };
    expect((await send(planId, body, gent)).statusCode).toBe(404);
    expect((await send('00000000-0000-4000-8000-000000000000', body)).statusCode).toBe(404);
    expect((await send(planId, body, federal)).statusCode).toBe(403);
    expect((await send(planId, body, null as unknown as string)).statusCode).toBe(401);
  });
});

describe('GET /trajectories/{id}/referrals and GET /referrals/{id}', () => {
  it('lists the plan’s referrals, the latest sent first, with what the reader may do', async () => {
    const { personId, planId } = await newPlan('Listée');
    const older = await sent(planId, { sentOn: '2026-11-02' });
    const newer = await sent(planId, { serviceId: partner.id, sentOn: '2026-11-12' });
    const asMember = await call(member, 'GET', `/api/v1/trajectories/${planId}/referrals`);
    expect(asMember.statusCode).toBe(200);
    expect(
      asMember.json<{ items: Referral[] }>().items.map((r) => [r.id, r.canAnswer, r.canWithdraw]),
    ).toEqual([
      [newer.id, true, false],
      [older.id, true, false],
    ]);
    const asColleague = await call(colleague, 'GET', `/api/v1/trajectories/${planId}/referrals`);
    expect(asColleague.json<{ items: Referral[] }>().items.map((r) => r.canAnswer)).toEqual([true, false]);
    const audit = await ownerRows<{ action: string; personId: string; details: unknown }>(
      t.database,
      sql`select action, person_id as "personId", details from audit_events
          where subject_id = ${planId} and action = 'referral.list'`,
    );
    expect(audit).toContainEqual({ action: 'referral.list', personId, details: { returned: 2 } });
  });

  it('reads one referral, with its audit row; 404 elsewhere, 403 to the federal role', async () => {
    const { personId, planId } = await newPlan('Lue');
    const made = await sent(planId);
    const response = await call(lead, 'GET', `/api/v1/referrals/${made.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json<Referral>()).toMatchObject({ id: made.id, handoverNote: note, canAnswer: true });
    expect((await audits(made.id)).at(-1)).toEqual({ action: 'referral.read', details: {}, personId });
    expect((await call(gent, 'GET', `/api/v1/referrals/${made.id}`)).statusCode).toBe(404);
    expect((await call(gent, 'GET', `/api/v1/trajectories/${planId}/referrals`)).statusCode).toBe(404);
    expect((await call(federal, 'GET', `/api/v1/referrals/${made.id}`)).statusCode).toBe(403);
    expect((await call(worker, 'GET', '/api/v1/referrals/not-an-id')).statusCode).toBe(400);
    expect((await call(worker, 'GET', '/api/v1/trajectories/not-an-id/referrals')).statusCode).toBe(400);
    expect((await call(federal, 'GET', `/api/v1/trajectories/${planId}/referrals`)).statusCode).toBe(403);
    expect((await call(null, 'GET', `/api/v1/trajectories/${planId}/referrals`)).statusCode).toBe(401);
  });
});

describe('GET /referrals?awaiting=me', () => {
  it('lists what waits for my answer: addressed to me, or to a service of mine with nobody named', async () => {
    const { personId, planId } = await newPlan('Attendue');
    const toService = await sent(planId, { sentOn: '2026-11-16' });
    const other = await newPlan('Adressée');
    const toNadia = await sent(other.planId, { toUserId: id('Nadia Benali'), sentOn: '2026-11-18' });
    const toPartner = await sent(other.planId, { serviceId: partner.id });
    const waiting = async (session: string) => {
      const response = await call(session, 'GET', '/api/v1/referrals?awaiting=me');
      expect(response.statusCode).toBe(200);
      return response
        .json<{ items: Referral[] }>()
        .items.filter((r) => [toService.id, toNadia.id, toPartner.id].includes(r.id))
        .map((r) => r.id);
    };
    expect(await waiting(member)).toEqual([toService.id, toNadia.id]);
    expect(await waiting(lead)).toEqual([toService.id]);
    expect(await waiting(colleague)).toEqual([]);
    expect(await waiting(worker)).toEqual([]);
    const audit = await ownerRows<{ details: unknown }>(
      t.database,
      sql`select details from audit_events where action = 'referral.list' and person_id = ${personId}
          and actor_user_id = ${id('Nadia Benali')}`,
    );
    expect(audit).toEqual([{ details: { awaiting: true, returned: 1 } }]);
    // Once answered, it waits no more.
    await step(toService.id, 'accept', { version: 1 }, lead);
    expect(await waiting(member)).toEqual([toNadia.id]);
    expect(await waiting(lead)).toEqual([]);
  });

  it('takes only awaiting=me (400 otherwise), refuses the federal role', async () => {
    const bad = await call(member, 'GET', '/api/v1/referrals?awaiting=team');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toContainEqual(expect.objectContaining({ path: 'awaiting' }));
    expect((await call(member, 'GET', '/api/v1/referrals')).statusCode).toBe(200);
    expect((await call(federal, 'GET', '/api/v1/referrals')).statusCode).toBe(403);
    expect((await call(null, 'GET', '/api/v1/referrals')).statusCode).toBe(401);
  });
});

describe('POST /referrals/{id}/accept', () => {
  it('a member accepts: they follow the person from that day; the file keeps its worker', async () => {
    const { personId, planId } = await newPlan('Acceptée');
    const made = await sent(planId, { sentOn: '2026-11-16' });
    const response = await step(
      made.id,
      'accept',
      { version: 1, answeredOn: '2026-11-20', note: 'RDV le 1er décembre' },
      member,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json<Referral>()).toMatchObject({
      state: 'accepted',
      answeredOn: '2026-11-20',
      answeredById: id('Nadia Benali'),
      answeredByName: 'Nadia Benali',
      answerNote: 'RDV le 1er décembre',
      receivingUserId: id('Nadia Benali'),
      receivingUserName: 'Nadia Benali',
      canAnswer: false,
      canWithdraw: false,
      canEnd: true,
      version: 2,
    });
    expect((await traces(made.id)).at(-1)).toEqual({
      type: 'referral.accepted',
      payload: {
        trajectoryId: planId,
        serviceId: isp.id,
        serviceKind: 'internal',
        serviceName: 'Tests — ISP',
        receivingUserId: id('Nadia Benali'),
      },
      personId,
      occurredOn: '2026-11-20',
    });
    expect((await audits(made.id)).at(-1)).toEqual({
      action: 'referral.accept',
      details: { serviceId: isp.id, receivingUserId: id('Nadia Benali') },
      personId,
    });
    expect(await responsibleOf(personId)).toBe(id('Camille Dubois'));
  });

  it('a member accepts for another member they name', async () => {
    const { planId } = await newPlan('Confiée');
    const made = await sent(planId);
    const response = await step(made.id, 'accept', { version: 1, receivingUserId: id('Nadia Benali') }, lead);
    expect(response.json<Referral>()).toMatchObject({
      answeredByName: 'Martine Lejeune',
      receivingUserName: 'Nadia Benali',
      answeredOn: '2026-11-23',
    });
  });

  it('for a partner, whoever has the file records its yes; nobody here follows the person for it', async () => {
    const { planId } = await newPlan('Partenaire');
    const made = await sent(planId, { serviceId: partner.id });
    const named = await step(made.id, 'accept', { version: 1, receivingUserId: id('Nadia Benali') }, worker);
    expect(named.statusCode).toBe(400);
    expect(named.json().errors).toContainEqual(
      expect.objectContaining({ path: 'receivingUserId', code: 'errors.partnerNoWorker' }),
    );
    const response = await step(made.id, 'accept', { version: 1 }, colleague);
    expect(response.json<Referral>()).toMatchObject({
      state: 'accepted',
      receivingUserId: null,
      answeredByName: 'Julien Masson',
    });
    expect((await traces(made.id)).at(-1)?.payload).toEqual({
      trajectoryId: planId,
      serviceId: partner.id,
      serviceKind: 'partner',
      serviceName: 'Tests — Forem',
    });
  });

  it.each([
    ['a day before it was sent', { answeredOn: '2026-11-15' }, 'answeredOn', 'validation.answerBeforeSent'],
    ['a day in the future', { answeredOn: '2026-11-24' }, 'answeredOn', 'validation.dateInFuture'],
    [
      'a receiving worker outside the service',
      { receivingUserId: 'JULIEN' },
      'receivingUserId',
      'errors.notServiceMember',
    ],
    ['no version', { version: undefined }, 'version', 'validation.required'],
  ])('refuses %s (400) and changes nothing', async (_name, change, path, code) => {
    const { planId } = await newPlan('Mal datée');
    const made = await sent(planId, { sentOn: '2026-11-16' });
    const body = Object.fromEntries(
      Object.entries({ version: 1, ...change }).map(([k, v]) => [
        k,
        v === 'JULIEN' ? id('Julien Masson') : v,
      ]),
    );
    const response = await step(made.id, 'accept', body, member);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect((await call(worker, 'GET', `/api/v1/referrals/${made.id}`)).json<Referral>()).toMatchObject({
      state: 'pending',
      version: 1,
    });
  });

  it('refuses a colleague and the sender who are not members (403), a stale or answered one (409)', async () => {
    const { planId } = await newPlan('Gardée');
    const made = await sent(planId);
    for (const session of [colleague, worker]) {
      const response = await step(made.id, 'accept', { version: 1 }, session);
      expect(response.statusCode).toBe(403);
      expect(response.json().detail).toBe('Seul un membre du service peut répondre à cette orientation.');
    }
    expect((await step(made.id, 'accept', { version: 2 }, member)).statusCode).toBe(409);
    expect((await step(made.id, 'accept', { version: 1 }, member)).statusCode).toBe(200);
    const twice = await step(made.id, 'accept', { version: 2 }, lead);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ rule: 'referral.answeredOnce' });
    expect((await step(made.id, 'decline', { version: 2, note: 'non' }, lead)).statusCode).toBe(409);
  });

  it('closing the plan withdraws a pending referral: it can no longer be accepted (409); 404 elsewhere, 403 to the federal role', async () => {
    const { planId } = await newPlan('Close ensuite');
    const made = await sent(planId);
    await call(worker, 'POST', `/api/v1/trajectories/${planId}/close`, {
      version: 1,
      closedOn: '2026-11-23',
      outcome: 'other',
      note: '',
    });
    const withdrawn = await call(member, 'GET', `/api/v1/referrals/${made.id}`);
    expect(withdrawn.json()).toMatchObject({ state: 'withdrawn', answeredOn: '2026-11-23', version: 2 });
    const closed = await step(made.id, 'accept', { version: 2 }, member);
    expect(closed.statusCode).toBe(409);
    expect(closed.json()).toMatchObject({ rule: 'referral.answeredOnce' });
    expect((await step(made.id, 'decline', { version: 2, note: 'Plan clôturé' }, member)).statusCode).toBe(
      409,
    );
    expect((await step(made.id, 'accept', { version: 2 }, gent)).statusCode).toBe(404);
    expect(
      (await step('00000000-0000-4000-8000-000000000000', 'accept', { version: 1 }, member)).statusCode,
    ).toBe(404);
    expect((await step(made.id, 'accept', { version: 1 }, federal)).statusCode).toBe(403);
    expect((await step(made.id, 'accept', { version: 1 }, null as unknown as string)).statusCode).toBe(401);
  });
});

describe('POST /referrals/{id}/decline', () => {
  it('a member declines, saying why; the referral waits no more', async () => {
    const { personId, planId } = await newPlan('Déclinée');
    const made = await sent(planId, { sentOn: '2026-11-16' });
    const empty = await step(made.id, 'decline', { version: 1, note: ' ' }, member);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toContainEqual(
      expect.objectContaining({ path: 'note', code: 'validation.required' }),
    );
    expect((await step(made.id, 'decline', { version: 1, note: 'Non' }, colleague)).statusCode).toBe(403);
    const response = await step(made.id, 'decline', { version: 1, note: 'Pas de place avant mars' }, member);
    expect(response.statusCode).toBe(200);
    expect(response.json<Referral>()).toMatchObject({
      state: 'declined',
      answeredOn: '2026-11-23',
      answerNote: 'Pas de place avant mars',
      receivingUserId: null,
      canEnd: false,
    });
    expect((await traces(made.id)).map((e) => [e.type, e.occurredOn])).toEqual([
      ['referral.sent', '2026-11-16'],
      ['referral.declined', '2026-11-23'],
    ]);
    expect((await audits(made.id)).at(-1)).toEqual({
      action: 'referral.decline',
      details: { serviceId: isp.id },
      personId,
    });
    expect((await step(made.id, 'decline', { version: 2, note: 'encore' }, member)).statusCode).toBe(409);
  });

  it('answers 409 to a stale version, 404 elsewhere, 403 to the federal role, 401 without a session', async () => {
    const { planId } = await newPlan('Déclinée ailleurs');
    const made = await sent(planId);
    const body = { version: 1, note: 'Complet' };
    expect((await step(made.id, 'decline', { ...body, version: 3 }, member)).statusCode).toBe(409);
    expect((await step(made.id, 'decline', body, gent)).statusCode).toBe(404);
    expect((await step(made.id, 'decline', body, federal)).statusCode).toBe(403);
    expect((await step(made.id, 'decline', body, null as unknown as string)).statusCode).toBe(401);
    expect((await call(worker, 'GET', `/api/v1/referrals/${made.id}`)).json<Referral>().state).toBe(
      'pending',
    );
  });
});

describe('POST /referrals/{id}/withdraw', () => {
  it('its sender withdraws a waiting referral; nobody else, and not once answered', async () => {
    const { planId } = await newPlan('Retirée');
    const made = await sent(planId, { sentOn: '2026-11-16' });
    const other = await step(made.id, 'withdraw', { version: 1 }, member);
    expect(other.statusCode).toBe(403);
    expect(other.json().detail).toBe('Seul l’assistant social qui a envoyé l’orientation peut la retirer.');
    const future = await step(made.id, 'withdraw', { version: 1, withdrawnOn: '2026-11-24' }, worker);
    expect(future.statusCode).toBe(400);
    const response = await step(
      made.id,
      'withdraw',
      { version: 1, note: 'La personne a trouvé une formation' },
      worker,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json<Referral>()).toMatchObject({
      state: 'withdrawn',
      answeredOn: '2026-11-23',
      answeredByName: 'Camille Dubois',
      answerNote: 'La personne a trouvé une formation',
      canWithdraw: false,
    });
    expect((await traces(made.id)).at(-1)?.type).toBe('referral.withdrawn');
    expect((await step(made.id, 'withdraw', { version: 2 }, worker)).statusCode).toBe(409);
    const accepted = await sent(planId);
    await step(accepted.id, 'accept', { version: 1 }, member);
    expect((await step(accepted.id, 'withdraw', { version: 2 }, worker)).statusCode).toBe(409);
    expect((await step(accepted.id, 'withdraw', { version: 2 }, gent)).statusCode).toBe(404);
  });

  it('a withdrawn referral shows on the timeline as a step, not struck out as a mistake', async () => {
    const { personId, planId } = await newPlan('Historique');
    const made = await sent(planId);
    await step(made.id, 'withdraw', { version: 1 }, worker);
    const timeline = await call(worker, 'GET', `/api/v1/persons/${personId}/timeline`);
    const entries = timeline
      .json<{ items: { type: string; kind: string; withdrawn: boolean; detail: unknown }[] }>()
      .items.filter((e) => e.type.startsWith('referral.'));
    expect(entries).toEqual([
      expect.objectContaining({ type: 'referral.withdrawn', kind: 'trajectory', withdrawn: false }),
      expect.objectContaining({
        type: 'referral.sent',
        kind: 'trajectory',
        withdrawn: false,
        detail: {
          trajectoryId: planId,
          serviceId: isp.id,
          serviceKind: 'internal',
          serviceName: 'Tests — ISP',
        },
      }),
    ]);
  });
});

describe('POST /referrals/{id}/end', () => {
  it('records the last day an accepted referral ran; then the plan may refer to the service again', async () => {
    const { personId, planId } = await newPlan('Terminée');
    const made = await sent(planId, { sentOn: '2026-11-02' });
    await step(made.id, 'accept', { version: 1, answeredOn: '2026-11-05' }, member);
    const early = await step(made.id, 'end', { version: 2, endedOn: '2026-11-04' }, worker);
    expect(early.statusCode).toBe(400);
    expect(early.json().errors).toContainEqual(
      expect.objectContaining({ path: 'endedOn', code: 'validation.endBeforeStart' }),
    );
    const future = await step(made.id, 'end', { version: 2, endedOn: '2026-11-24' }, worker);
    expect(future.json().errors).toContainEqual(
      expect.objectContaining({ path: 'endedOn', code: 'validation.dateInFuture' }),
    );
    expect((await step(made.id, 'end', { version: 2 }, worker)).statusCode).toBe(400);
    const outsider = await step(made.id, 'end', { version: 2, endedOn: '2026-11-20' }, colleague);
    expect(outsider.statusCode).toBe(403);
    expect((await step(made.id, 'end', { version: 1, endedOn: '2026-11-20' }, member)).statusCode).toBe(409);
    const response = await step(made.id, 'end', { version: 2, endedOn: '2026-11-20' }, member);
    expect(response.statusCode).toBe(200);
    expect(response.json<Referral>()).toMatchObject({
      state: 'ended',
      answeredOn: '2026-11-05',
      endedOn: '2026-11-20',
      receivingUserName: 'Nadia Benali',
      canEnd: false,
      version: 3,
    });
    expect((await traces(made.id)).at(-1)).toMatchObject({
      type: 'referral.ended',
      occurredOn: '2026-11-20',
    });
    expect((await audits(made.id)).at(-1)).toEqual({
      action: 'referral.end',
      details: { serviceId: isp.id },
      personId,
    });
    expect((await step(made.id, 'end', { version: 3, endedOn: '2026-11-21' }, member)).statusCode).toBe(409);
    expect((await send(planId, { serviceId: isp.id, handoverNote: 'Reprise' })).statusCode).toBe(201);
  });

  it('only an accepted referral ends (409); for a partner anyone with the file records it; 404 elsewhere', async () => {
    const { planId } = await newPlan('Fin partenaire');
    const pending = await sent(planId);
    const notYet = await step(pending.id, 'end', { version: 1, endedOn: '2026-11-23' }, worker);
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json()).toMatchObject({ rule: 'referral.endsWhenAccepted' });
    const toPartner = await sent(planId, { serviceId: partner.id });
    await step(toPartner.id, 'accept', { version: 1 }, worker);
    expect((await step(toPartner.id, 'end', { version: 2, endedOn: '2026-11-23' }, gent)).statusCode).toBe(
      404,
    );
    expect((await step(toPartner.id, 'end', { version: 2, endedOn: '2026-11-23' }, federal)).statusCode).toBe(
      403,
    );
    const ended = await step(toPartner.id, 'end', { version: 2, endedOn: '2026-11-23' }, colleague);
    expect(ended.statusCode).toBe(200);
    expect(ended.json<Referral>().state).toBe('ended');
  });
});
