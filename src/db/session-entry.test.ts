/**
 * A request enters its one transaction through its session (migration 0004 passerelle_enter,
 * src/db/tenancy.ts inSession): one statement finds the live session, marks it seen, and names the
 * user and centre, and nothing else may do it for them. Deferred statements (the audit rows) are
 * written with the commit, or not at all.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/database.ts';
import { ownerRows } from '../../test/owner.ts';
import { hashSessionId } from '../features/auth/service.ts';
import { type Database, queryRows } from './connect.ts';
import { pgErrorCode } from './errors.ts';
import { deferUntilCommit, inSession, inTenant } from './tenancy.ts';

let database: Database;
let namur: string;
let worker: string;
let lead: string;
const NOW = new Date('2026-11-23T10:00:00Z');
const IDLE_MS = 30 * 60_000;
const engine = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';

beforeAll(async () => {
  database = await testDatabase();
  const users = await ownerRows<{ id: string; email: string; centre_id: string }>(
    database,
    sql`select id, email, centre_id from users`,
  );
  const byEmail = (email: string) => users.find((u) => u.email === email) as (typeof users)[number];
  worker = byEmail('worker@namur.demo').id;
  lead = byEmail('lead@namur.demo').id;
  namur = byEmail('worker@namur.demo').centre_id;
});
afterAll(() => database.close());

/** A session of `userId`, last seen `seenAgoMs` before NOW, ending `endsInMs` after it. */
async function session(userId: string, seenAgoMs = 0, endsInMs = 86_400_000) {
  const idHash = hashSessionId(randomBytes(32).toString('base64url'));
  await ownerRows(
    database,
    sql`insert into sessions (id_hash, user_id, centre_id, created_at, last_seen_at, expires_at)
        select ${idHash}, id, centre_id, ${new Date(NOW.getTime() - seenAgoMs)}, ${new Date(NOW.getTime() - seenAgoMs)}, ${new Date(NOW.getTime() + endsInMs)}
        from users where id = ${userId} returning id_hash`,
  );
  return idHash;
}

/** Milliseconds since the epoch, whatever the driver makes of a timestamp. */
const lastSeen = async (idHash: string) =>
  (
    await ownerRows<{ ms: number }>(
      database,
      sql`select extract(epoch from last_seen_at)::float8 * 1000 as ms from sessions where id_hash = ${idHash}`,
    )
  )[0]?.ms;

