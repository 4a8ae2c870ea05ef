import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import type { Service } from './schemas.ts';

let t: TestApp;
let worker: string;
let lead: string;
let admin: string;
let gentAdmin: string;
let gentWorker: string;
let federal: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('worker@namur.demo', { address: '10.31.0.1' });
  lead = await t.login('lead@namur.demo', { address: '10.31.0.2' });
  admin = await t.login('admin@namur.demo', { address: '10.31.0.3' });
  gentAdmin = await t.login('admin@gent.demo', { address: '10.31.0.4' });
  gentWorker = await t.login('worker@gent.demo', { address: '10.31.0.5' });
  federal = await t.login('federal@spp.demo', { address: '10.31.0.6' });
  for (const session of [admin, gentAdmin]) {
    const staff = await t.call(session, {
      method: 'GET',
      url: '/api/v1/workers',
      query: { include: 'staff' },
    });
    for (const user of staff.json<{ items: { id: string; displayName: string }[] }>().items) {
      ids[user.displayName] = user.id;
    }
  }
});
afterAll(() => t.close());

const id = (name: string) => {
  const found = ids[name];
  if (!found) throw new Error(`no user ${name}`);
  return found;
};
const create = (body: object, session = admin) =>
  t.call(session, { method: 'POST', url: '/api/v1/services', payload: body });
const patch = (serviceId: string, body: object, session = admin) =>
  t.call(session, { method: 'PATCH', url: `/api/v1/services/${serviceId}`, payload: body });
const setMembers = (serviceId: string, body: object, session = admin) =>
  t.call(session, { method: 'PUT', url: `/api/v1/services/${serviceId}/members`, payload: body });
const list = (session: string, query: Record<string, string> = {}) =>
  t.call(session, { method: 'GET', url: '/api/v1/services', query });
const made = async (body: object) => {
  const response = await create(body);
  expect(response.statusCode).toBe(201);
  return response.json<Service>();
};
const count = async (table: 'services' | 'service_members' | 'events' | 'audit_events') =>
  (
    await ownerRows<{ n: number }>(t.database, sql`select count(*)::int as n from ${sql.identifier(table)}`)
  )[0]?.n;
const traces = (subjectId: string) =>
  ownerRows<{ type: string; payload: unknown; personId: string | null }>(
    t.database,
    sql`select type, payload, person_id as "personId" from events where subject_id = ${subjectId} order by subject_seq`,
  );
const audits = (subjectId: string) =>
  ownerRows<{ action: string; details: unknown }>(
    t.database,
    sql`select action, details from audit_events where subject_id = ${subjectId} order by id`,
  );

describe('POST /services', () => {
  it('adds an internal service, active, without members, with its event and audit row', async () => {
    const response = await create({
      kind: 'internal',
      name: '  Service Alpha d’insertion  ',
      description: 'Accompagnement vers la formation et l’emploi',
      contact: '081 00 00 01',
    });
    expect(response.statusCode).toBe(201);
    const service = response.json<Service>();
    expect(service).toEqual({
      id: service.id,
      kind: 'internal',
      name: 'Service Alpha d’insertion',
      description: 'Accompagnement vers la formation et l’emploi',
      contact: '081 00 00 01',
      active: true,
      members: [],
      version: 1,
      createdAt: '2026-11-23T09:00:00.000Z',
      updatedAt: '2026-11-23T09:00:00.000Z',
    });
    expect(await traces(service.id)).toEqual([
      { type: 'service.created', payload: { kind: 'internal' }, personId: null },
    ]);
    expect(await audits(service.id)).toEqual([{ action: 'service.create', details: { kind: 'internal' } }]);
  });

  it('adds a partner with nothing but a name', async () => {
    const service = await made({ kind: 'partner', name: 'Partenaire Bêta' });
    expect(service).toMatchObject({ kind: 'partner', description: null, contact: null, members: [] });
  });

  it.each([
    ['no name', { kind: 'partner', name: '   ' }, 'name', 'validation.required'],
    ['a name too long', { kind: 'partner', name: 'x'.repeat(201) }, 'name', 'validation.tooLong'],
    ['an unknown kind', { kind: 'external', name: 'Gamma' }, 'kind', 'validation.invalidEnum'],
    ['no kind', { name: 'Gamma' }, 'kind', 'validation.required'],
    ['an unknown field', { kind: 'partner', name: 'Gamma', members: [] }, '', 'validation.unknownField'],
    [
      'a name already used, accents and case aside',
      { kind: 'internal', name: 'SERVICE ALPHA D’INSERTION' },
      'name',
      'errors.serviceNameTaken',
    ],
    [
      'a partner’s name for a service',
      { kind: 'internal', name: 'partenaire beta' },
      'name',
      'errors.serviceNameTaken',
    ],
  ])('refuses %s with the field named, and writes nothing', async (_name, body, path, code) => {
    const before = [await count('services'), await count('events')];
    const response = await create(body);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect([await count('services'), await count('events')]).toEqual(before);
  });

  it('is for administrators: 401 without a session, 403 to a worker, a lead and the federal role', async () => {
    const body = { kind: 'partner', name: 'Delta' };
    expect((await create(body, null as unknown as string)).statusCode).toBe(401);
    for (const session of [worker, lead, federal]) expect((await create(body, session)).statusCode).toBe(403);
  });
});

