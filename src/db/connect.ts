/**
 * One PostgreSQL dialect, two engines: a PostgreSQL server when DATABASE_URL is set,
 * otherwise the embedded PGlite in a data directory (DESIGN.md §1.2).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePg, NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgDialect, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { inlineStatement } from './literals.ts';

/** A connection or a transaction: both run queries the same way. */
// biome-ignore lint/suspicious/noExplicitAny: drizzle's schema generic is unused (no relational queries).
export type Executor = PgDatabase<PgQueryResultHKT, any>;

/** The role every pooled connection runs as (created by the tenancy migration). */
export const APP_ROLE = 'passerelle_app';

export interface Database {
  readonly engine: 'pglite' | 'postgres';
  /**
   * The pool. Its connections run as the restricted role: without a centre (src/db/tenancy.ts)
   * they see no centre's rows.
   */
  readonly db: Executor;
  /**
   * A transaction that carries `opening` with its BEGIN and the statements `work` defers with its
   * COMMIT. On PostgreSQL each of the two is one round trip (the simple query protocol, the
   * values written out as literals by pg's own escaping, src/db/literals.ts); the embedded engine,
   * in process, runs them one by one. A request's fixed cost is then two round trips, not four.
   */
  batchedTransaction<T>(
    opening: SQL,
    work: (
      tx: Executor,
      openingRows: Record<string, unknown>[],
      defer: (statement: SQL) => void,
    ) => Promise<T>,
  ): Promise<T>;
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
    const release = lockDataDir(options.dataDir);
    client = await PGlite.create({ dataDir: options.dataDir });
    const close = client.close.bind(client);
    client.close = async () => {
      await close();
      release();
    };
  } else client = await PGlite.create(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  const db = drizzlePglite(client);
  // PGlite has one connection: its session role is the restricted one, except while migrating.
  const restrict = async () => {
    const role = await client.query(`select 1 from pg_roles where rolname = '${APP_ROLE}'`);
    if (role.rows.length > 0) await client.exec(`set role ${APP_ROLE}`);
  };
  await restrict();
  return {
    engine: 'pglite',
    db,
    batchedTransaction: (opening, work) =>
      db.transaction(async (tx) => {
        const rows = await queryRows<Record<string, unknown>>(tx, opening);
        const deferred: SQL[] = [];
        const result = await work(tx, rows, (statement) => deferred.push(statement));
        for (const statement of deferred) await tx.execute(statement);
        return result;
      }),
    migrate: async () => {
      await client.exec('reset role');
      try {
        await migratePglite(db, { migrationsFolder });
      } finally {
        await restrict();
      }
    },
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => client.close(),
    dumpDataDir: () => client.dumpDataDir('none'),
  };
}

/**
 * The embedded engine has one writer: a second process on the same folder would corrupt it.
 * A lock file holding the owner's pid keeps a second `npm start` out; a lock left by a process
 * that no longer runs is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const lockFile = join(dataDir, 'passerelle.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockFile, 'utf8'));
      if (owner && owner !== process.pid && isRunning(owner)) {
        throw new Error(`${dataDir} is in use by another Passerelle process (pid ${owner}); stop it first.`);
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`cannot lock ${dataDir}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function connectPostgres(url: string, max: number): Database {
  // The restricted role is a startup parameter of every pooled connection: RESET ROLE returns to
  // it, and only an explicit SET ROLE NONE (src/db/tenancy.ts asSystem) leaves it.
  const pool = new pg.Pool({ connectionString: url, max, options: `-c role=${APP_ROLE}` });
  // A client losing its server, idle or in the middle of a request, must not crash the process:
  // the query in flight fails (and the request answers 503), the pool drops the broken client,
  // and the next request connects again.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = drizzlePg(pool);
  return {
    engine: 'postgres',
    db,
    batchedTransaction: (opening, work) => batchedPgTransaction(pool, db, opening, work),
    // Migrations run on a connection of their own, as the connecting (owner) role: before the
    // first migration the restricted role does not even exist.
    migrate: async () => {
      const owner = new pg.Client({ connectionString: url });
      owner.on('error', () => {});
      await owner.connect();
      try {
        await migratePg(drizzlePg(owner), { migrationsFolder });
      } finally {
        await owner.end();
      }
    },
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => pool.end(),
  };
}

async function batchedPgTransaction<T>(
  pool: pg.Pool,
  db: Executor,
  opening: SQL,
  work: (tx: Executor, openingRows: Record<string, unknown>[], defer: (statement: SQL) => void) => Promise<T>,
): Promise<T> {
  // The dialect drizzle built the pool's database with: it renders our statements the same way.
  const dialect = (db as unknown as { dialect: PgDialect }).dialect;
  const client = await pool.connect();
  const tx = new NodePgTransaction(dialect, new NodePgSession(client, dialect, undefined), undefined);
  const deferred: SQL[] = [];
  let broken: Error | undefined;
  try {
    const results = (await client.query(
      `begin; ${inlineStatement(dialect.sqlToQuery(opening))}`,
    )) as unknown as pg.QueryResult[];
    const rows = (results[1]?.rows ?? []) as Record<string, unknown>[];
    const result = await work(tx as unknown as Executor, rows, (statement) => deferred.push(statement));
    const closing = deferred.map((statement) => inlineStatement(dialect.sqlToQuery(statement)));
    await client.query([...closing, 'commit'].join('; '));
    return result;
  } catch (error) {
    await client.query('rollback').catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    // A client that could not even roll back is dropped, not reused.
    client.release(broken);
  }
}

/** Runs raw SQL and returns its rows: both drivers answer `{ rows }`. */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
