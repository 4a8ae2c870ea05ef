/**
 * The module catalogue and its sessions through the API: what each role may do, what each refusal
 * says, and that a refusal changes nothing. The test clock reads 2026-11-23 10:00 in Brussels.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import type { Module, ModuleDetail, Session } from './schemas.ts';
import { centreId, count, makeModule, makePlan, makeSession, service } from './support.test-helpers.ts';

let t: TestApp;
let worker: string;
let lead: string;
let admin: string;
let gentAdmin: string;
let partnerId: string;
let internalId: string;
let inactivePartnerId: string;
let gentPartnerId: string;

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('worker@namur.demo', { address: '10.31.0.1' });
  lead = await t.login('lead@namur.demo', { address: '10.31.0.2' });
  admin = await t.login('admin@namur.demo', { address: '10.31.0.3' });
  gentAdmin = await t.login('admin@gent.demo', { address: '10.31.0.4' });
  const namur = await centreId(t, 'CPAS de Namur-Démo');
  const gent = await centreId(t, 'OCMW Gent-Demo');
  partnerId = await service(t, namur, 'partner', 'Lire et Écrire Namur');
  internalId = await service(t, namur, 'internal', 'Service d’insertion (test)');
  inactivePartnerId = await service(t, namur, 'partner', 'Ancien partenaire', false);
  gentPartnerId = await service(t, gent, 'partner', 'De Sleutel');
});
afterAll(() => t.close());

const post = (session: string, payload: object) =>
  t.call(session, { method: 'POST', url: '/api/v1/modules', payload });
const patch = (session: string, id: string, payload: object) =>
  t.call(session, { method: 'PATCH', url: `/api/v1/modules/${id}`, payload });
const list = async (session: string, ids: string[], query: Record<string, string> = {}) => {
  const response = await t.call(session, { method: 'GET', url: '/api/v1/modules', query });
  expect(response.statusCode).toBe(200);
  return response.json<{ items: Module[] }>().items.filter((m) => ids.includes(m.id));
};
const detail = (session: string, id: string) =>
  t.call(session, { method: 'GET', url: `/api/v1/modules/${id}` });
const centreEvents = (subjectId: string) =>
  ownerRows<{ type: string; person_id: string | null; payload: unknown }>(
    t.database,
    sql`select type, person_id, payload from events where subject_id = ${subjectId} order by position`,
  );
const audits = (subjectId: string) =>
  ownerRows<{ action: string; details: unknown }>(
    t.database,
    sql`select action, details from audit_events where subject_id = ${subjectId} order by id`,
  );

describe('POST /modules', () => {
  it('adds a module run by a partner, with its centre-level event and audit row', async () => {
    const response = await post(admin, {
      name: 'Atelier français langue étrangère',
      kind: 'collective',
      description: 'Deux matinées par semaine',
      partnerId,
      capacity: 12,
    });
    expect(response.statusCode).toBe(201);
    const made = response.json<Module>();
    expect(response.headers.location).toBe(`/api/v1/modules/${made.id}`);
    expect(made).toMatchObject({
      name: 'Atelier français langue étrangère',
      kind: 'collective',
      description: 'Deux matinées par semaine',
      partnerId,
      partnerName: 'Lire et Écrire Namur',
      capacity: 12,
      active: true,
      enrolled: 0,
      freePlaces: 12,
      nextSession: null,
      version: 1,
    });
    expect(await centreEvents(made.id)).toEqual([
      { type: 'module.created', person_id: null, payload: { kind: 'collective', partnerId } },
    ]);
    expect(await audits(made.id)).toEqual([{ action: 'module.create', details: {} }]);
  });

  it('adds an individual module of the centre itself, without a capacity', async () => {
    const made = await makeModule(t, admin, { name: 'Coaching emploi', kind: 'individual' });
    expect(made).toMatchObject({
      kind: 'individual',
      partnerId: null,
      partnerName: null,
      capacity: null,
      freePlaces: null,
      description: null,
    });
  });

  it.each([
    ['no name', { name: '  ' }, 'name', 'validation.required'],
    ['an unknown kind', { kind: 'online' }, 'kind', 'validation.invalidEnum'],
    ['a capacity of 0', { capacity: 0 }, 'capacity', 'validation.tooSmall'],
    ['a capacity over 1000', { capacity: 1001 }, 'capacity', 'validation.tooBig'],
    ['an internal service as partner', { partnerId: 'internal' }, 'partnerId', 'validation.notAPartner'],
    ['a deactivated partner', { partnerId: 'inactive' }, 'partnerId', 'validation.notAPartner'],
    ['a partner of another centre', { partnerId: 'gent' }, 'partnerId', 'validation.notAPartner'],
    ['an unknown field', { colour: 'blue' }, '', 'validation.unknownField'],
  ])('refuses %s with the field named, and writes nothing', async (_name, change, path, code) => {
    const ids: Record<string, string> = {
      internal: internalId,
      inactive: inactivePartnerId,
      gent: gentPartnerId,
    };
    const body: Record<string, unknown> = { name: 'Atelier budget', kind: 'collective', ...change };
    if (typeof body.partnerId === 'string') body.partnerId = ids[body.partnerId];
    const before = [await count(t, 'modules'), await count(t, 'events')];
    const response = await post(admin, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect([await count(t, 'modules'), await count(t, 'events')]).toEqual(before);
  });

  it('is for the centre administrator only (403 to a worker and a lead)', async () => {
    const before = await count(t, 'modules');
    expect((await post(worker, { name: 'X', kind: 'collective' })).statusCode).toBe(403);
    expect((await post(lead, { name: 'X', kind: 'collective' })).statusCode).toBe(403);
    expect(await count(t, 'modules')).toBe(before);
  });
});

describe('GET /modules and GET /modules/{id}', () => {
  let module: Module;
  let later: Session;

  beforeAll(async () => {
    module = await makeModule(t, admin, { name: 'Atelier cuisine', capacity: 2, partnerId });
    await makeSession(
      t,
      admin,
      module.id,
      '2026-11-16T09:30:00+01:00',
      '2026-11-16T12:00:00+01:00',
      'Salle 1',
    );
    later = await makeSession(t, admin, module.id, '2026-12-07T09:30:00+01:00', '2026-12-07T12:00:00+01:00');
    // Today, later than the clock's 10:00: the next session, not started yet.
    await makeSession(
      t,
      admin,
      module.id,
      '2026-11-23T14:00:00+01:00',
      '2026-11-23T16:00:00+01:00',
      'Cuisine',
    );
    const { trajectoryId } = await makePlan(t, worker, 'Aline', 'Zabeau');
    await t.call(worker, {
      method: 'POST',
      url: `/api/v1/trajectories/${trajectoryId}/modules`,
      payload: { moduleId: module.id, enrolledOn: '2026-11-10' },
    });
  });

  it('lists active modules with their partner, places and next session, to every centre role', async () => {
    for (const session of [worker, lead, admin]) {
      const [item] = await list(session, [module.id]);
      expect(item).toMatchObject({
        name: 'Atelier cuisine',
        partnerName: 'Lire et Écrire Namur',
        capacity: 2,
        enrolled: 1,
        freePlaces: 1,
        nextSession: {
          startsAt: '2026-11-23T13:00:00.000Z',
          endsAt: '2026-11-23T15:00:00.000Z',
          place: 'Cuisine',
          started: false,
          recorded: 0,
        },
      });
    }
    expect(await list(gentAdmin, [module.id])).toEqual([]);
  });

  it('shows the sessions, earliest first, and the people enrolled by name', async () => {
    const response = await detail(worker, module.id);
    expect(response.statusCode).toBe(200);
    const body = response.json<ModuleDetail>();
    expect(body.sessions.map((s) => [s.startsAt, s.place, s.started])).toEqual([
      ['2026-11-16T08:30:00.000Z', 'Salle 1', true],
      ['2026-11-23T13:00:00.000Z', 'Cuisine', false],
      [later.startsAt, null, false],
    ]);
    expect(body.enrolments).toEqual([
      expect.objectContaining({ personName: 'Aline Zabeau', enrolledOn: '2026-11-10', leftOn: null }),
    ]);
    const [read] = (await audits(module.id)).filter((a) => a.action === 'module.read');
    expect(read?.details).toEqual({ personIds: [body.enrolments?.[0]?.personId] });
  });

  it('answers 404 for a module of another centre or none', async () => {
    expect((await detail(gentAdmin, module.id)).statusCode).toBe(404);
    expect((await detail(worker, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await detail(worker, 'nope')).statusCode).toBe(400);
  });
});

describe('PATCH /modules/{id}', () => {
  it('changes what is sent, at the version read, with its event', async () => {
    const module = await makeModule(t, admin, { name: 'Atelier CV', capacity: 8 });
    const response = await patch(admin, module.id, {
      name: 'Atelier CV et lettre',
      capacity: 10,
      partnerId,
      version: 1,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<Module>()).toMatchObject({
      name: 'Atelier CV et lettre',
      capacity: 10,
      partnerName: 'Lire et Écrire Namur',
      version: 2,
    });
    expect((await centreEvents(module.id)).at(-1)).toEqual({
      type: 'module.changed',
      person_id: null,
      payload: { fields: ['name', 'partnerId', 'capacity'], active: true },
    });
    // The same values again make no new version.
    const same = await patch(admin, module.id, { name: 'Atelier CV et lettre', version: 2 });
    expect(same.json<Module>().version).toBe(2);
    const stale = await patch(admin, module.id, { name: 'Autre', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ currentVersion: 2 });
  });

  it('deactivates a module (never deleted): out of the default list, in the full one', async () => {
    const module = await makeModule(t, admin, { name: 'Atelier informatique' });
    const response = await patch(admin, module.id, { active: false, version: 1 });
    expect(response.json<Module>()).toMatchObject({ active: false, version: 2 });
    expect(await list(worker, [module.id])).toEqual([]);
    expect((await list(worker, [module.id], { include: 'inactive' })).map((m) => m.active)).toEqual([false]);
    const back = await patch(admin, module.id, { active: true, version: 2 });
    expect(back.json<Module>().active).toBe(true);
  });

  it('refuses a capacity below the people enrolled (409), a bad partner (400), and others (403, 404)', async () => {
    const module = await makeModule(t, admin, { name: 'Atelier mobilité', capacity: 3 });
    for (const name of ['Un', 'Deux']) {
      const { trajectoryId } = await makePlan(t, worker, name, 'Mobile');
      await t.call(worker, {
        method: 'POST',
        url: `/api/v1/trajectories/${trajectoryId}/modules`,
        payload: { moduleId: module.id },
      });
    }
    const below = await patch(admin, module.id, { capacity: 1, version: 1 });
    expect(below.statusCode).toBe(409);
    expect(below.json()).toMatchObject({ rule: 'module.capacityBelowEnrolled', enrolled: 2 });
    expect(below.json().detail).toBe(
      '2 personnes sont inscrites à ce module : sa capacité ne peut pas descendre à 1.',
    );
    expect((await patch(admin, module.id, { capacity: 2, version: 1 })).statusCode).toBe(200);
    const partner = await patch(admin, module.id, { partnerId: internalId, version: 2 });
    expect(partner.statusCode).toBe(400);
    expect(partner.json().errors).toContainEqual(
      expect.objectContaining({ path: 'partnerId', code: 'validation.notAPartner' }),
    );
    expect((await patch(admin, module.id, { version: 0 })).statusCode).toBe(400);
    expect((await patch(worker, module.id, { name: 'X', version: 2 })).statusCode).toBe(403);
    expect((await patch(gentAdmin, module.id, { name: 'X', version: 2 })).statusCode).toBe(404);
  });
});

describe('POST /modules/{id}/sessions and PATCH /module-sessions/{id}', () => {
  it('plans a session and moves it, with events naming no person', async () => {
    const module = await makeModule(t, admin, { name: 'Atelier santé' });
    const session = await makeSession(
      t,
      admin,
      module.id,
      '2026-12-02T13:30:00+01:00',
      '2026-12-02T15:30:00+01:00',
      'Maison de quartier',
    );
    expect(session).toMatchObject({
      moduleId: module.id,
      startsAt: '2026-12-02T12:30:00.000Z',
      endsAt: '2026-12-02T14:30:00.000Z',
      place: 'Maison de quartier',
      started: false,
      recorded: 0,
      version: 1,
    });
    const moved = await t.call(admin, {
      method: 'PATCH',
      url: `/api/v1/module-sessions/${session.id}`,
      payload: { startsAt: '2026-12-03T13:30:00+01:00', endsAt: '2026-12-03T15:30:00+01:00', version: 1 },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json<Session>()).toMatchObject({ startsAt: '2026-12-03T12:30:00.000Z', version: 2 });
    expect(await centreEvents(session.id)).toEqual([
      {
        type: 'module.sessionPlanned',
        person_id: null,
        payload: { moduleId: module.id, startsAt: '2026-12-02T12:30:00.000Z' },
      },
      {
        type: 'module.sessionChanged',
        person_id: null,
        payload: { moduleId: module.id, fields: ['startsAt', 'endsAt'] },
      },
    ]);
    const stale = await t.call(admin, {
      method: 'PATCH',
      url: `/api/v1/module-sessions/${session.id}`,
      payload: { place: 'Ailleurs', version: 1 },
    });
    expect(stale.statusCode).toBe(409);
  });

  it.each([
    [
      'an end before the start',
      { endsAt: '2026-12-02T09:00:00+01:00' },
      'endsAt',
      'validation.sessionEndBeforeStart',
    ],
    [
      'an end equal to the start',
      { endsAt: '2026-12-02T10:00:00+01:00' },
      'endsAt',
      'validation.sessionEndBeforeStart',
    ],
    ['a time without offset', { startsAt: '2026-12-02T10:00:00' }, 'startsAt', 'validation.invalidDateTime'],
    ['a date alone', { startsAt: '2026-12-02' }, 'startsAt', 'validation.invalidDateTime'],
    ['no end', { endsAt: undefined }, 'endsAt', 'validation.required'],
  ])('refuses a session with %s (400), writing nothing', async (_name, change, path, code) => {
    const module = await makeModule(t, admin, { name: 'Atelier sport' });
    const before = await count(t, 'module_sessions');
    const response = await t.call(admin, {
      method: 'POST',
      url: `/api/v1/modules/${module.id}/sessions`,
      payload: { startsAt: '2026-12-02T10:00:00+01:00', endsAt: '2026-12-02T12:00:00+01:00', ...change },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect(await count(t, 'module_sessions')).toBe(before);
  });

  it('refuses a session of a deactivated module (409), of another centre (404), to a worker (403)', async () => {
    const module = await makeModule(t, admin, { name: 'Atelier fermé' });
    await patch(admin, module.id, { active: false, version: 1 });
    const body = { startsAt: '2026-12-02T10:00:00+01:00', endsAt: '2026-12-02T12:00:00+01:00' };
    const url = `/api/v1/modules/${module.id}/sessions`;
    const inactive = await t.call(admin, { method: 'POST', url, payload: body });
    expect(inactive.statusCode).toBe(409);
    expect(inactive.json()).toMatchObject({ rule: 'module.inactive' });
    expect((await t.call(gentAdmin, { method: 'POST', url, payload: body })).statusCode).toBe(404);
    expect((await t.call(worker, { method: 'POST', url, payload: body })).statusCode).toBe(403);
  });

  it('fixes the times once attendance is recorded, but not the place; refuses a merged end before start', async () => {
    const module = await makeModule(t, admin, { name: 'Atelier couture' });
    const session = await makeSession(
      t,
      admin,
      module.id,
      '2026-11-20T09:00:00+01:00',
      '2026-11-20T11:00:00+01:00',
    );
    const url = `/api/v1/module-sessions/${session.id}`;
    const backwards = await t.call(admin, {
      method: 'PATCH',
      url,
      payload: { endsAt: '2026-11-20T08:00:00+01:00', version: 1 },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toContainEqual(
      expect.objectContaining({ path: 'endsAt', code: 'validation.sessionEndBeforeStart' }),
    );
    const { trajectoryId } = await makePlan(t, worker, 'Rose', 'Couturière');
    const enrolment = await t.call(worker, {
      method: 'POST',
      url: `/api/v1/trajectories/${trajectoryId}/modules`,
      payload: { moduleId: module.id, enrolledOn: '2026-11-18' },
    });
    await t.call(worker, {
      method: 'PUT',
      url: `${url}/attendance`,
      payload: { items: [{ enrolmentId: enrolment.json().id, status: 'present' }] },
    });
    const move = await t.call(admin, {
      method: 'PATCH',
      url,
      payload: { startsAt: '2026-11-20T10:00:00+01:00', version: 1 },
    });
    expect(move.statusCode).toBe(409);
    expect(move.json()).toMatchObject({ rule: 'session.attendanceRecorded' });
    const place = await t.call(admin, { method: 'PATCH', url, payload: { place: 'Atelier B', version: 1 } });
    expect(place.statusCode).toBe(200);
    expect(place.json<Session>()).toMatchObject({ place: 'Atelier B', recorded: 1, version: 2 });
    expect((await t.call(gentAdmin, { method: 'PATCH', url, payload: { version: 2 } })).statusCode).toBe(404);
    expect((await t.call(worker, { method: 'PATCH', url, payload: { version: 2 } })).statusCode).toBe(403);
  });
});
