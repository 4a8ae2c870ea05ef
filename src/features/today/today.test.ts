/**
 * The worker's day and the calendar feed over the API, on the real database. Each test's worker is
 * new (no demo file is theirs), so the lists hold exactly what the test arranged. Evaluations,
 * referrals and sanctions are written as the owner: this tests what the day reads, not how those
 * features write.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_START } from '../../../test/database-names.ts';
import { ownerRows } from '../../../test/owner.ts';
import type { WorkItemOut } from './schemas.ts';

// TEST_START is Monday 23 November 2026: this week runs to Sunday 29, the list to Monday 7 December.
let t: TestApp;
let lead: string;
let worker2: string;
let federal: string;
let centreId: string;

/** A new worker of the Namur centre, logged in (the demo password). */
async function newWorker(role: 'worker' | 'lead' = 'worker') {
  const id = randomUUID();
  const email = `day-${id.slice(0, 8)}@namur.demo`;
  await ownerRows(
    t.database,
    sql`insert into users (id, centre_id, email, display_name, password_hash, role, locale)
        select ${id}, centre_id, ${email}, ${`Travailleur ${id.slice(0, 4)}`}, password_hash, ${role}, 'fr'
        from users where email = 'worker@namur.demo'`,
  );
  return { id, session: await t.login(email, { address: `10.9.${Math.floor(Math.random() * 250)}.1` }) };
}

