import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
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
  actorName: string | null;
  details: Record<string, unknown>;
};

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
    expect(events.some((e) => e.action === 'session.login')).toBe(true);
    const search = events.find((e) => e.action === 'person.list');
    expect(search?.details).toEqual({ searched: true, returned: 0 });
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
    expect(response.json().items).toEqual([]);
    const all = await t.call(gentAdmin, { method: 'GET', url: '/api/v1/audit', query: { limit: '200' } });
    expect(all.json<{ items: Event[] }>().items.every((e) => e.personId !== person.id)).toBe(true);
  });
});
