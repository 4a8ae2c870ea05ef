import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import type { Person } from '../persons/schemas.ts';

let t: TestApp;
let worker: string;
let admin: string;
let gentAdmin: string;
let person: Person;

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('worker@namur.demo', { address: '10.8.0.1' });
  admin = await t.login('admin@namur.demo', { address: '10.8.0.2' });
  gentAdmin = await t.login('admin@gent.demo', { address: '10.8.0.3' });
  person = (
    await t.call(worker, {
      method: 'POST',
      url: '/api/v1/persons',
      payload: { firstName: 'Inès', lastName: 'Benali', birthDate: '1995-03-03', sex: 'F', language: 'fr' },
    })
  ).json();
  await t.call(worker, { method: 'GET', url: `/api/v1/persons/${person.id}` });
  await t.call(worker, {
    method: 'PATCH',
    url: `/api/v1/persons/${person.id}`,
    payload: { version: 1, email: 'ines@example.org' },
  });
  await t.call(worker, { method: 'GET', url: '/api/v1/persons', query: { q: '85.07.30-033.28' } });
});
afterAll(() => t.close());

type Event = {
  action: string;
  personId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  actorName: string | null;
  details: Record<string, unknown>;
};

const audit = async (query: Record<string, string>, session = admin) =>
  (await t.call(session, { method: 'GET', url: '/api/v1/audit', query })).json<{ items: Event[] }>().items;