async function person(session: string, lastName: string, firstName = 'Lina') {
  const response = await t.call(session, {
    method: 'POST',
    url: '/api/v1/persons',
    payload: { firstName, lastName, birthDate: '1990-05-10', sex: 'F', language: 'fr' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

async function plan(session: string, personId: string, overrides: Record<string, unknown> = {}) {
  const response = await t.call(session, {
    method: 'POST',
    url: '/api/v1/trajectories',
    payload: {
      personId,
      form: 'growthPlan',
      situation: 'integrationIncome',
      orientations: ['socialActivation'],
      objectives: [{ id: 'o1', text: 'Sortir de chez soi' }],
      personCommitments: [],
      centreCommitments: [],
      actions: [],
      // No assessment needed: these tests are about dates, not about what a plan rests on.
      reactualisedAfterShortJob: true,
      ...overrides,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

/** Informs and signs a growth plan (no signature needed by the default policy): it is active. */
async function activate(session: string, id: string, on: string) {
  const informed = await t.call(session, {
    method: 'POST',
    url: `/api/v1/trajectories/${id}/inform`,
    payload: {
      version: 1,
      informedOn: on,
      language: 'fr',
      supportPersonExplained: true,
      reflectionRequested: false,
    },
  });
  expect(informed.statusCode, informed.body).toBe(200);
  const signed = await t.call(session, {
    method: 'POST',
    url: `/api/v1/trajectories/${id}/sign`,
    payload: { version: 2, signedOn: on, person: null, worker: null },
  });
  expect(signed.statusCode, signed.body).toBe(200);
}

const day = async (session: string, query = '') => {
  const response = await t.call(session, { method: 'GET', url: `/api/v1/today${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{
    today: string;
    horizon: string;
    worker: { id: string; displayName: string };
    counts: { overdue: number; thisWeek: number; later: number };
    items: WorkItemOut[];
  }>();
};
const lines = (items: WorkItemOut[]) =>
  items.map((i) => `${i.group} ${i.date} ${i.rule} ${i.person.lastName}`);

beforeAll(async () => {
  t = await createTestApp();
  lead = await t.login('lead@namur.demo', { address: '10.8.0.1' });
  worker2 = await t.login('worker2@namur.demo', { address: '10.8.0.2' });
  federal = await t.login('federal@spp.demo', { address: '10.8.0.3' });
  const [namur] = await ownerRows<{ centreId: string }>(
    t.database,
    sql`select centre_id as "centreId" from users where email = 'worker@namur.demo'`,
  );
  centreId = namur?.centreId ?? '';
});
afterAll(() => t.close());

describe('GET /today', () => {
  it('a new worker with no file has an empty day', async () => {
    const me = await newWorker();
    const result = await day(me.session);
    expect(result).toMatchObject({
      today: '2026-11-23',
      horizon: '2026-12-07',
      worker: { id: me.id },
      counts: { overdue: 0, thisWeek: 0, later: 0 },
      items: [],
    });
  });

  it('lists overdue and coming items of the plans of the people the worker follows, in date order', async () => {
    const me = await newWorker();
    // A PIIS decided on 1 August: to conclude by 1 November, overdue.
    const piis = await person(me.session, 'Aubry');
    await plan(me.session, piis, {
      form: 'piis',
      decisionDate: '2026-08-01',
      incomeInPreviousThreeMonths: false,
      orientations: ['training'],
    });
    // An active growth plan since 2 March to 4 December: two evaluations overdue, the third and
    // the end within the list; an action due this week, one done, one beyond the horizon.
    const growth = await person(me.session, 'Bastin');
    const id = await plan(me.session, growth, {
      startOn: '2026-03-02',
      plannedEndOn: '2026-12-04',
      actions: [
        { id: 'cv', what: 'Écrire son CV', who: 'la personne', dueOn: '2026-11-27', objectiveId: 'o1' },
        {
          id: 'old',
          what: 'Ouvrir un compte',
          who: 'la personne',
          dueOn: '2026-11-02',
          status: 'done',
          objectiveId: 'o1',
        },
        { id: 'far', what: 'Chercher un stage', who: 'la personne', dueOn: '2027-01-15', objectiveId: 'o1' },
      ],
    });
    await activate(me.session, id, '2026-03-02');
    // A closed plan asks nothing; a plan of someone else's file is not on my list.
    const other = await person(worker2, 'Colin');
    await plan(worker2, other, { form: 'piis', decisionDate: '2026-08-01', orientations: ['training'] });

    const result = await day(me.session);
    expect(lines(result.items)).toEqual([
      'overdue 2026-06-02 evaluation.scheduled Bastin',
      'overdue 2026-09-03 evaluation.scheduled Bastin',
      'overdue 2026-11-01 piis.conclusion Aubry',
      'thisWeek 2026-11-23 evaluation.minimum Bastin',
      'thisWeek 2026-11-27 action.due Bastin',
      'later 2026-12-04 evaluation.scheduled Bastin',
      'later 2026-12-04 plan.end Bastin',
    ]);
    expect(result.counts).toEqual({ overdue: 3, thisWeek: 2, later: 2 });
    const action = result.items.find((i) => i.rule === 'action.due');
    expect(action).toMatchObject({
      actionId: 'cv',
      detail: 'Écrire son CV',
      trajectoryId: id,
      subject: { type: 'trajectory', id },
      href: `/api/v1/trajectories/${id}`,
      person: { id: growth, firstName: 'Lina', lastName: 'Bastin' },
    });
  });

  it('an evaluation held moves the schedule; a missed appointment does not count as one', async () => {
    const me = await newWorker();
    const who = await person(me.session, 'Dumont');
    const id = await plan(me.session, who, { startOn: '2026-03-02', plannedEndOn: '2026-12-04' });
    await activate(me.session, id, '2026-03-02');
    const evaluate = (heldOn: string, missed: boolean, nextOn: string | null = null) =>
      ownerRows(
        t.database,
        sql`insert into evaluations (centre_id, trajectory_id, person_id, held_on, mode, missed, attendance, objective_progress, held_by, next_on)
            values (${centreId}, ${id}, ${who}, ${heldOn}, 'inPerson', ${missed}, '{}'::jsonb, '[]'::jsonb, ${me.id}, ${nextOn})`,
      );
    await evaluate('2026-06-01', false);
    await evaluate('2026-09-02', true);
    const evaluations = (await day(me.session)).items.filter((i) => i.rule === 'evaluation.scheduled');
    // The first is held on 1 June: the other two are spread again from it to the end (the second
    // on 2 September, not 3); the appointment missed on 2 September leaves it overdue.
    expect(evaluations.map((i) => `${i.group} ${i.date}`)).toEqual([
      'overdue 2026-09-02',
      'later 2026-12-04',
    ]);
    await evaluate('2026-11-20', false, '2026-12-01');
    const after = (await day(me.session)).items.filter((i) => i.rule === 'evaluation.scheduled');
    // Two held: the next one is the date the last evaluation set.
    expect(after.map((i) => `${i.group} ${i.date}`)).toEqual(['later 2026-12-01']);
  });

  it('an evaluation during an accepted referral goes to the receiving worker; a pending one waits for the service; closing the plan stops both', async () => {
    const me = await newWorker();
    const isp = await newWorker();
    const who = await person(me.session, 'Evrard');
    const id = await plan(me.session, who, { startOn: '2026-03-02', plannedEndOn: '2026-12-04' });
    await activate(me.session, id, '2026-03-02');
    const [{ serviceId } = { serviceId: '' }] = await ownerRows<{ serviceId: string }>(
      t.database,
      sql`insert into services (centre_id, kind, name) values (${centreId}, 'internal', ${`ISP ${randomUUID()}`})
          returning id as "serviceId"`,
    );
    await ownerRows(
      t.database,
      sql`insert into service_members (centre_id, service_id, user_id) values (${centreId}, ${serviceId}, ${isp.id})`,
    );
    // Accepted on 1 September and still running: the evaluations of 3 September and 4 December are the ISP worker's.
    await ownerRows(
      t.database,
      sql`insert into referrals (centre_id, trajectory_id, person_id, service_id, handover_note, sent_on, sent_by, state, answered_on, answered_by, receiving_user_id)
          values (${centreId}, ${id}, ${who}, ${serviceId}, 'Suivi ISP', '2026-08-25', ${me.id}, 'accepted', '2026-09-01', ${isp.id}, ${isp.id})`,
    );
    expect(lines((await day(me.session)).items)).toEqual([
      'overdue 2026-06-02 evaluation.scheduled Evrard',
      'later 2026-12-04 plan.end Evrard',
    ]);
    // The minimum at risk is the worker's who holds the plan today.
    expect(lines((await day(isp.session)).items)).toEqual([
      'overdue 2026-09-03 evaluation.scheduled Evrard',
      'thisWeek 2026-11-23 evaluation.minimum Evrard',
      'later 2026-12-04 evaluation.scheduled Evrard',
    ]);
    // A second referral to the same service, pending since Friday 20 November: due in 5 working days.
    const [{ referralId } = { referralId: '' }] = await ownerRows<{ referralId: string }>(
      t.database,
      sql`insert into referrals (centre_id, trajectory_id, person_id, service_id, handover_note, sent_on, sent_by, state)
          values (${centreId}, ${id}, ${who}, ${serviceId}, 'Autre', '2026-11-20', ${me.id}, 'pending')
          returning id as "referralId"`,
    );
    const waiting = (await day(isp.session)).items.find((i) => i.rule === 'referral.awaitingAnswer');
    expect(waiting).toMatchObject({
      date: '2026-11-27',
      group: 'thisWeek',
      subject: { type: 'referral', id: referralId },
      href: `/api/v1/referrals/${referralId}`,
    });
    expect((await day(me.session)).items.some((i) => i.rule === 'referral.awaitingAnswer')).toBe(false);

    // Enrolled in a module since 1 October, marked present on 30 November (a date after the closing).
    const [{ enrolmentId } = { enrolmentId: '' }] = await ownerRows<{ enrolmentId: string }>(
      t.database,
      sql`with m as (insert into modules (centre_id, name, kind) values (${centreId}, ${`Atelier ${randomUUID()}`}, 'collective') returning id),
               s as (insert into module_sessions (centre_id, module_id, starts_at, ends_at)
                     select ${centreId}, id, '2026-11-30T09:00:00Z', '2026-11-30T11:00:00Z' from m returning id),
               e as (insert into module_enrolments (centre_id, module_id, trajectory_id, person_id, enrolled_on)
                     select ${centreId}, id, ${id}, ${who}, '2026-10-01' from m returning id),
               a as (insert into session_attendance (centre_id, session_id, enrolment_id, status)
                     select ${centreId}, s.id, e.id, 'present' from s, e)
          select id as "enrolmentId" from e`,
    );

    // The plan closes: nothing of it is due any more, for either worker.
    const read = await t.call(me.session, { method: 'GET', url: `/api/v1/trajectories/${id}` });
    const closed = await t.call(me.session, {
      method: 'POST',
      url: `/api/v1/trajectories/${id}/close`,
      payload: {
        version: read.json<{ version: number }>().version,
        closedOn: '2026-11-23',
        outcome: 'other',
      },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(lines((await day(isp.session)).items)).toEqual([]);
    expect(lines((await day(me.session)).items)).toEqual([]);
    // What waited on the plan stopped with it, in the same step.
    const referralStates = await ownerRows<{ state: string; answeredOn: string; endedOn: string | null }>(
      t.database,
      sql`select state, answered_on::text as "answeredOn", ended_on::text as "endedOn" from referrals
          where trajectory_id = ${id} order by sent_on`,
    );
    expect(referralStates).toEqual([
      { state: 'ended', answeredOn: '2026-09-01', endedOn: '2026-11-23' },
      { state: 'withdrawn', answeredOn: '2026-11-23', endedOn: null },
    ]);
    const [enrolment] = await ownerRows<{ leftOn: string }>(
      t.database,
      sql`select left_on::text as "leftOn" from module_enrolments where id = ${enrolmentId}`,
    );
    // Not before the day it was last marked present.
    expect(enrolment).toEqual({ leftOn: '2026-11-30' });
    const events = await ownerRows<{ type: string; payload: { reason?: string } }>(
      t.database,
      sql`select type, payload from events where subject_id in (select id from referrals where trajectory_id = ${id})
            and type in ('referral.ended', 'referral.withdrawn') order by type`,
    );
    expect(events.map((e) => [e.type, e.payload.reason])).toEqual([
      ['referral.ended', 'planClosed'],
      ['referral.withdrawn', 'planClosed'],
    ]);
  });

  it('a lead sees a worker’s day and the sanction proposals to approve, never their own', async () => {
    const me = await newWorker();
    const boss = await newWorker('lead');
    const who = await person(me.session, 'Fabry');
    const id = await plan(me.session, who, {
      form: 'piis',
      decisionDate: '2026-10-01',
      orientations: ['training'],
    });
    const propose = (by: string) =>
      ownerRows<{ id: string }>(
        t.database,
        sql`insert into sanctions (centre_id, trajectory_id, person_id, state, extent, start_on, end_on, proposed_by, created_at)
            values (${centreId}, ${id}, ${who}, 'proposed', 'total', '2026-12-01', '2026-12-31', ${by}, ${TEST_START}) returning id`,
      );
    const [mine] = await propose(me.id);
    const [own] = await propose(boss.id);
    const asLead = await day(boss.session);
    const approvals = asLead.items.filter((i) => i.rule === 'sanction.awaitingApproval');
    // Proposed today (Monday 23): due Monday 30. The lead's own proposal is for another to approve.
    expect(approvals.map((i) => [i.subject.id, i.date, i.group])).toContainEqual([
      mine?.id,
      '2026-11-30',
      'later',
    ]);
    expect(approvals.map((i) => i.subject.id)).not.toContain(own?.id);
    expect((await day(me.session)).items.some((i) => i.rule === 'sanction.awaitingApproval')).toBe(false);

    const seen = await day(boss.session, `?workerId=${me.id}`);
    expect(seen.worker.id).toBe(me.id);
    expect(lines(seen.items)).toEqual([]);
  });

  it('refuses another worker’s day to a worker (403), an unknown worker (404), a bad id (400), the federal role (403)', async () => {
    const me = await newWorker();
    const forbidden = await t.call(me.session, {
      method: 'GET',
      url: `/api/v1/today?workerId=${randomUUID()}`,
    });
    expect(forbidden.statusCode).toBe(403);
    const unknown = await t.call(lead, { method: 'GET', url: `/api/v1/today?workerId=${randomUUID()}` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe('Ce travailleur n’existe pas dans votre CPAS.');
    const bad = await t.call(lead, { method: 'GET', url: '/api/v1/today?workerId=nope' });
    expect(bad.statusCode).toBe(400);
    expect((await t.call(federal, { method: 'GET', url: '/api/v1/today' })).statusCode).toBe(403);
  });

  it('writes one audit row naming the people shown', async () => {
    const me = await newWorker();
    const who = await person(me.session, 'Gillet');
    await plan(me.session, who, { form: 'piis', decisionDate: '2026-08-01', orientations: ['training'] });
    await day(me.session);
    const rows = await ownerRows<{ details: { returned: number; personIds: string[]; workerId: string } }>(
      t.database,
      sql`select details from audit_events where actor_user_id = ${me.id} and action = 'today.read'`,
    );
    expect(rows).toEqual([{ details: { workerId: me.id, returned: 1, personIds: [who] } }]);
  });
});

describe('GET /today/team', () => {
  it('counts each worker’s files and items, and the team’s overdue items', async () => {
    type Team = {
      overdue: number;
      workers: { id: string; files: number; overdue: number; thisWeek: number; later: number }[];
    };
    const team = async () => {
      const response = await t.call(lead, { method: 'GET', url: '/api/v1/today/team' });
      expect(response.statusCode).toBe(200);
      return response.json<Team>();
    };
    const me = await newWorker();
    const before = await team();
    expect(before.workers.find((w) => w.id === me.id)).toMatchObject({ files: 0, overdue: 0 });
    const who = await person(me.session, 'Henrard');
    await plan(me.session, who, { form: 'piis', decisionDate: '2026-08-01', orientations: ['training'] });
    await plan(me.session, await person(me.session, 'Istace'), {
      form: 'piis',
      decisionDate: '2026-09-01',
      orientations: ['training'],
    });
    const after = await team();
    // Two PIIS to conclude: 1 November (overdue), 1 December (later this fortnight).
    expect(after.workers.find((w) => w.id === me.id)).toEqual({
      id: me.id,
      displayName: `Travailleur ${me.id.slice(0, 4)}`,
      role: 'worker',
      files: 2,
      overdue: 1,
      thisWeek: 0,
      later: 1,
    });
    expect(after.overdue - before.overdue).toBe(1);
    const forbidden = await t.call(worker2, { method: 'GET', url: '/api/v1/today/team' });
    expect(forbidden.statusCode).toBe(403);
  });
});

describe('calendar feed', () => {
  it('is created, read by a calendar application as valid iCalendar, renewed and revoked', async () => {
    const me = await newWorker();
    const who = await person(me.session, 'Jacquet', 'Sofia');
    const id = await plan(me.session, who, { startOn: '2026-03-02', plannedEndOn: '2026-12-04' });
    await activate(me.session, id, '2026-03-02');
    const none = await t.call(me.session, { method: 'GET', url: '/api/v1/me/calendar' });
    expect(none.json()).toEqual({ active: false, createdAt: null, path: null });

    const created = await t.call(me.session, { method: 'POST', url: '/api/v1/me/calendar' });
    expect(created.statusCode).toBe(200);
    const { path } = created.json<{ path: string }>();
    expect(path).toMatch(/^\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const status = await t.call(me.session, { method: 'GET', url: '/api/v1/me/calendar' });
    expect(status.json()).toMatchObject({ active: true, path: null });

    // No cookie: the secret is the key.
    const feed = await t.call(null, { method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(feed.body));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(
      events
        .map((e) => [e.startDate.toString(), e.summary])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    ).toEqual([
      // The evaluations of June and September are overdue but more than 60 days back: not shown.
      ['2026-12-04', 'Évaluation · Sofia J.'],
      ['2026-12-04', 'Fin prévue du projet : le clôturer ou le modifier · Sofia J.'],
      ['2027-03-01', 'Fin de l’activation sociale : un an au plus · Sofia J.'],
    ]);
    // DTSTAMP in UTC, as RFC 5545 asks.
    expect(events.map((e) => e.component.getFirstPropertyValue('dtstamp')?.toString())).toEqual([
      '2026-11-23T09:00:00Z',
      '2026-11-23T09:00:00Z',
      '2026-11-23T09:00:00Z',
    ]);
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
    expect(events[0]?.uid).toMatch(new RegExp(`^${id}:`));
    expect(feed.body).not.toContain('Jacquet');

    // Renewing kills the old address.
    const renewed = (await t.call(me.session, { method: 'POST', url: '/api/v1/me/calendar' })).json<{
      path: string;
    }>();
    expect(renewed.path).not.toBe(path);
    expect((await t.call(null, { method: 'GET', url: path })).statusCode).toBe(404);
    expect((await t.call(null, { method: 'GET', url: renewed.path })).statusCode).toBe(200);

    const revoked = await t.call(me.session, { method: 'DELETE', url: '/api/v1/me/calendar' });
    expect(revoked.json()).toEqual({ active: false, createdAt: null, path: null });
    const gone = await t.call(null, { method: 'GET', url: renewed.path });
    expect(gone.statusCode).toBe(404);
    expect(gone.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers 400 to an address that cannot be a feed and 404 to an unknown secret', async () => {
    expect((await t.call(null, { method: 'GET', url: '/api/v1/calendar/short.ics' })).statusCode).toBe(400);
    const unknown = await t.call(null, { method: 'GET', url: `/api/v1/calendar/${'A'.repeat(43)}.ics` });
    expect(unknown.statusCode).toBe(404);
  });
});
