/**
 * Who follows whom: each file has a responsible worker (whoever registered it unless chosen), a
 * worker's list opens on their own people, and a lead gives files to another worker in one step,
 * each change versioned, audited and on the person's timeline.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import type { Person } from './schemas.ts';

type Who = 'worker' | 'lead' | 'admin' | 'gent';
const LOGINS: Record<Who, string> = {
  worker: 'worker@namur.demo',
  lead: 'lead@namur.demo',
  admin: 'admin@namur.demo',
  gent: 'worker@gent.demo',
};

let t: TestApp;
const sessions = {} as Record<Who, string>;
const userIds = {} as Record<Who, string>;
let namur: string;

beforeAll(async () => {
  t = await createTestApp();
  for (const [index, [who, email]] of Object.entries(LOGINS).entries()) {
    sessions[who as Who] = await t.login(email, { address: `10.21.0.${index + 1}` });
    const me = (await t.call(sessions[who as Who], { method: 'GET', url: '/api/v1/me' })).json();
    userIds[who as Who] = me.user.id;
    if (who === 'worker') namur = me.centre.id;
  }
});
afterAll(() => t.close());

const call = (who: Who, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.call(sessions[who], { method, url, ...(payload ? { payload } : {}) });

let serial = 0;
async function register(who: Who, extra: Record<string, unknown> = {}) {
  const response = await call(who, 'POST', '/api/v1/persons', {
    firstName: 'Ysaline',
    lastName: `Followed${String.fromCharCode(97 + (serial++ % 26))}`,
    birthDate: '1990-02-03',
    sex: 'F',
    language: 'fr',
    ...extra,
  });
  return response;
}

/** The owner's view: who follows each of the centre's files. */
const followedBy = async (userId: string | null) =>
  (
    await ownerRows<{ id: string }>(
      t.database,
      userId === null
        ? sql`select id from persons where centre_id = ${namur} and responsible_user_id is null order by search_name, id`
        : sql`select id from persons where centre_id = ${namur} and responsible_user_id = ${userId} order by search_name, id`,
    )
  ).map((r) => r.id);

/** A uuid[] literal: drizzle spreads a JS array into one parameter per element. */
const pgArray = (ids: string[]) => `{${ids.join(',')}}`;

