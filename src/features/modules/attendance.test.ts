/**
 * Attendance per session through the API, and what the plan shows of it. The test clock reads
 * 2026-11-23 10:00 in Brussels.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import type { Attendance, Enrolment, Module, Session } from './schemas.ts';
import { count, makeModule, makePlan, makeSession } from './support.test-helpers.ts';

let t: TestApp;
let worker: string;
let admin: string;
let gent: string;

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('worker@namur.demo', { address: '10.33.0.1' });
  admin = await t.login('admin@namur.demo', { address: '10.33.0.3' });
  gent = await t.login('worker@gent.demo', { address: '10.33.0.4' });
});
afterAll(() => t.close());

const enrol = (session: string, trajectoryId: string, payload: object) =>
  t.call(session, { method: 'POST', url: `/api/v1/trajectories/${trajectoryId}/modules`, payload });
const planModules = async (trajectoryId: string, session = worker) => {
  const response = await t.call(session, {
    method: 'GET',
    url: `/api/v1/trajectories/${trajectoryId}/modules`,
  });
  expect(response.statusCode).toBe(200);
  return response.json<{ items: Enrolment[] }>().items;
};
const roll = (session: string, sessionId: string) =>
  t.call(session, { method: 'GET', url: `/api/v1/module-sessions/${sessionId}/attendance` });
const mark = (session: string, sessionId: string, items: object[]) =>
  t.call(session, {
    method: 'PUT',
    url: `/api/v1/module-sessions/${sessionId}/attendance`,
    payload: { items },
  });
const personEvents = (personId: string) =>
  ownerRows<{ type: string; occurred_on: string; payload: Record<string, unknown> }>(
    t.database,
    sql`select type, occurred_on::text, payload from events
        where person_id = ${personId} and subject_type = 'module_enrolment' order by position`,
  );

describe('attendance: GET and PUT /module-sessions/{id}/attendance', () => {
  let module: Module;
  let past: Session;
  let laterToday: Session;
  let people: { personId: string; trajectoryId: string; enrolment: Enrolment }[];
  let lateComer: Enrolment;

  beforeAll(async () => {
    module = await makeModule(t, admin, { name: 'Atelier budget', capacity: 10 });
    past = await makeSession(
      t,
      admin,
      module.id,
      '2026-11-18T09:30:00+01:00',
      '2026-11-18T12:00:00+01:00',
      'Salle B',
    );
    laterToday = await makeSession(
      t,
      admin,
      module.id,
      '2026-11-23T14:00:00+01:00',
      '2026-11-23T16:00:00+01:00',
    );
    people = [];
    for (const [first, last] of [
      ['Yasmina', 'Amrani'],
      ['Bruno', 'Bastin'],
      ['Chloé', 'Collard'],
    ] as const) {
      const plan = await makePlan(t, worker, first, last);
      const enrolment = (
        await enrol(worker, plan.trajectoryId, { moduleId: module.id, enrolledOn: '2026-11-16' })
      ).json<Enrolment>();
      people.push({ ...plan, enrolment });
    }
    // Enrolled after the past session: not expected at it.
    const late = await makePlan(t, worker, 'Dora', 'Durant');
    lateComer = (
      await enrol(worker, late.trajectoryId, { moduleId: module.id, enrolledOn: '2026-11-20' })
    ).json<Enrolment>();
  });

  it('lists the people enrolled on the session’s day, by last name, nothing recorded yet', async () => {
    const response = await roll(worker, past.id);
    expect(response.statusCode).toBe(200);
    const body = response.json<Attendance>();
    expect(body.session).toMatchObject({
      id: past.id,
      moduleName: 'Atelier budget',
      kind: 'collective',
      place: 'Salle B',
      started: true,
    });
    expect(body.items.map((i) => [i.personName, i.status])).toEqual([
      ['Yasmina Amrani', null],
      ['Bruno Bastin', null],
      ['Chloé Collard', null],
    ]);
    const later = (await roll(worker, laterToday.id)).json<Attendance>();
    expect(later.items.map((i) => i.personName)).toContain('Dora Durant');
  });

  it('records present, excused and absent; keeps them; one event per change on each timeline', async () => {
    const [a, b, c] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
    const response = await mark(worker, past.id, [
      { enrolmentId: a.enrolment.id, status: 'present' },
      { enrolmentId: b.enrolment.id, status: 'excused' },
      { enrolmentId: c.enrolment.id, status: 'absent' },
    ]);
    expect(response.statusCode).toBe(200);
    expect(response.json<Attendance>().items.map((i) => i.status)).toEqual(['present', 'excused', 'absent']);
    expect(response.json<Attendance>().session.recorded).toBe(3);
    expect((await roll(worker, past.id)).json<Attendance>().items.map((i) => i.status)).toEqual([
      'present',
      'excused',
      'absent',
    ]);
    expect((await personEvents(c.personId)).at(-1)).toEqual({
      type: 'attendance.recorded',
      occurred_on: '2026-11-18',
      payload: { moduleId: module.id, moduleName: 'Atelier budget', sessionId: past.id, status: 'absent' },
    });

    // Sending the same marks again writes nothing; a corrected mark writes one event.
    const events = await count(t, 'events');
    await mark(worker, past.id, [
      { enrolmentId: a.enrolment.id, status: 'present' },
      { enrolmentId: c.enrolment.id, status: 'excused' },
    ]);
    expect(await count(t, 'events')).toBe(events + 1);
    const audit = await ownerRows<{ action: string; person_id: string; details: unknown }>(
      t.database,
      sql`select action, person_id, details from audit_events
          where subject_id = ${past.id} and action = 'attendance.record' order by id`,
    );
    expect(audit.map((row) => [row.person_id, row.details])).toEqual([
      [a.personId, { enrolmentId: a.enrolment.id, status: 'present' }],
      [b.personId, { enrolmentId: b.enrolment.id, status: 'excused' }],
      [c.personId, { enrolmentId: c.enrolment.id, status: 'absent' }],
      [c.personId, { enrolmentId: c.enrolment.id, status: 'excused' }],
    ]);
  });

  it('shows the plan its modules with attendance counts and the sessions of its days', async () => {
    const [a] = people;
    const [item] = await planModules(a?.trajectoryId as string);
    expect(item).toMatchObject({
      moduleName: 'Atelier budget',
      attendance: { present: 1, excused: 0, absent: 0 },
    });
    expect(item?.sessions.map((s) => [s.id, s.status, s.started])).toEqual([
      [past.id, 'present', true],
      [laterToday.id, null, false],
    ]);
    const late = await planModules(lateComer.trajectoryId);
    expect(late[0]?.sessions.map((s) => s.id)).toEqual([laterToday.id]);
  });

  it('takes an excuse before the session starts, not presence or absence (409)', async () => {
    const [a, b] = people;
    // At 10:20 in Brussels today: 20 minutes after the test clock.
    const soon = await makeSession(
      t,
      admin,
      module.id,
      '2026-11-23T10:20:00+01:00',
      '2026-11-23T12:00:00+01:00',
    );
    const excused = await mark(worker, soon.id, [{ enrolmentId: a?.enrolment.id, status: 'excused' }]);
    expect(excused.statusCode).toBe(200);
    const before = await count(t, 'session_attendance');
    const present = await mark(worker, soon.id, [
      { enrolmentId: b?.enrolment.id, status: 'excused' },
      { enrolmentId: a?.enrolment.id, status: 'present' },
    ]);
    expect(present.statusCode).toBe(409);
    expect(present.json()).toMatchObject({ rule: 'session.notStarted' });
    expect(await count(t, 'session_attendance')).toBe(before);
    const tomorrow = await makeSession(
      t,
      admin,
      module.id,
      '2026-11-24T08:00:00+01:00',
      '2026-11-24T09:00:00+01:00',
    );
    expect(
      (await mark(worker, tomorrow.id, [{ enrolmentId: a?.enrolment.id, status: 'absent' }])).statusCode,
    ).toBe(409);
    // Once the clock passes 10:20, it has started.
    t.clock.advance(25 * 60_000);
    try {
      const late = await mark(worker, soon.id, [{ enrolmentId: a?.enrolment.id, status: 'present' }]);
      expect(late.statusCode).toBe(200);
      expect(late.json<Attendance>().session.started).toBe(true);
    } finally {
      t.clock.advance(-25 * 60_000);
    }
  });

  it('refuses marks for people not enrolled that day or in another module, and duplicates (400)', async () => {
    const other = await makeModule(t, admin, { name: 'Autre atelier' });
    const { trajectoryId } = await makePlan(t, worker, 'Eva', 'Étrangère');
    const stranger = (await enrol(worker, trajectoryId, { moduleId: other.id })).json<Enrolment>();
    const [a] = people;
    const before = await count(t, 'session_attendance');
    const response = await mark(worker, past.id, [
      { enrolmentId: a?.enrolment.id, status: 'present' },
      { enrolmentId: lateComer.id, status: 'present' },
      { enrolmentId: stranger.id, status: 'absent' },
      { enrolmentId: '00000000-0000-4000-8000-000000000000', status: 'absent' },
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ['items.1.enrolmentId', 'validation.notEnrolledThatDay'],
      ['items.2.enrolmentId', 'validation.notEnrolledThatDay'],
      ['items.3.enrolmentId', 'validation.notEnrolledThatDay'],
    ]);
    const twice = await mark(worker, past.id, [
      { enrolmentId: a?.enrolment.id, status: 'present' },
      { enrolmentId: a?.enrolment.id, status: 'absent' },
    ]);
    expect(twice.json().errors).toContainEqual(
      expect.objectContaining({ path: 'items.1.enrolmentId', code: 'validation.duplicateKey' }),
    );
    const unknown = await mark(worker, past.id, [{ enrolmentId: a?.enrolment.id, status: 'late' }]);
    expect(unknown.statusCode).toBe(400);
    expect((await mark(worker, past.id, [])).statusCode).toBe(400);
    expect(await count(t, 'session_attendance')).toBe(before);
  });

  it('keeps centres apart (404) and the federal role out (403)', async () => {
    const federal = await t.login('federal@spp.demo', { address: '10.32.0.6' });
    expect((await roll(gent, past.id)).statusCode).toBe(404);
    expect((await mark(gent, past.id, [{ enrolmentId: lateComer.id, status: 'absent' }])).statusCode).toBe(
      404,
    );
    expect((await roll(federal, past.id)).statusCode).toBe(403);
    expect((await roll(worker, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