describe('GET /services', () => {
  let internal: Service;
  let partner: Service;
  let stopped: Service;
  beforeAll(async () => {
    internal = await made({ kind: 'internal', name: 'Listes — service interne' });
    partner = await made({ kind: 'partner', name: 'Listes — partenaire' });
    stopped = await made({ kind: 'partner', name: 'Listes — partenaire arrêté' });
    await patch(stopped.id, { active: false, version: 1 });
    await setMembers(internal.id, { userIds: [id('Nadia Benali')], version: 1 });
  });

  const names = (response: { json: <T>() => T }) =>
    response
      .json<{ items: Service[] }>()
      .items.filter((s) => s.name.startsWith('Listes'))
      .map((s) => [s.kind, s.name, s.active, s.members.map((m) => m.displayName)]);

  it('lists the active services to every role of the centre, internal first, with members', async () => {
    for (const session of [worker, lead, admin]) {
      const response = await list(session);
      expect(response.statusCode).toBe(200);
      expect(names(response)).toEqual([
        ['internal', 'Listes — service interne', true, ['Nadia Benali']],
        ['partner', 'Listes — partenaire', true, []],
      ]);
    }
    const one = (await list(worker)).json<{ items: Service[] }>().items.find((s) => s.id === internal.id);
    expect(one?.members).toEqual([
      { userId: id('Nadia Benali'), displayName: 'Nadia Benali', role: 'worker' },
    ]);
  });

  it('filters by kind', async () => {
    expect(names(await list(worker, { kind: 'partner' }))).toEqual([
      ['partner', 'Listes — partenaire', true, []],
    ]);
    expect(names(await list(worker, { kind: 'internal' }))).toEqual([
      ['internal', 'Listes — service interne', true, ['Nadia Benali']],
    ]);
  });

  it('shows the deactivated ones to an administrator who asks', async () => {
    expect(names(await list(admin, { include: 'inactive' }))).toEqual([
      ['internal', 'Listes — service interne', true, ['Nadia Benali']],
      ['partner', 'Listes — partenaire', true, []],
      ['partner', 'Listes — partenaire arrêté', false, []],
    ]);
    expect(partner.active).toBe(true);
  });

  it('refuses the deactivated ones to workers and leads (403), a bad filter (400), the federal role (403)', async () => {
    expect((await list(worker, { include: 'inactive' })).statusCode).toBe(403);
    expect((await list(lead, { include: 'inactive' })).statusCode).toBe(403);
    const bad = await list(worker, { kind: 'friend' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toContainEqual(
      expect.objectContaining({ path: 'kind', code: 'validation.invalidEnum' }),
    );
    expect((await list(federal)).statusCode).toBe(403);
    expect((await list(null as unknown as string)).statusCode).toBe(401);
  });

  it('never shows another centre’s services', async () => {
    expect(names(await list(gentWorker))).toEqual([]);
    expect(names(await list(gentAdmin, { include: 'inactive' }))).toEqual([]);
  });
});

describe('PATCH /services/{id}', () => {
  it('changes the fields sent, from the version read, with the fields in the event', async () => {
    const service = await made({ kind: 'partner', name: 'Epsilon', contact: 'avant' });
    t.clock.advance(60_000);
    const response = await patch(service.id, {
      name: 'Epsilon asbl',
      contact: 'info@epsilon.example',
      version: 1,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<Service>()).toMatchObject({
      name: 'Epsilon asbl',
      contact: 'info@epsilon.example',
      description: null,
      active: true,
      version: 2,
      updatedAt: '2026-11-23T09:01:00.000Z',
    });
    expect(await traces(service.id)).toEqual([
      { type: 'service.created', payload: { kind: 'partner' }, personId: null },
      { type: 'service.changed', payload: { fields: ['name', 'contact'], active: true }, personId: null },
    ]);
    expect((await audits(service.id)).at(-1)).toEqual({
      action: 'service.update',
      details: { fields: ['name', 'contact'], version: 2 },
    });
  });

  it('deactivates and reactivates a service, never deleting it; saving the same values makes no version', async () => {
    const service = await made({ kind: 'partner', name: 'Zêta' });
    const off = await patch(service.id, { active: false, version: 1 });
    expect(off.json<Service>()).toMatchObject({ active: false, version: 2 });
    const same = await patch(service.id, { active: false, name: 'Zêta', version: 2 });
    expect(same.statusCode).toBe(200);
    expect(same.json<Service>().version).toBe(2);
    const on = await patch(service.id, { active: true, version: 2 });
    expect(on.json<Service>()).toMatchObject({ active: true, version: 3 });
    expect((await traces(service.id)).map((e) => e.payload)).toEqual([
      { kind: 'partner' },
      { fields: ['active'], active: false },
      { fields: ['active'], active: true },
    ]);
  });

  it('clears a description with null; keeps a name once renamed to its own name in other letters', async () => {
    const service = await made({ kind: 'partner', name: 'Êta', description: 'quelque chose' });
    const cleared = await patch(service.id, { description: null, name: 'ÊTA', version: 1 });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json<Service>()).toMatchObject({ description: null, name: 'ÊTA', version: 2 });
  });

  it.each([
    ['a stale version', { name: 'Thêta 2', version: 1 }, 409, '', 'errors.staleVersion'],
    ['an empty name', { name: ' ', version: 2 }, 400, 'name', 'validation.required'],
    [
      'a name another service has',
      { name: 'Epsilon ASBL', version: 2 },
      400,
      'name',
      'errors.serviceNameTaken',
    ],
    ['a change of kind', { kind: 'internal', version: 2 }, 400, '', 'validation.unknownField'],
    ['no version', { name: 'Thêta 3' }, 400, 'version', 'validation.required'],
  ])('refuses %s and changes nothing', async (name, body, status, path, code) => {
    const service = await made({ kind: 'partner', name: `Thêta ${name}` });
    await patch(service.id, { contact: 'x', version: 1 });
    const response = await patch(service.id, body);
    expect(response.statusCode).toBe(status);
    if (status === 409) expect(response.json()).toMatchObject({ currentVersion: 2 });
    else expect(response.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    const row = (await list(admin, { include: 'inactive' }))
      .json<{ items: Service[] }>()
      .items.find((s) => s.id === service.id);
    expect(row).toMatchObject({ name: `Thêta ${name}`, version: 2 });
  });

  it('answers 404 for an unknown service and one of another centre, 403 to workers and leads', async () => {
    const service = await made({ kind: 'partner', name: 'Iota' });
    expect(
      (await patch('00000000-0000-4000-8000-000000000000', { active: false, version: 1 })).statusCode,
    ).toBe(404);
    const foreign = await patch(service.id, { active: false, version: 1 }, gentAdmin);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().detail).toBe('Deze dienst bestaat niet in uw OCMW.');
    for (const session of [worker, lead]) {
      expect((await patch(service.id, { active: false, version: 1 }, session)).statusCode).toBe(403);
    }
  });
});

describe('PUT /services/{id}/members', () => {
  it('sets the whole list of members, in one new version, with who came and went in the event', async () => {
    const service = await made({ kind: 'internal', name: 'Kappa — insertion' });
    const first = await setMembers(service.id, {
      userIds: [id('Nadia Benali'), id('Martine Lejeune'), id('Nadia Benali')],
      version: 1,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json<Service>()).toMatchObject({
      version: 2,
      members: [
        { userId: id('Martine Lejeune'), displayName: 'Martine Lejeune', role: 'lead' },
        { userId: id('Nadia Benali'), displayName: 'Nadia Benali', role: 'worker' },
      ],
    });
    const second = await setMembers(service.id, {
      userIds: [id('Julien Masson'), id('Nadia Benali')],
      version: 2,
    });
    expect(second.json<Service>()).toMatchObject({
      version: 3,
      members: [{ displayName: 'Julien Masson' }, { displayName: 'Nadia Benali' }],
    });
    const same = await setMembers(service.id, {
      userIds: [id('Nadia Benali'), id('Julien Masson')],
      version: 3,
    });
    expect(same.json<Service>().version).toBe(3);
    const events = await traces(service.id);
    expect(events.slice(1)).toEqual([
      {
        type: 'service.membersChanged',
        payload: { added: [id('Martine Lejeune'), id('Nadia Benali')].sort(), removed: [] },
        personId: null,
      },
      {
        type: 'service.membersChanged',
        payload: { added: [id('Julien Masson')], removed: [id('Martine Lejeune')] },
        personId: null,
      },
    ]);
    const emptied = await setMembers(service.id, { userIds: [], version: 3 });
    expect(emptied.json<Service>()).toMatchObject({ version: 4, members: [] });
  });

  it.each([
    ['an administrator', () => [id('Olivier Collard')], 'errors.memberNotFollower'],
    ['a user of another centre', () => [id('Nadia Benali'), id('Jonas Wouters')], 'errors.memberUnknown'],
    ['nobody at all', () => ['00000000-0000-4000-8000-000000000000'], 'errors.memberUnknown'],
  ])('refuses %s as a member, naming the entry, and changes nothing', async (_name, userIds, code) => {
    const service = await made({ kind: 'internal', name: `Lambda ${_name}` });
    const before = await count('service_members');
    const ids = userIds();
    const response = await setMembers(service.id, { userIds: ids, version: 1 });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ path: `userIds.${ids.length - 1}`, code }),
    ]);
    expect(await count('service_members')).toBe(before);
  });

  it('refuses members for a partner (409), a stale version (409), a bad id (400)', async () => {
    const partner = await made({ kind: 'partner', name: 'Mu partenaire' });
    const refused = await setMembers(partner.id, { userIds: [id('Nadia Benali')], version: 1 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ rule: 'service.partnerHasNoMembers' });
    const internal = await made({ kind: 'internal', name: 'Mu interne' });
    expect((await setMembers(internal.id, { userIds: [], version: 2 })).statusCode).toBe(409);
    const bad = await setMembers(internal.id, { userIds: ['someone'], version: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toContainEqual(
      expect.objectContaining({ path: 'userIds.0', code: 'validation.invalidUuid' }),
    );
  });

  it('answers 404 for another centre’s service, 403 to workers and leads, 401 without a session', async () => {
    const service = await made({ kind: 'internal', name: 'Nu interne' });
    expect((await setMembers(service.id, { userIds: [], version: 1 }, gentAdmin)).statusCode).toBe(404);
    for (const session of [worker, lead, federal]) {
      expect((await setMembers(service.id, { userIds: [], version: 1 }, session)).statusCode).toBe(403);
    }
    expect(
      (await setMembers(service.id, { userIds: [], version: 1 }, null as unknown as string)).statusCode,
    ).toBe(401);
  });
});
