/**
 * One PostgreSQL dialect, two engines: a PostgreSQL server when DATABASE_URL is set,
 * otherwise the embedded PGlite in a data directory (DESIGN.md §1.2).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';

/** A connection or a transaction: both run queries the same way. */
// biome-ignore lint/suspicious/noExplicitAny: drizzle's schema generic is unused (no relational queries).
export type Executor = PgDatabase<PgQueryResultHKT, any>;

export interface Database {
  readonly engine: 'pglite' | 'postgres';
  readonly db: Executor;
  migrate(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** The embedded engine's whole data directory as a tarball (backups, test templates). */
  dumpDataDir?(): Promise<Blob>;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export type ConnectOptions =
  | { url: string; poolSize?: number }
  | { dataDir: string }
  | { memory: true; loadDataDir?: Blob }
  | { pglite: PGlite };

export async function connect(options: ConnectOptions): Promise<Database> {
  if ('url' in options) return connectPostgres(options.url, options.poolSize ?? 10);
  let client: PGlite;
  if ('pglite' in options) client = options.pglite;
  else if ('dataDir' in options) {
    mkdirSync(options.dataDir, { recursive: true });
    client = await PGlite.create({ dataDir: options.dataDir });
  } else client = await PGlite.create(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  const db = drizzlePglite(client);
  return {
    engine: 'pglite',
    db,
    migrate: () => migratePglite(db, { migrationsFolder }),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => client.close(),
    dumpDataDir: () => client.dumpDataDir('none'),
  };
}

function connectPostgres(url: string, max: number): Database {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client losing its server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const db = drizzlePg(pool);
  return {
    engine: 'postgres',
    db,
    migrate: () => migratePg(db, { migrationsFolder }),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => pool.end(),
  };
}

/** Runs raw SQL and returns its rows: both drivers answer `{ rows }`. */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
