/** A fresh, migrated, demo-seeded database for one test file, on the engine of this run. */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { connect, type Database } from '../src/db/connect.ts';
import { databaseUrl } from './database-names.ts';

export async function testDatabase(): Promise<Database> {
  if (inject('engine') === 'pglite') {
    const dump = readFileSync(inject('pgliteDump'));
    return connect({ memory: true, loadDataDir: new Blob([dump]) });
  }
  const serverUrl = process.env.TEST_DATABASE_URL as string;
  const name = `${inject('postgresPrefix')}${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
  } finally {
    await admin.end();
  }
  const database = await connect({ url: databaseUrl(serverUrl, name), poolSize: 5 });
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
