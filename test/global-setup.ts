/**
 * Migrates and seeds one template database per run; every test file clones it (DESIGN.md §3):
 * PGlite by loading a dump of the template, PostgreSQL with CREATE DATABASE … TEMPLATE.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { manualClock } from '../src/clock.ts';
import { connect } from '../src/db/connect.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { databaseUrl, TEST_START } from './database-names.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    engine: 'pglite' | 'postgres';
    pgliteDump: string;
    postgresTemplate: string;
    postgresPrefix: string;
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const clock = manualClock(TEST_START);
  if (!serverUrl) {
    const database = await connect({ memory: true });
    await database.migrate();
    await seedDemo(database.db, clock);
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-test-'));
    const dump = join(dir, 'template.tar');
    const tarball = await database.dumpDataDir?.();
    if (!tarball) throw new Error('the embedded database cannot dump its data directory');
    writeFileSync(dump, Buffer.from(await tarball.arrayBuffer()));
    await database.close();
    project.provide('engine', 'pglite');
    project.provide('pgliteDump', dump);
    return () => rmSync(dir, { recursive: true, force: true });
  }

  const prefix = `passerelle_t${Date.now().toString(36)}_`;
  const template = `${prefix}template`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${template}`);
  const database = await connect({ url: databaseUrl(serverUrl, template), poolSize: 2 });
  await database.migrate();
  await seedDemo(database.db, clock);
  await database.close();
  project.provide('engine', 'postgres');
  project.provide('postgresTemplate', template);
  project.provide('postgresPrefix', prefix);
  return async () => {
    const { rows } = await admin.query<{ datname: string }>(
      'select datname from pg_database where datname like $1',
      [`${prefix}%`],
    );
    for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`);
    await admin.end();
  };
}