const listed = async (who: Who, query: string) => {
  const response = await call(who, 'GET', `/api/v1/persons?limit=200&${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: Person[] }>().items.map((p) => p.id);
};

describe('the responsible worker of a file', () => {
  it('is whoever registers the person, a chosen worker or lead, or nobody', async () => {
    const byWorker = (await register('worker')).json<Person>();
    expect(byWorker.responsibleUserId).toBe(userIds.worker);
    // An administrator follows no files: what they register waits to be given out.
    const byAdmin = (await register('admin')).json<Person>();
    expect(byAdmin.responsibleUserId).toBeNull();
    const chosen = (await register('admin', { responsibleUserId: userIds.lead })).json<Person>();
    expect(chosen.responsibleUserId).toBe(userIds.lead);
    const nobody = (await register('worker', { responsibleUserId: null })).json<Person>();
    expect(nobody.responsibleUserId).toBeNull();
  });

  it.each([
    ['an administrator', 'admin', 'errors.responsibleNotFollower'],
    ['a worker of another centre', 'gent', 'errors.responsibleUnknown'],
  ] as const)('refuses %s as responsible, and registers no one', async (_, who, code) => {
    const before = (await followedBy(null)).length + (await followedBy(userIds.worker)).length;
    const response = await register('worker', { responsibleUserId: userIds[who] });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { path: 'responsibleUserId', code, message: expect.any(String) },
    ]);
    expect((await followedBy(null)).length + (await followedBy(userIds.worker)).length).toBe(before);
  });

  it("opens a worker's list on their own people, or on nobody's, or on a colleague's", async () => {
    await register('admin', { responsibleUserId: userIds.lead });
    expect(await listed('worker', 'responsible=me')).toEqual(await followedBy(userIds.worker));
    expect(await listed('lead', 'responsible=me')).toEqual(await followedBy(userIds.lead));
    expect(await listed('worker', `responsible=${userIds.lead}`)).toEqual(await followedBy(userIds.lead));
    expect(await listed('worker', 'responsible=none')).toEqual(await followedBy(null));
    expect((await followedBy(userIds.lead)).length).toBeGreaterThan(0);
    const bad = await call('worker', 'GET', '/api/v1/persons?responsible=someone');
    expect(bad.statusCode).toBe(400);
  });

  it('combines with the name search', async () => {
    const mine = (await register('worker', { lastName: 'Qwyzxmine' })).json<Person>();
    const theirs = (
      await register('worker', { lastName: 'Qwyzxtheirs', responsibleUserId: userIds.lead })
    ).json<Person>();
    expect(await listed('worker', 'q=qwyzx')).toEqual([mine.id, theirs.id]);
    expect(await listed('worker', 'q=qwyzx&responsible=me')).toEqual([mine.id]);
    expect(await listed('lead', 'q=qwyzx&responsible=me')).toEqual([theirs.id]);
  });
});

describe('giving files to another worker', () => {
  const versions = async (ids: string[]) =>
    (
      await ownerRows<{ id: string; version: number }>(
        t.database,
        sql`select id, version from persons where id = any(${pgArray(ids)}::uuid[]) order by id`,
      )
    ).map((r): [string, number] => [r.id, r.version]);

  it('moves every file of a worker who leaves, each versioned, audited and on its timeline', async () => {
    const leaving = await followedBy(userIds.worker);
    expect(leaving.length).toBeGreaterThan(0);
    const leadBefore = await followedBy(userIds.lead);
    const nobodyBefore = await followedBy(null);
    const before = new Map(await versions(leaving));

    const response = await call('lead', 'POST', '/api/v1/persons/reassign', {
      fromUserId: userIds.worker,
      toUserId: userIds.lead,
    });
    expect([response.statusCode, response.json()]).toEqual([200, { reassigned: leaving.length }]);

    expect(await listed('worker', 'responsible=me')).toEqual([]);
    expect((await followedBy(userIds.lead)).sort()).toEqual([...leadBefore, ...leaving].sort());
    expect(await followedBy(null)).toEqual(nobodyBefore);
    for (const [id, version] of await versions(leaving)) expect(version).toBe((before.get(id) as number) + 1);

    const [counts] = await ownerRows<{ events: number; audits: number; versions: number }>(
      t.database,
      sql`select
            (select count(*)::int from events where type = 'person.reassigned' and person_id = any(${pgArray(leaving)}::uuid[])
               and payload = ${JSON.stringify({ fromUserId: userIds.worker, toUserId: userIds.lead })}::jsonb) as events,
            (select count(*)::int from audit_events where action = 'person.reassign' and person_id = any(${pgArray(leaving)}::uuid[])
               and actor_user_id = ${userIds.lead}) as audits,
            (select count(*)::int from record_versions r join persons p on p.id = r.entity_id and r.version = p.version
               where r.entity = 'person' and p.id = any(${pgArray(leaving)}::uuid[])
               and r.data->>'responsibleUserId' = ${userIds.lead}) as versions`,
    );
    expect(counts).toEqual({ events: leaving.length, audits: leaving.length, versions: leaving.length });

    const timeline = await call('lead', 'GET', `/api/v1/persons/${leaving[0]}/timeline`);
    expect(timeline.json().items[0]).toMatchObject({ type: 'person.reassigned', kind: 'person' });

    // Given back, so the other tests find the demo as it was.
    const back = await call('lead', 'POST', '/api/v1/persons/reassign', {
      personIds: leaving,
      toUserId: userIds.worker,
    });
    expect(back.json()).toEqual({ reassigned: leaving.length });
  });

  it("is all or nothing: another centre's file is 404 and nothing moves", async () => {
    const mine = (await register('worker')).json<Person>();
    const gents = (await register('gent')).json<Person>();
    const before = await versions([mine.id]);
    const response = await call('lead', 'POST', '/api/v1/persons/reassign', {
      personIds: [mine.id, gents.id],
      toUserId: userIds.lead,
    });
    expect(response.statusCode).toBe(404);
    expect(await versions([mine.id])).toEqual(before);
    expect(await followedBy(userIds.lead)).not.toContain(mine.id);
  });

  it('leaves a file already followed by the new worker as it is', async () => {
    const person = (await register('worker')).json<Person>();
    const response = await call('lead', 'POST', '/api/v1/persons/reassign', {
      personIds: [person.id, person.id],
      toUserId: userIds.worker,
    });
    expect(response.json()).toEqual({ reassigned: 0 });
    expect(await versions([person.id])).toEqual([[person.id, 1]]);
  });

  it.each([
    [
      'an administrator as the new worker',
      { toUserId: 'admin' },
      'toUserId',
      'errors.responsibleNotFollower',
    ],
    ['both files and a worker', { toUserId: 'lead', both: true }, 'personIds', 'validation.personsOrWorker'],
    [
      // Nothing names the files: the rule's own message says the two ways of naming them.
      'neither files nor a worker',
      { toUserId: 'lead', neither: true },
      'personIds',
      'validation.personsOrWorker',
    ],
  ] as const)('refuses %s with 400 and moves nothing', async (_, shape, path, code) => {
    const person = (await register('worker')).json<Person>();
    const body: Record<string, unknown> = { toUserId: userIds[shape.toUserId] };
    if (!('neither' in shape)) body.personIds = [person.id];
    if ('both' in shape) body.fromUserId = userIds.worker;
    const response = await call('lead', 'POST', '/api/v1/persons/reassign', body);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path, code, message: expect.any(String) }]);
    expect(await versions([person.id])).toEqual([[person.id, 1]]);
  });
});

describe('the workers of a centre', () => {
  it('lists the workers and leads with how many files each follows, never an administrator', async () => {
    const response = await call('worker', 'GET', '/api/v1/workers');
    expect(response.statusCode).toBe(200);
    const counts = await ownerRows<{ id: string; files: number }>(
      t.database,
      sql`select u.id, (select count(*)::int from persons p where p.centre_id = u.centre_id and p.responsible_user_id = u.id) as files
          from users u where u.centre_id = ${namur} and u.role in ('worker', 'lead')`,
    );
    const items = response.json().items as { id: string; role: string; files: number }[];
    expect(items.map((w) => [w.id, w.files]).sort()).toEqual(counts.map((c) => [c.id, c.files]).sort());
    expect(items.map((w) => w.id)).not.toContain(userIds.admin);
    expect(items.map((w) => w.role).sort()).toEqual(['lead', 'worker', 'worker', 'worker']);
  });
});