describe('what the trail records besides reads and changes', () => {
  it('records a refused route (403) with the route, as the user who was refused', async () => {
    expect((await t.call(worker, { method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(403);
    const [denied] = await audit({ action: 'access.denied', limit: '1' });
    expect(denied).toMatchObject({
      actorName: 'Camille Dubois',
      personId: null,
      subjectType: 'route',
      subjectId: 'GET /api/v1/audit',
      details: { status: 403, problem: 'forbidden', params: {} },
    });
  });

  it("records a probe of another centre's person (404) in the prober's own trail", async () => {
    const gentWorker = await t.login('worker@gent.demo', { address: '10.8.1.1' });
    expect(
      (await t.call(gentWorker, { method: 'GET', url: `/api/v1/persons/${person.id}` })).statusCode,
    ).toBe(404);
    const [probe] = await audit({ action: 'access.denied', limit: '1' }, gentAdmin);
    expect(probe).toMatchObject({
      actorName: 'Sofie De Smet',
      personId: person.id,
      subjectId: 'GET /api/v1/persons/:id',
      details: { status: 404, problem: 'not-found', params: { id: person.id } },
    });
    // Namur's trail does not learn of it: the probe belongs to the centre that made it.
    const namurDenied = await audit({ action: 'access.denied', limit: '200' });
    expect(namurDenied.filter((e) => e.actorName === 'Sofie De Smet')).toEqual([]);
  });

  it('keeps ids and keys of a refused URL, never other text typed into it', async () => {
    const federal = await t.login('federal@spp.demo', { address: '10.8.3.1' });
    for (const id of ['85073003328', 'Dupont Marie', 'participation-ladder']) {
      const url = `/api/v1/instruments/${encodeURIComponent(id)}`;
      expect((await t.call(federal, { method: 'GET', url })).statusCode).toBe(403);
    }
    const rows = await ownerRows<{ details: { params: { key: string } } }>(
      t.database,
      sql`select details from audit_events where action = 'access.denied' and centre_id is null order by id`,
    );
    expect(rows.map((r) => r.details.params.key)).toEqual([
      '[not recorded]',
      '[not recorded]',
      'participation-ladder',
    ]);
  });

  it('keeps failed logins, in the centre of the account tried, even after a success', async () => {
    const failed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      remoteAddress: '10.8.2.1',
      headers: { origin: 'http://localhost:80' },
      payload: { email: 'lead@namur.demo', password: 'not-this-one' },
    });
    expect(failed.statusCode).toBe(401);
    await t.login('lead@namur.demo', { address: '10.8.2.1' });
    const [attempt] = await audit({ action: 'session.loginFailed', limit: '1' });
    expect(attempt).toMatchObject({
      actorName: null,
      subjectType: 'user',
      details: { reason: 'password', knownAccount: true },
    });
    expect(JSON.stringify(attempt)).not.toContain('not-this-one');
    const [login] = await audit({ action: 'session.login', limit: '1' });
    expect(login?.actorName).toBe('Martine Lejeune');
  });

  it('records each reading of the trail itself', async () => {
    const other = (
      await t.call(worker, {
        method: 'POST',
        url: '/api/v1/persons',
        payload: { firstName: 'Noé', lastName: 'Renard', birthDate: '1999-09-09', sex: 'X', language: 'fr' },
      })
    ).json<Person>();
    expect((await audit({ personId: other.id })).map((e) => e.action)).toEqual(['person.create']);
    const [read] = await audit({ action: 'audit.read', limit: '1' });
    expect(read).toMatchObject({
      actorName: 'Olivier Collard',
      personId: other.id,
      details: { action: null, returned: 1 },
    });
  });
});

describe('GET /audit', () => {
  it('shows a centre admin who read and changed which person, newest first', async () => {
    const response = await t.call(admin, {
      method: 'GET',
      url: '/api/v1/audit',
      query: { personId: person.id },
    });
    expect(response.statusCode).toBe(200);
    const events = response.json<{ items: Event[] }>().items;
    expect(events.map((e) => e.action)).toEqual(['person.update', 'person.read', 'person.create']);
    expect(events[0]).toMatchObject({ actorName: 'Camille Dubois', details: { fields: ['email'] } });
  });

  it('records searches and logins without the values typed', async () => {
    const response = await t.call(admin, { method: 'GET', url: '/api/v1/audit', query: { limit: '200' } });
    const events = response.json<{ items: Event[] }>().items;
    // Other tests of this file log in too: the two logins made before them must be there.
    expect(events.filter((e) => e.action === 'session.login').map((e) => e.actorName)).toEqual(
      expect.arrayContaining(['Olivier Collard', 'Camille Dubois']),
    );
    const search = events.find((e) => e.action === 'person.list');
    expect(search?.details).toEqual({ searched: true, returned: 0, personIds: [] });
    expect(response.body).not.toContain('85073003328');
    expect(response.body).not.toContain('ines@example.org');
  });

  it('pages with a cursor', async () => {
    const first = (
      await t.call(admin, { method: 'GET', url: '/api/v1/audit', query: { limit: '2' } })
    ).json();
    expect(first.items).toHaveLength(2);
    const second = (
      await t.call(admin, {
        method: 'GET',
        url: '/api/v1/audit',
        query: { limit: '2', cursor: first.nextCursor },
      })
    ).json();
    expect(Number(second.items[0].id)).toBeLessThan(Number(first.items[1].id));
  });

  it('is for centre admins only', async () => {
    expect((await t.call(worker, { method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(403);
    const federal = await t.login('federal@spp.demo', { address: '10.8.0.4' });
    expect((await t.call(federal, { method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(403);
    expect((await t.call(null, { method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(401);
  });

  it("never shows another centre's trail", async () => {
    const response = await t.call(gentAdmin, {
      method: 'GET',
      url: '/api/v1/audit',
      query: { personId: person.id },
    });
    // Only Gent's own probes of that id may name it there (see "records a probe" above).
    const aboutPerson = response.json<{ items: Event[] }>().items;
    expect(aboutPerson.filter((e) => e.action !== 'access.denied')).toEqual([]);
    const all = await t.call(gentAdmin, { method: 'GET', url: '/api/v1/audit', query: { limit: '200' } });
    const gentTrail = all.json<{ items: Event[] }>().items;
    expect(
      gentTrail.filter((e) => e.actorName === 'Camille Dubois' || e.actorName === 'Olivier Collard'),
    ).toEqual([]);
  });
});

describe('GET /audit filters: person, user, action, days', () => {
  it('names the person each event is about', async () => {
    const [read] = await audit({ personId: person.id, action: 'person.read', limit: '1' });
    expect(read).toMatchObject({
      personId: person.id,
      personName: 'Inès Benali',
      actorName: 'Camille Dubois',
    });
  });

  it('keeps only what one user did', async () => {
    const lead = await t.login('lead@namur.demo', { address: '10.8.0.9' });
    await t.call(lead, { method: 'GET', url: `/api/v1/persons/${person.id}` });
    const workers = (
      await t.call(admin, { method: 'GET', url: '/api/v1/workers', query: { include: 'staff' } })
    ).json<{ items: Array<{ id: string; displayName: string; role: string }> }>().items;
    // Staff includes the administrators, whom the followers list leaves out.
    expect(workers.filter((w) => w.role === 'admin').map((w) => w.displayName)).toEqual(['Olivier Collard']);
    const leadId = workers.find((w) => w.displayName === 'Martine Lejeune')?.id as string;
    const items = await audit({ userId: leadId, personId: person.id });
    expect(items.map((e) => [e.action, e.actorName])).toEqual([['person.read', 'Martine Lejeune']]);
  });

  it.each([
    [{ from: '2026-11-25', to: '2026-11-24' }, 'to', 'validation.endBeforeStart'],
    [{ from: '24/11/2026' }, 'from', 'validation.invalidDate'],
    [{ userId: 'someone' }, 'userId', 'validation.invalidUuid'],
  ])('refuses %j with the field named', async (query, path, code) => {
    const response = await t.call(admin, { method: 'GET', url: '/api/v1/audit', query });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path, code })]);
  });

  it('keeps the events of the days asked, counted in Belgian time', async () => {
    const someone = (
      await t.call(worker, {
        method: 'POST',
        url: '/api/v1/persons',
        payload: {
          firstName: 'Noé',
          lastName: 'Lambert',
          birthDate: '1990-01-01',
          sex: 'M',
          language: 'fr',
        },
      })
    ).json<Person>();
    // 23:30 in Brussels on 24 November is 22:30 UTC: it belongs to the 24th, not the 25th.
    t.clock.advance(Date.parse('2026-11-24T22:30:00Z') - t.clock.now().getTime());
    const late = await t.login('worker@namur.demo', { address: '10.8.0.10' });
    await t.call(late, { method: 'GET', url: `/api/v1/persons/${someone.id}` });
    // An hour later, past midnight in Brussels (a new session: the first one went idle).
    t.clock.advance(60 * 60 * 1000);
    const later = await t.login('worker@namur.demo', { address: '10.8.0.10' });
    const lateAdmin = await t.login('admin@namur.demo', { address: '10.8.0.11' });
    await t.call(later, {
      method: 'PATCH',
      url: `/api/v1/persons/${someone.id}`,
      payload: { version: 1, phone: '0470 000000' },
    });
    const actions = async (query: Record<string, string>) => {
      const response = await t.call(lateAdmin, {
        method: 'GET',
        url: '/api/v1/audit',
        query: { personId: someone.id, ...query },
      });
      expect(response.statusCode, response.body).toBe(200);
      // Each reading of the trail about the person is itself in it: left aside here.
      return response
        .json<{ items: Event[] }>()
        .items.map((e) => e.action)
        .filter((action) => action !== 'audit.read');
    };
    expect(await actions({ from: '2026-11-24', to: '2026-11-24' })).toEqual(['person.read']);
    expect(await actions({ from: '2026-11-25' })).toEqual(['person.update']);
    expect(await actions({ to: '2026-11-23' })).toEqual(['person.create']);
    expect(await actions({})).toEqual(['person.update', 'person.read', 'person.create']);
    expect(await actions({ action: 'person.read', to: '2026-11-23' })).toEqual([]);
  });
});
