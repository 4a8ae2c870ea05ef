/**
 * npm run bench:data -- --scale ci|centre|national [--url postgres://…] [--replace] [--seed N] [--today YYYY-MM-DD]
 *
 * Generates the benchmark dataset straight into PostgreSQL: migrates the database with the app's
 * own migrations (real schema, roles, row-level security, triggers), writes centres and accounts,
 * then the people's files with COPY on two connections (each in one transaction, its references
 * checked before the commit), sets the sequences past the numbers written, then VACUUM ANALYZE.
 * The database named in the URL is created when it does not exist; one that already holds centres
 * is refused, unless --replace is given and every account in it is a generated one (then it is
 * dropped and made again). A failed run leaves no centre behind.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { connect } from '../src/db/connect.ts';
import { calendarDate, isIsoDate } from '../src/domain/dates.ts';
import { hashPassword } from '../src/features/auth/service.ts';
import {
  BENCH_EMAIL_DOMAIN,
  BENCH_PASSWORD,
  BENCH_TODAY,
  type CentrePlan,
  centreFiles,
  centreUsers,
  DEFAULT_SEED,
  type FileOptions,
  federalUser,
  type PersonFile,
  planCentres,
  SCALES,
  type Scale,
  usersCreatedAt,
} from './dataset.ts';
import { AUDIT_EVENTS, CENTRES, CopyBuffer, EVENTS, FILE_TABLES, type Table, USERS } from './rows.ts';

const USAGE = `Usage: npm run bench:data -- --scale ci|centre|national [options]

  --scale     ci (3 centres, 1,250 people), centre (10,000 people + a small centre),
              national (600 centres, 250,000 people, ~10,000 users)
  --url       postgres://user@host:5432/database (default: BENCH_DATABASE_URL, then DATABASE_URL);
              the database is created when missing; the user must be a superuser (COPY into
              tables with forced row-level security)
  --replace   drop and recreate the database first; refused when it holds an account that is not
              a generated one (…@….${BENCH_EMAIL_DOMAIN})
  --seed      another dataset of the same shape (default ${DEFAULT_SEED})
  --today     the day the dataset is generated on (default ${BENCH_TODAY}): nothing happens after it

Every generated account has the password '${BENCH_PASSWORD}': w1@c0001.${BENCH_EMAIL_DOMAIN} (worker),
lead1@c0001.${BENCH_EMAIL_DOMAIN}, admin@c0001.${BENCH_EMAIL_DOMAIN}, federal@spp.${BENCH_EMAIL_DOMAIN}.`;

interface Options {
  scale: Scale;
  url: string;
  replace: boolean;
  seed: number;
  today: string;
}

function parseOptions(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string' },
      url: { type: 'string' },
      replace: { type: 'boolean', default: false },
      seed: { type: 'string' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return null;
  const scale = values.scale as Scale | undefined;
  if (!scale || !SCALES.includes(scale)) throw new Error(`--scale must be one of ${SCALES.join(', ')}`);
  const url = values.url ?? process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error('--url (or BENCH_DATABASE_URL / DATABASE_URL) is required');
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error('--seed must be a whole number');
  const today = values.today ?? BENCH_TODAY;
  if (!isIsoDate(today)) throw new Error('--today must be a date YYYY-MM-DD');
  if (today > calendarDate(new Date()))
    throw new Error(`--today ${today} is in the future: pass an earlier day`);
  return { scale, url, replace: values.replace ?? false, seed, today };
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'passerelle-bench-data' });
  client.on('error', () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Makes sure the database exists and holds no data (or only generated data, with --replace). */
