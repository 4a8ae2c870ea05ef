/**
 * People in modules through the API: enrolment from the plan, leaving, and what the timeline shows
 * of it (attendance is in attendance.test.ts). The test clock reads 2026-11-23 10:00 in Brussels.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import type { Enrolment } from './schemas.ts';
import { count, makeModule, makePlan, makeSession } from './support.test-helpers.ts';

let t: TestApp;
let worker: string;
let admin: string;
let gent: string;
let gentAdmin: string;
let readers = 0;

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('worker@namur.demo', { address: '10.32.0.1' });
  admin = await t.login('admin@namur.demo', { address: '10.32.0.3' });
  gent = await t.login('worker@gent.demo', { address: '10.32.0.4' });
  gentAdmin = await t.login('admin@gent.demo', { address: '10.32.0.5' });
});
afterAll(() => t.close());

const enrol = (session: string, trajectoryId: string, payload: object) =>
  t.call(session, { method: 'POST', url: `/api/v1/trajectories/${trajectoryId}/modules`, payload });
const leave = (session: string, id: string, payload: object) =>
  t.call(session, { method: 'POST', url: `/api/v1/module-enrolments/${id}/leave`, payload });
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

describe('POST /trajectories/{id}/modules', () => {
  it('enrols the plan’s person, with the event on their timeline and an audit row', async () => {
    const module = await makeModule(t, admin, { name: 'Groupe de parole', capacity: 5 });
    const { personId, trajectoryId } = await makePlan(t, worker, 'Inès', 'Inscrite');
    const response = await enrol(worker, trajectoryId, { moduleId: module.id, enrolledOn: '2026-11-12' });
    expect(response.statusCode).toBe(201);
    const made = response.json<Enrolment>();
    expect(made).toMatchObject({
      moduleId: module.id,
      moduleName: 'Groupe de parole',
      kind: 'collective',
      partnerName: null,
      moduleActive: true,
      trajectoryId,
      personId,
      enrolledOn: '2026-11-12',
      leftOn: null,
      attendance: { present: 0, excused: 0, absent: 0 },
      sessions: [],
      version: 1,
    });
    expect(await personEvents(personId)).toEqual([
      {
        type: 'module.enrolled',
        occurred_on: '2026-11-12',
        payload: { trajectoryId, moduleId: module.id, moduleName: 'Groupe de parole' },
      },
    ]);
    const audit = await ownerRows(
      t.database,
      sql`select action, person_id from audit_events where subject_id = ${made.id}`,
    );
    expect(audit).toEqual([{ action: 'enrolment.create', person_id: personId }]);
    const timeline = await t.call(worker, { method: 'GET', url: `/api/v1/persons/${personId}/timeline` });
    const items = timeline.json<{ items: { type: string }[] }>().items;
    expect(items.find((item) => item.type === 'module.enrolled')).toMatchObject({
      type: 'module.enrolled',
      kind: 'trajectory',
      id: made.id,
      date: '2026-11-12',
      detail: { moduleName: 'Groupe de parole' },
    });
  });

  it('enrols from today when no day is given', async () => {
    const module = await makeModule(t, admin, { name: 'Atelier jardin' });
    const { trajectoryId } = await makePlan(t, worker, 'Jade', 'Jardin');
    const made = (await enrol(worker, trajectoryId, { moduleId: module.id })).json<Enrolment>();
    expect(made.enrolledOn).toBe('2026-11-23');
  });

  it('refuses a full module, a second enrolment, a deactivated module and a closed plan (409)', async () => {
    const module = await makeModule(t, admin, { name: 'Atelier théâtre', capacity: 1 });
    const first = await makePlan(t, worker, 'Anna', 'Première');
    const second = await makePlan(t, worker, 'Berthe', 'Seconde');
    expect((await enrol(worker, first.trajectoryId, { moduleId: module.id })).statusCode).toBe(201);
    const before = await count(t, 'module_enrolments');

    const again = await enrol(worker, first.trajectoryId, { moduleId: module.id });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ rule: 'module.alreadyEnrolled' });

    const full = await enrol(worker, second.trajectoryId, { moduleId: module.id });
    expect(full.statusCode).toBe(409);
    expect(full.json()).toMatchObject({
      rule: 'module.full',
      detail: 'Ce module est complet (capacité : 1).',
    });

    const closedModule = await makeModule(t, admin, { name: 'Atelier clos' });
    await t.call(admin, {
      method: 'PATCH',
      url: `/api/v1/modules/${closedModule.id}`,
      payload: { active: false, version: 1 },
    });
    const inactive = await enrol(worker, second.trajectoryId, { moduleId: closedModule.id });
    expect(inactive.statusCode).toBe(409);
    expect(inactive.json()).toMatchObject({ rule: 'module.inactive' });

    const other = await makeModule(t, admin, { name: 'Atelier ouvert' });
    const closedPlan = await makePlan(t, worker, 'Claire', 'Clôturée');
    const closing = await t.call(worker, {
      method: 'POST',
      url: `/api/v1/trajectories/${closedPlan.trajectoryId}/close`,
      payload: { version: 1, closedOn: '2026-11-23', outcome: 'other', note: '' },
    });
    expect(closing.statusCode).toBe(200);
    const closed = await enrol(worker, closedPlan.trajectoryId, { moduleId: other.id });
    expect(closed.statusCode).toBe(409);
    expect(closed.json()).toMatchObject({ rule: 'plan.closed' });
    expect(await count(t, 'module_enrolments')).toBe(before);
  });

  it.each([
    ['a day in the future', { enrolledOn: '2026-11-24' }, 'enrolledOn', 'validation.dateInFuture'],
    ['a day before birth', { enrolledOn: '1990-03-13' }, 'enrolledOn', 'validation.beforeBirth'],
    ['an impossible day', { enrolledOn: '2026-02-30' }, 'enrolledOn', 'validation.invalidDate'],
    ['no module', { moduleId: undefined }, 'moduleId', 'validation.required'],
    [
      'an unknown module',
      { moduleId: '00000000-0000-4000-8000-000000000000' },
      'moduleId',
      'validation.unknownModule',
    ],
  ])('refuses %s (400), writing nothing', async (_name, change, path, code) => {
    const module = await makeModule(t, admin, { name: 'Atelier lecture' });
    const { trajectoryId } = await makePlan(t, worker, 'Lou', `Lectrice-${++readers}`);
    const before = await count(t, 'module_enrolments');
    const response = await enrol(worker, trajectoryId, { moduleId: module.id, ...change });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect(await count(t, 'module_enrolments')).toBe(before);
  });

  it('keeps centres apart: a module of another centre is unknown (400), a plan of another centre 404', async () => {
    const gentModule = await makeModule(t, gentAdmin, { name: 'Taalatelier' });
    const { trajectoryId } = await makePlan(t, worker, 'Mia', 'Ailleurs');
    const foreign = await enrol(worker, trajectoryId, { moduleId: gentModule.id });
    expect(foreign.statusCode).toBe(400);
    expect((await enrol(gent, trajectoryId, { moduleId: gentModule.id })).statusCode).toBe(404);
    expect(
      (await t.call(gent, { method: 'GET', url: `/api/v1/trajectories/${trajectoryId}/modules` })).statusCode,
    ).toBe(404);
  });
});

describe('POST /module-enrolments/{id}/leave', () => {
  it('ends the enrolment and frees the place; once only, at the version read', async () => {
    const module = await makeModule(t, admin, { name: 'Atelier vélo', capacity: 1 });
    const first = await makePlan(t, worker, 'Vera', 'Vélo');
    const second = await makePlan(t, worker, 'Wanda', 'Vélo');
    const made = (
      await enrol(worker, first.trajectoryId, { moduleId: module.id, enrolledOn: '2026-11-02' })
    ).json<Enrolment>();
    const stale = await leave(worker, made.id, { leftOn: '2026-11-20', version: 2 });
    expect(stale.statusCode).toBe(409);
    const response = await leave(worker, made.id, { leftOn: '2026-11-20', version: 1 });
    expect(response.statusCode).toBe(200);
    expect(response.json<Enrolment>()).toMatchObject({ leftOn: '2026-11-20', version: 2 });
    expect((await personEvents(first.personId)).at(-1)).toEqual({
      type: 'module.left',
      occurred_on: '2026-11-20',
      payload: {
        trajectoryId: first.trajectoryId,
        moduleId: module.id,
        moduleName: 'Atelier vélo',
        leftOn: '2026-11-20',
      },
    });
    expect((await enrol(worker, second.trajectoryId, { moduleId: module.id })).statusCode).toBe(201);
    const twice = await leave(worker, made.id, { leftOn: '2026-11-21', version: 2 });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ rule: 'module.alreadyLeft', leftOn: '2026-11-20' });
    // An enrolment is not reopened: the earlier one stays as it was.
    const back = await enrol(worker, first.trajectoryId, { moduleId: module.id });
    expect(back.statusCode).toBe(409);
    expect(back.json()).toMatchObject({ rule: 'module.leftEarlier' });
  });

  it('refuses a day in the future or before the enrolment (400), a day before recorded attendance (409)', async () => {
    const module = await makeModule(t, admin, { name: 'Atelier photo' });
    const session = await makeSession(
      t,
      admin,
      module.id,
      '2026-11-19T10:00:00+01:00',
      '2026-11-19T12:00:00+01:00',
    );
    const { trajectoryId } = await makePlan(t, worker, 'Paula', 'Photo');
    const made = (
      await enrol(worker, trajectoryId, { moduleId: module.id, enrolledOn: '2026-11-10' })
    ).json<Enrolment>();
    await mark(worker, session.id, [{ enrolmentId: made.id, status: 'absent' }]);
    const future = await leave(worker, made.id, { leftOn: '2026-11-24', version: 1 });
    expect(future.json().errors).toContainEqual(
      expect.objectContaining({ path: 'leftOn', code: 'validation.dateInFuture' }),
    );
    const early = await leave(worker, made.id, { leftOn: '2026-11-09', version: 1 });
    expect(early.json().errors).toContainEqual(
      expect.objectContaining({ path: 'leftOn', code: 'validation.leftBeforeEnrolled' }),
    );
    const beforeMark = await leave(worker, made.id, { leftOn: '2026-11-18', version: 1 });
    expect(beforeMark.statusCode).toBe(409);
    expect(beforeMark.json()).toMatchObject({ rule: 'module.attendanceAfterLeaving', day: '2026-11-19' });
    // The day of the session itself is their last day: fine.
    expect((await leave(worker, made.id, { leftOn: '2026-11-19', version: 1 })).statusCode).toBe(200);
    expect((await leave(gent, made.id, { leftOn: '2026-11-19', version: 2 })).statusCode).toBe(404);
    expect(
      (await leave(worker, '00000000-0000-4000-8000-000000000000', { leftOn: '2026-11-19', version: 1 }))
        .statusCode,
    ).toBe(404);
  });
});
