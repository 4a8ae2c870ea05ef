/**
 * The server the browser journeys run against: a fresh database with the demo data, the built web
 * app, a fixed "today". Embedded PGlite in a temporary folder by default; with TEST_DATABASE_URL, a
 * throwaway database on that PostgreSQL server. Everything is removed on SIGTERM/SIGINT.
 * Builds nothing: the web app must be in dist/web already (npm run build:web).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { systemClock } from '../src/clock.ts';
import { readConfig } from '../src/config.ts';
import { connect, type Database } from '../src/db/connect.ts';
import { buildApp } from '../src/http/app.ts';
import { seedDemo } from '../src/seed/demo.ts';

import { E2E_PORT, E2E_TODAY } from './constants.ts';

async function withAdmin(serverUrl: string, sql: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

// Undone in reverse order of setup: the app, then the database connection, then the database itself.
const cleanups: (() => Promise<unknown>)[] = [];
let stopping = false;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  for (const cleanup of cleanups.reverse()) {
    await cleanup().catch((error: unknown) => console.error('e2e server cleanup:', error));
  }
  process.exit(code);
}

async function openDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL?.trim();
  if (!serverUrl) {
    const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-e2e-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    return connect({ dataDir });
  }
  const name = `passerelle_e2e_${randomBytes(4).toString('hex')}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await withAdmin(serverUrl, `create database ${name}`);
  cleanups.push(() => withAdmin(serverUrl, `drop database if exists ${name} with (force)`));
  return connect({ url: url.toString(), poolSize: 5 });
}

async function main() {
  process.once('SIGINT', () => stop(0));
  process.once('SIGTERM', () => stop(0));

  const database = await openDatabase();
  cleanups.push(() => database.close());
  const clock = systemClock(E2E_TODAY);
  await database.migrate();
  await seedDemo(database.db, clock);

  const config = { ...readConfig(), fixedToday: E2E_TODAY, logLevel: process.env.LOG_LEVEL ?? 'warn' };
  const app = await buildApp({ database, clock, config, serveWeb: true });
  cleanups.push(() => app.close());
  await app.listen({ port: E2E_PORT, host: '127.0.0.1' });
  console.log(`e2e server on http://127.0.0.1:${E2E_PORT} (${database.engine})`);
}

main().catch(async (error: unknown) => {
  console.error(error);
  await stop(1);
});