async function prepareDatabase(url: string, replace: boolean): Promise<string> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name) throw new Error('the URL must name a database');
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const exists = await withClient(maintenance.href, async (c) => {
    const result = await c.query('select 1 from pg_database where datname = $1', [name]);
    return result.rowCount === 1;
  });
  if (exists) {
    const content = await withClient(url, async (c) => {
      const tables = await c.query(
        "select to_regclass('public.centres') is not null as centres, to_regclass('public.users') is not null as users",
      );
      const has = tables.rows[0] as { centres: boolean; users: boolean };
      const centres = has.centres ? Number((await c.query('select count(*) from centres')).rows[0].count) : 0;
      const others = has.users
        ? Number(
            (await c.query('select count(*) from users where email not like $1', [`%.${BENCH_EMAIL_DOMAIN}`]))
              .rows[0].count,
          )
        : 0;
      return { centres, others };
    });
    if (replace) {
      if (content.others > 0) {
        throw new Error(
          `${name} holds ${content.others} account(s) that this generator did not make: not dropping it`,
        );
      }
      await withClient(maintenance.href, async (c) => {
        await c.query(`drop database ${quoteIdent(name)} with (force)`);
      });
    } else if (content.centres > 0) {
      throw new Error(
        `${name} already holds ${content.centres} centre(s): give --replace or another database`,
      );
    } else return name;
  }
  await withClient(maintenance.href, async (c) => {
    await c.query(`create database ${quoteIdent(name)}`);
  });
  return name;
}

/** The rows of a table in COPY text format. */
function copyText<T>(table: Table<T>, items: Iterable<T>): Buffer[] {
  const buffer = new CopyBuffer();
  let serial = 0;
  const next = () => ++serial;
  for (const item of items) for (const row of table.rows(item, next)) buffer.push(row);
  return buffer.finish();
}

/** Writes COPY text into a table. */
async function copyInto(client: pg.Client, table: Table<never>, text: readonly Buffer[]): Promise<void> {
  if (text.length === 0) return;
  const sql = `copy ${table.name} (${table.columns.join(', ')}) from stdin`;
  await pipeline(Readable.from(text), client.query(copyFrom(sql)));
}

/** The people of several centres, as COPY text for each table of their files. */
interface Batch {
  people: number;
  buffers: CopyBuffer[];
}

const newBatch = (): Batch => ({ people: 0, buffers: FILE_TABLES.map(() => new CopyBuffer()) });

/**
 * Every centre's files, cut into batches of about `size` people. Rows are made one person at a
 * time and kept only as COPY text, and the event loop gets a turn every hundred people, so the
 * writers keep PostgreSQL busy while the next batch is made.
 */
async function* batches(
  centres: readonly CentrePlan[],
  workersOf: (centre: CentrePlan) => string[],
  options: FileOptions,
  size: number,
): AsyncGenerator<Batch> {
  const serials = FILE_TABLES.map(() => {
    let n = 0;
    return () => ++n;
  });
  let batch = newBatch();
  for (const centre of centres) {
    for (const file of centreFiles(centre, workersOf(centre), options)) {
      for (let t = 0; t < FILE_TABLES.length; t++) {
        const table = FILE_TABLES[t] as Table<PersonFile>;
        const buffer = batch.buffers[t] as CopyBuffer;
        for (const row of table.rows(file, serials[t] as () => number)) buffer.push(row);
      }
      batch.people++;
      if (batch.people % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
      if (batch.people >= size) {
        yield batch;
        batch = newBatch();
      }
    }
  }
  if (batch.people > 0) yield batch;
}

/**
 * A connection writing as the owner in a transaction of its own. Superusers skip the foreign-key
 * triggers while writing (session_replication_role = replica): verifyReferences then checks every
 * reference over whole tables before the commit, at a fraction of the cost of a check per row.
 */
async function openWriter(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: 'passerelle-bench-data' });
  client.on('error', () => {});
  await client.connect();
  await client.query('begin');
  // The connecting owner, whatever role the connection was given: forced row-level security
  // refuses COPY to anyone but a superuser or a BYPASSRLS role.
  await client.query('set local role none');
  const role = await client.query('select rolsuper, rolbypassrls from pg_roles where rolname = current_user');
  const { rolsuper, rolbypassrls } = (role.rows[0] ?? {}) as { rolsuper?: boolean; rolbypassrls?: boolean };
  if (!rolsuper && !rolbypassrls) {
    await client.end();
    throw new Error(
      'connect as a superuser (or a BYPASSRLS role): COPY cannot write tables with forced row-level security',
    );
  }
  await client.query('set local synchronous_commit = off');
  if (rolsuper) await client.query('set local session_replication_role = replica');
  return client;
}

