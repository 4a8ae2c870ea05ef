/**
 * The database a benchmark measures: PGlite in memory, or a scratch PostgreSQL database named by
 * `url`, created empty and dropped afterwards (never a database someone uses).
 */
import pg from 'pg';
import { connect, type Database } from '../src/db/connect.ts';

async function onServer(serverUrl: string, statement: string) {
  const target = new URL(serverUrl);
  target.pathname = '/postgres';
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function openScratch(
  url: string | undefined,
): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (!url) return { database: await connect({ memory: true }), drop: async () => {} };
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  await onServer(url, `drop database if exists "${name}" with (force)`);
  await onServer(url, `create database "${name}"`);
  return {
    database: await connect({ url, poolSize: 5 }),
    drop: () => onServer(url, `drop database if exists "${name}" with (force)`),
  };
}