/** What the transaction was entered as: the account, the settings and the role in force. */
function enter(idHash: string, readOnly = false) {
  return inSession(
    database,
    { idHash, now: NOW, idleMs: IDLE_MS },
    async (tx, account) => {
      const [state] = await queryRows<{ role: string; centre: string; user: string; sync: string }>(
        tx,
        sql`select current_user as role, current_setting('app.centre_id', true) as centre,
                   current_setting('app.user_id', true) as user, current_setting('synchronous_commit') as sync`,
      );
      const persons = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from persons`);
      return { account, state, visiblePersons: persons[0]?.n };
    },
    { readOnly },
  );
}

describe(`entering a request's transaction through its session (${engine})`, () => {
  it('names the user and the centre, under the restricted role, in one statement', async () => {
    const idHash = await session(worker);
    const entered = await enter(idHash, true);
    expect(entered.account).toEqual({
      userId: worker,
      centreId: namur,
      role: 'worker',
      locale: 'fr',
      email: 'worker@namur.demo',
      displayName: expect.any(String),
    });
    expect(entered.state).toEqual({ role: 'passerelle_app', centre: namur, user: worker, sync: 'off' });
    const [namurPersons] = await ownerRows<{ n: number }>(
      database,
      sql`select count(*)::int as n from persons where centre_id = ${namur}`,
    );
    expect(entered.visiblePersons).toBe(namurPersons?.n);
  });

  it('keeps writes synchronous', async () => {
    const entered = await enter(await session(worker), false);
    expect(entered.state?.sync).toBe('on');
  });

  it.each([
    ['unknown', async () => hashSessionId('never-issued')],
    ['expired', async () => session(worker, 0, -1)],
    ['idle too long', async () => session(worker, IDLE_MS + 1)],
  ])('an %s session enters as nobody: no account, no centre, no row', async (_, make) => {
    const entered = await enter(await make());
    expect(entered.account).toBeNull();
    expect(entered.state).toEqual({ role: 'passerelle_app', centre: '', user: '', sync: 'on' });
    expect(entered.visiblePersons).toBe(0);
  });

  it('marks the session seen at most once a minute', async () => {
    const recent = await session(worker, 59_000);
    const before = await lastSeen(recent);
    await enter(recent);
    expect(await lastSeen(recent)).toBe(before);
    const older = await session(worker, 61_000);
    await enter(older);
    expect(await lastSeen(older)).toBe(NOW.getTime());
  });

  it('ends only the session of the user the transaction was entered as', async () => {
    const mine = await session(worker);
    const someoneElses = await session(lead);
    await inSession(database, { idHash: mine, now: NOW, idleMs: IDLE_MS }, async (tx) => {
      await tx.execute(sql`select passerelle_end_session(${someoneElses})`);
      await tx.execute(sql`select passerelle_end_session(${mine})`);
    });
    expect(await lastSeen(mine)).toBeUndefined();
    expect(await lastSeen(someoneElses)).toBeDefined();
  });

  it('gives the request role no other way to sessions, nor the functions to anyone else', async () => {
    const refusal = await inTenant(database.db, { centreId: namur, userId: worker }, (tx) =>
      tx.execute(sql`select count(*) from sessions`),
    ).then(
      () => 'no error',
      (error) => pgErrorCode(error),
    );
    expect(refusal).toBe('42501');
    const grants = await ownerRows<{ name: string; public: boolean }>(
      database,
      sql`select p.proname as name, has_function_privilege('public', p.oid, 'execute') as public
          from pg_proc p where p.proname in ('passerelle_enter', 'passerelle_end_session', 'person_name_words_sync')
          order by 1`,
    );
    expect(grants).toEqual([
      { name: 'passerelle_end_session', public: false },
      { name: 'passerelle_enter', public: false },
      { name: 'person_name_words_sync', public: false },
    ]);
  });
});

describe(`statements deferred until the commit (${engine})`, () => {
  const auditCount = async (requestId: string) =>
    (
      await ownerRows<{ n: number }>(
        database,
        sql`select count(*)::int as n from audit_events where request_id = ${requestId}`,
      )
    )[0]?.n;

  const auditInsert = (requestId: string, details: string) =>
    sql`insert into audit_events (centre_id, at, actor_user_id, action, request_id, details)
        values (${namur}, ${NOW}, ${worker}, 'person.list', ${requestId}, ${details}::jsonb)`;

  it('are written with the commit, values of any text intact', async () => {
    const requestId = `defer-${randomBytes(4).toString('hex')}`;
    // Quotes, a backslash, a dollar sign and a placeholder-looking text survive as data.
    const details = JSON.stringify({ text: `O'Brien \\ $1 '; drop table persons; --` });
    const idHash = await session(worker);
    await inSession(database, { idHash, now: NOW, idleMs: IDLE_MS }, async (tx) => {
      expect(deferUntilCommit(tx, auditInsert(requestId, details))).toBe(true);
      // Not yet: it travels with the commit.
      const [pending] = await queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from audit_events where request_id = ${requestId}`,
      );
      expect(pending?.n).toBe(0);
    });
    const rows = await ownerRows<{ details: unknown }>(
      database,
      sql`select details from audit_events where request_id = ${requestId}`,
    );
    expect(rows).toEqual([{ details: JSON.parse(details) }]);
  });

  it('are never written when the use case fails', async () => {
    const requestId = `defer-${randomBytes(4).toString('hex')}`;
    const idHash = await session(worker);
    await expect(
      inSession(database, { idHash, now: NOW, idleMs: IDLE_MS }, async (tx) => {
        deferUntilCommit(tx, auditInsert(requestId, '{}'));
        throw new Error('the use case refused');
      }),
    ).rejects.toThrow('the use case refused');
    expect(await auditCount(requestId)).toBe(0);
  });

  it('take the whole transaction down when one of them fails', async () => {
    const requestId = `defer-${randomBytes(4).toString('hex')}`;
    const idHash = await session(worker);
    await expect(
      inSession(database, { idHash, now: NOW, idleMs: IDLE_MS }, async (tx) => {
        deferUntilCommit(tx, auditInsert(requestId, '{}'));
        deferUntilCommit(tx, auditInsert(`${requestId}-bad`, 'not json'));
      }),
    ).rejects.toThrow();
    expect(await auditCount(requestId)).toBe(0);
  });

  it('are run at once in a transaction not opened through a session', async () => {
    const requestId = `defer-${randomBytes(4).toString('hex')}`;
    await inTenant(database.db, { centreId: namur, userId: worker }, async (tx) => {
      expect(deferUntilCommit(tx, auditInsert(requestId, '{}'))).toBe(false);
    });
    expect(await auditCount(requestId)).toBe(0);
  });
});