/** Every foreign key of the schema, as the catalogue has it (later migrations included). */
const FOREIGN_KEYS = `
  select c.conname::text as name, c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
    array(select a.attname::text from unnest(c.conkey) with ordinality k(attnum, i)
          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.i) as child_columns,
    array(select a.attname::text from unnest(c.confkey) with ordinality k(attnum, i)
          join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum order by k.i) as parent_columns
  from pg_constraint c join pg_namespace n on n.oid = c.connamespace
  where c.contype = 'f' and n.nspname = 'public'
  order by 1`;

/** Throws when a row visible to this transaction points at nothing (MATCH SIMPLE: a null is not checked). */
async function verifyReferences(client: pg.Client): Promise<void> {
  const keys = await client.query(FOREIGN_KEYS);
  for (const key of keys.rows as {
    name: string;
    child: string;
    parent: string;
    child_columns: string[];
    parent_columns: string[];
  }[]) {
    const present = key.child_columns.map((c) => `c.${quoteIdent(c)} is not null`).join(' and ');
    const match = key.child_columns
      .map((c, i) => `p.${quoteIdent(key.parent_columns[i] as string)} = c.${quoteIdent(c)}`)
      .join(' and ');
    const broken = await client.query(
      `select count(*)::int as n from ${key.child} c where ${present} and not exists (select 1 from ${key.parent} p where ${match})`,
    );
    const n = (broken.rows[0] as { n: number }).n;
    if (n > 0) throw new Error(`${n} row(s) of ${key.child} break ${key.name}: a bug in bench/`);
  }
}

