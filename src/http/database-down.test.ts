/**
 * When the database goes away (restart, failover, a killed backend) the server stays up, answers
 * 503 problem+json instead of 500 or a crash, and serves again as soon as the database is back.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORIGIN, type TestApp } from '../../test/app.ts';
import { TEST_START } from '../../test/database-names.ts';
import { manualClock } from '../clock.ts';
import { readConfig } from '../config.ts';
import { connect, queryRows } from '../db/connect.ts';
import { buildApp } from './app.ts';

describe('with the database unreachable', () => {
  // Port 1 on this machine: nothing listens, every connection is refused at once.
  const database = connect({ url: 'postgres://postgres@127.0.0.1:1/passerelle', poolSize: 2 });
  const app = database.then((db) =>
    buildApp({ database: db, clock: manualClock(TEST_START), config: readConfig({ LOG_LEVEL: 'silent' }) }),
  );
  afterAll(async () => {
    await (await app).close();
    await (await database).close();
  });

  it.each([
    ['GET', '/api/v1/me', undefined],
    ['GET', '/api/v1/persons', undefined],
    ['POST', '/api/v1/session', { email: 'worker@namur.demo', password: 'passerelle-demo' }],
  ] as const)('%s %s answers 503 problem+json, in the caller language', async (method, url, payload) => {
    const response = await (await app).inject({
      method,
      url,
      payload,
      headers: { cookie: 'passerelle_session=whatever', origin: ORIGIN, 'accept-language': 'nl' },
    });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.json()).toMatchObject({
      type: '/api/v1/problems/unavailable',
      detail:
        'De databank is op dit moment niet bereikbaar. Er werd niets gewijzigd; probeer het zo meteen opnieuw.',
    });
  });

  it('is not ready, but alive', async () => {
    expect((await (await app).inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503);
    expect((await (await app).inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});

const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)('when a connection breaks in the middle of a request (PostgreSQL)', () => {
  let t: TestApp;
  let worker: string;
  let admin: pg.Client;
  beforeAll(async () => {
    t = await createTestApp();
    worker = await t.login('worker@namur.demo', { address: '10.12.0.1' });
    const [{ name } = { name: '' }] = await queryRows<{ name: string }>(
      t.database.db,
      sql`select current_database() as name`,
    );
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await t.close();
  });

  it('answers 503, keeps the process alive, and recovers', async () => {
    // Hold the table so the request is surely in flight on its connection when it is killed.
    await admin.query('begin');
    await admin.query('lock table persons in access exclusive mode');
    const inFlight = t.call(worker, { method: 'GET', url: '/api/v1/persons' });
    await sleep(300);
    const killed = await admin.query(
      `select count(*)::int as n from (select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid()) k`,
    );
    expect(killed.rows[0].n).toBeGreaterThanOrEqual(1);
    await admin.query('rollback');
    const response = await inFlight;
    expect(response.statusCode).toBe(503);
    expect(response.json().type).toBe('/api/v1/problems/unavailable');
    const again = await t.call(worker, { method: 'GET', url: '/api/v1/persons', query: { limit: '5' } });
    expect(again.statusCode).toBe(200);
    expect(again.json().items.length).toBe(5);
  });
});