/** Sets a table's sequence past the numbers given in its rows. */
async function advanceSequence(client: pg.Client, table: Table<never>, column: string): Promise<void> {
  if (!table.sequence) return;
  await client.query(
    `select setval('${table.sequence}', coalesce((select max(${column}) from ${table.name}), 0) + 1, false)`,
  );
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const thousands = (n: number) => n.toLocaleString('en-GB');

/** Connections writing at once: PostgreSQL gets both cores of a small machine. */
const WRITERS = 2;
const BATCH_PEOPLE = 2_000;

async function main() {
  let options: Options | null;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (!options) {
    console.log(USAGE);
    return;
  }
  const { scale, url, seed, today } = options;
  const started = performance.now();

  const name = await prepareDatabase(url, options.replace);
  const database = await connect({ url });
  try {
    await database.migrate();
  } finally {
    await database.close();
  }
  const migrated = performance.now();

  const centres = planCentres(scale, seed);
  const usersOf = new Map(centres.map((c) => [c.id, centreUsers(seed, c)]));
  const users = [federalUser(seed), ...[...usersOf.values()].flat()];
  const totalPeople = centres.reduce((sum, c) => sum + c.people, 0);
  console.log(
    `bench:data ${scale} into ${name}: ${thousands(centres.length)} centres, ${thousands(totalPeople)} people, ${thousands(users.length)} users (seed ${seed}, today ${today})`,
  );

  // Centres and accounts first, committed: every writer's files point at them.
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const createdAt = usersCreatedAt(today);
  const accounts = await openWriter(url);
  try {
    await copyInto(
      accounts,
      CENTRES as Table<never>,
      copyText(
        CENTRES,
        centres.map((c) => ({ ...c, createdAt })),
      ),
    );
    await copyInto(
      accounts,
      USERS as Table<never>,
      copyText(
        USERS,
        users.map((u) => ({ ...u, passwordHash, createdAt })),
      ),
    );
    await accounts.query('commit');
  } finally {
    await accounts.end();
  }

  const counts: Record<string, number> = { centres: centres.length, users: users.length };
  let written = 0;
  const writers: pg.Client[] = [];
  const busy: Promise<void>[] = [];
  try {
    for (let i = 0; i < WRITERS; i++) {
      writers.push(await openWriter(url));
      busy.push(Promise.resolve());
    }
    let failure: unknown = null;
    let done = 0;
    let reported = 0;
    let next = 0;
    const workersOf = (centre: CentrePlan) =>
      (usersOf.get(centre.id) ?? []).filter((u) => u.role === 'worker').map((u) => u.id);
    for await (const batch of batches(centres, workersOf, { seed, today }, BATCH_PEOPLE)) {
      const lane = next++ % writers.length;
      await busy[lane];
      if (failure) throw failure;
      const writer = writers[lane] as pg.Client;
      const texts = batch.buffers.map((buffer) => buffer.finish());
      busy[lane] = (async () => {
        for (let t = 0; t < FILE_TABLES.length; t++) {
          await copyInto(writer, FILE_TABLES[t] as Table<never>, texts[t] as Buffer[]);
        }
      })().catch((error) => {
        failure ??= error;
      });
      FILE_TABLES.forEach((table, t) => {
        counts[table.name] = (counts[table.name] ?? 0) + (batch.buffers[t] as CopyBuffer).rows;
      });
      done += batch.people;
      if (done - reported >= totalPeople / 10 && done < totalPeople) {
        reported = done;
        console.log(
          `  ${thousands(done)} / ${thousands(totalPeople)} people (${seconds(performance.now() - migrated)} s)`,
        );
      }
    }
    await Promise.all(busy);
    if (failure) throw failure;
    // The name search's words, as the trigger of migration 0004 writes them (triggers are off
    // while writing): each writer sees only its own uncommitted people, so no word is written twice.
    const words = await Promise.all(
      writers.map((writer) =>
        writer.query(
          `insert into person_name_words (centre_id, person_id, word, search_name)
           select distinct p.centre_id, p.id, w, p.search_name
           from persons p, regexp_split_to_table(p.search_name, ' ') as w where w <> ''`,
        ),
      ),
    );
    counts.person_name_words = words.reduce((sum, result) => sum + (result.rowCount ?? 0), 0);
    written = performance.now();
    // Each writer sees its own files and the committed accounts: together, every row.
    await Promise.all(writers.map((writer) => verifyReferences(writer)));
    for (const writer of writers) await writer.query('commit');
  } catch (error) {
    await Promise.allSettled(busy);
    for (const writer of writers) await writer.query('rollback').catch(() => {});
    await withClient(url, async (c) => {
      await c.query('delete from users where id = any($1::uuid[])', [users.map((u) => u.id)]);
      await c.query('delete from centres where id = any($1::uuid[])', [centres.map((c) => c.id)]);
    }).catch(() => {});
    throw error;
  } finally {
    for (const writer of writers) await writer.end().catch(() => {});
  }
  const loaded = performance.now();

  await withClient(url, async (c) => {
    await advanceSequence(c, EVENTS as Table<never>, 'position');
    await advanceSequence(c, AUDIT_EVENTS as Table<never>, 'id');
    // The visibility map and hint bits a settled database has, and the planner's statistics.
    await c.query('vacuum (analyze)');
  });
  const analysed = performance.now();

  const rows = Object.entries(counts)
    .map(([table, n]) => `  ${table.padEnd(16)} ${thousands(n).padStart(11)}`)
    .join('\n');
  console.log(`${rows}
  migrate ${seconds(migrated - started)} s, write ${seconds(written - migrated)} s, check references ${seconds(loaded - written)} s, vacuum analyze ${seconds(analysed - loaded)} s: ${seconds(analysed - started)} s in all
  log in as w1@c0001.${BENCH_EMAIL_DOMAIN} / ${BENCH_PASSWORD}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
