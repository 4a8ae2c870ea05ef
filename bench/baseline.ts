/**
 * The bare baseline of the load benchmark (issue 11): the same Fastify, a pg.Pool of the app's size,
 * and the SQL that Passerelle runs to answer the six read requests the benchmark sends (the drizzle
 * queries of src/features/{persons,measurements,events,instruments}/queries.ts written out), with
 * nothing else: no session, no tenancy transaction, no validation, no audit, no logging.
 *
 * The centre comes from the `x-centre-id` header (or `?centre=`). It connects as the owner of the
 * database, outside the restricted role, so row-level security does not apply: the centre filter
 * in each query is the only one. Answers have the app's JSON shape (the benchmark checks they are
 * equal before it measures), so the two servers serialise the same bytes.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/db PORT=18081 npm run bench:baseline
 */
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import pg from 'pg';
import { BUILT_IN_INSTRUMENTS } from '../src/domain/instruments/built-in.ts';
import type { InstrumentDefinition } from '../src/domain/instruments.ts';
import { computeProgress } from '../src/domain/progress.ts';
import { foldForSearch, prefixEnd } from '../src/domain/text.ts';

/** The app's pool size (src/db/connect.ts: poolSize ?? 10). */
const POOL_SIZE = 10;
const BASELINE_APPLICATION_NAME = 'passerelle-bench-baseline';

const DATE_OID = 1082;

/** Dates stay 'YYYY-MM-DD' as drizzle's `date(…, { mode: 'string' })` returns them; the rest as pg parses. */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === DATE_OID
      ? (value: string) => value
      : pg.types.getTypeParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

// The column list drizzle's `select().from(persons)` names, in its order.
const PERSON_COLUMNS = `"id", "centre_id", "first_name", "last_name", "birth_date", "sex", "language", "national_number", "email", "phone", "street", "house_number", "box", "postcode", "municipality", "search_name", "responsible_user_id", "version", "created_at", "created_by", "updated_at", "updated_by"`;

const FIND_PERSON = `select ${PERSON_COLUMNS} from "persons" where ("persons"."centre_id" = $1 and "persons"."id" = $2)`;

const SELECT_MEASUREMENTS = `select "measurements"."id", "measurements"."centre_id", "measurements"."person_id", "measurements"."instrument_key", "measurements"."instrument_version", "measurements"."measured_on", "measurements"."context", "measurements"."scores", "measurements"."version", "measurements"."created_at", "measurements"."created_by", "users"."display_name" from "measurements" left join "users" on "users"."id" = "measurements"."created_by" where ("measurements"."centre_id" = $1 and "measurements"."person_id" = $2 and "measurements"."instrument_key" = $3) order by "measurements"."measured_on" asc, "measurements"."created_at" asc`;

const SELECT_CENTRE_INSTRUMENTS = `select "key", "version", "definition" from "instruments" where ("instruments"."centre_id" = $1 and "instruments"."key" = $2) order by "instruments"."key" asc, "instruments"."version" asc`;

const SELECT_PERSON_EVENTS = `select "events"."id", "events"."type", "events"."subject_type", "events"."subject_id", "events"."occurred_on", "events"."recorded_at", "users"."display_name", "events"."payload" from "events" left join "users" on "users"."id" = "events"."actor_user_id" where ("events"."centre_id" = $1 and "events"."person_id" = $2) order by "events"."occurred_on" desc, "events"."recorded_at" desc, "events"."position" desc`;

/** searchPersons (persons/queries.ts) without a cursor: the statements drizzle builds for each search. */
function searchSql(centreId: string, nameWords: string[], numberPrefix: string | null, limit: number) {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (nameWords.length > 0) {
    const [first = '', ...others] = [...nameWords].sort((a, b) => b.length - a.length);
    const other = others.map(
      (w) =>
        ` and exists (select 1 from "person_name_words" "other_words" where "other_words"."centre_id" = ${param(centreId)} and "other_words"."person_id" = "person_name_words"."person_id" and "other_words"."word" ~>=~ ${param(w)} and "other_words"."word" ~<~ ${param(prefixEnd(w))})`,
    );
    const hits = `select distinct "search_name", "person_id" from "person_name_words" where ("person_name_words"."centre_id" = ${param(centreId)} and "person_name_words"."word" ~>=~ ${param(first)} and "person_name_words"."word" ~<~ ${param(prefixEnd(first))}${other.join('')}) order by "person_name_words"."search_name" asc, "person_name_words"."person_id" asc limit ${param(limit)}`;
    const columns = PERSON_COLUMNS.split(', ')
      .map((c) => `"persons".${c}`)
      .join(', ');
    const text = `select ${columns} from (${hits}) "hits" inner join "persons" on ("persons"."centre_id" = ${param(centreId)} and "persons"."id" = "hits"."person_id") order by "hits"."search_name" asc, "hits"."person_id" asc`;
    return { text, params };
  }
  const centre = `"persons"."centre_id" = ${param(centreId)}`;
  const numberMatch = numberPrefix
    ? `"persons"."national_number" ~>=~ ${param(numberPrefix)} and "persons"."national_number" ~<~ ${param(prefixEnd(numberPrefix))}`
    : null;
  const where = numberMatch ? `where (${centre} and ${numberMatch})` : `where ${centre}`;
  const text = `select ${PERSON_COLUMNS} from "persons" ${where} order by "persons"."search_name" asc, "persons"."id" asc limit ${param(limit)}`;
  return { text, params };
}

interface PersonRow {
  id: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  sex: string;
  language: string;
  national_number: string | null;
  email: string | null;
  phone: string | null;
  street: string | null;
  house_number: string | null;
  box: string | null;
  postcode: string | null;
  municipality: string | null;
  responsible_user_id: string | null;
  search_name: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const toPerson = (row: PersonRow) => ({
  id: row.id,
  firstName: row.first_name,
  lastName: row.last_name,
  birthDate: row.birth_date,
  sex: row.sex,
  language: row.language,
  nationalNumber: row.national_number,
  email: row.email,
  phone: row.phone,
  street: row.street,
  houseNumber: row.house_number,
  box: row.box,
  postcode: row.postcode,
  municipality: row.municipality,
  responsibleUserId: row.responsible_user_id,
  version: row.version,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

const encodeCursor = (values: readonly (string | number)[]) =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

function kindOf(type: string, subjectType: string): string {
  if (type === 'person.registered') return 'registered';
  return subjectType === 'instrument' ? 'person' : subjectType;
}

type Query = Record<string, string | undefined>;

async function startBaseline(options: { url: string; port: number; host: string }) {
  // Named, so the load driver tells its database backends from the app's.
  const pool = new pg.Pool({
    connectionString: options.url,
    max: POOL_SIZE,
    types,
    application_name: BASELINE_APPLICATION_NAME,
  });
  pool.on('error', () => {});
  const app = Fastify({ logger: false });

  const centreOf = (request: FastifyRequest) => {
    const header = request.headers['x-centre-id'];
    return (typeof header === 'string' ? header : undefined) ?? (request.query as Query).centre;
  };
  const noCentre = (reply: FastifyReply) =>
    reply.code(400).send({ error: 'x-centre-id header or ?centre= needed' });
  const notFound = (reply: FastifyReply) => reply.code(404).send({ error: 'not found' });
  const findPerson = async (centreId: string, id: string) =>
    (await pool.query<PersonRow>(FIND_PERSON, [centreId, id])).rows[0];

  app.get('/readyz', async () => {
    await pool.query('select 1');
    return { status: 'ready' };
  });

  // listPersons (persons/service.ts): one query, limit + 1 rows to know whether a next page exists.
  app.get('/api/v1/persons', async (request, reply) => {
    const centreId = centreOf(request);
    if (!centreId) return noCentre(reply);
    const query = request.query as Query;
    const limit = Math.min(Math.max(Number(query.limit ?? 50) || 50, 1), 200);
    const q = query.q?.trim() ?? '';
    const digits = q.replace(/[\s.\-/]/g, '');
    const isNumber = /^\d+$/.test(digits);
    const search = searchSql(
      centreId,
      isNumber ? [] : foldForSearch(q).split(' ').filter(Boolean),
      isNumber ? digits : null,
      limit + 1,
    );
    const rows = (await pool.query<PersonRow>(search.text, search.params)).rows;
    const last = rows.length > limit ? rows[limit - 1] : undefined;
    return {
      items: rows.slice(0, limit).map(toPerson),
      nextCursor: last ? encodeCursor([last.search_name, last.id]) : null,
    };
  });

  // getPerson: one query.
  app.get('/api/v1/persons/:id', async (request, reply) => {
    const centreId = centreOf(request);
    if (!centreId) return noCentre(reply);
    const row = await findPerson(centreId, (request.params as { id: string }).id);
    if (!row) return notFound(reply);
    reply.header('etag', `"${row.version}"`);
    return toPerson(row);
  });

  // getProgress: the person (404 otherwise), the instrument's versions (no query for a built-in
  // one), the measurements; progress computed by the same pure function as the app.
  app.get('/api/v1/persons/:id/progress', async (request, reply) => {
    const centreId = centreOf(request);
    if (!centreId) return noCentre(reply);
    const personId = (request.params as { id: string }).id;
    const instrumentKey = (request.query as Query).instrument ?? '';
    if (!(await findPerson(centreId, personId))) return notFound(reply);
    const builtIn = BUILT_IN_INSTRUMENTS.find((i) => i.key === instrumentKey);
    const definitions = builtIn
      ? new Map<number, InstrumentDefinition>([[builtIn.version, builtIn]])
      : new Map(
          (
            await pool.query<{ version: number; definition: InstrumentDefinition }>(
              SELECT_CENTRE_INSTRUMENTS,
              [centreId, instrumentKey],
            )
          ).rows.map((r) => [r.version, r.definition]),
        );
    if (definitions.size === 0) return reply.code(400).send({ error: 'unknown instrument' });
    const rows = (
      await pool.query<{
        id: string;
        instrument_version: number;
        measured_on: string;
        scores: { domain: string; workerScore: number; personScore: number | null }[];
        created_at: Date;
      }>(SELECT_MEASUREMENTS, [centreId, personId, instrumentKey])
    ).rows;
    const latest = definitions.get(Math.max(...definitions.keys()));
    const progress = computeProgress(
      rows.map((m) => ({
        id: m.id,
        measuredOn: m.measured_on,
        recordedAt: m.created_at.toISOString(),
        instrumentVersion: m.instrument_version,
        scores: m.scores,
      })),
      definitions,
      latest?.domains.map((d) => d.key) ?? [],
    );
    return {
      instrumentKey,
      versions: [...new Set(rows.map((r) => r.instrument_version))].sort((a, b) => a - b),
      measurementCount: rows.length,
      ...progress,
    };
  });

  // getTimeline: the person (404 otherwise), then the person's events, newest first.
  app.get('/api/v1/persons/:id/timeline', async (request, reply) => {
    const centreId = centreOf(request);
    if (!centreId) return noCentre(reply);
    const personId = (request.params as { id: string }).id;
    if (!(await findPerson(centreId, personId))) return notFound(reply);
    const rows = (
      await pool.query<{
        id: string;
        type: string;
        subject_type: string;
        subject_id: string;
        occurred_on: string;
        recorded_at: Date;
        display_name: string | null;
        payload: Record<string, unknown>;
      }>(SELECT_PERSON_EVENTS, [centreId, personId])
    ).rows;
    const withdrawn = new Set(
      rows.filter((row) => row.type.endsWith('.withdrawn')).map((row) => row.subject_id),
    );
    return {
      items: rows.map((row) => ({
        eventId: row.id,
        type: row.type,
        kind: kindOf(row.type, row.subject_type),
        id: row.subject_id,
        date: row.occurred_on,
        at: row.recorded_at.toISOString(),
        by: row.display_name,
        detail: row.payload,
        withdrawn: withdrawn.has(row.subject_id),
      })),
    };
  });

  await app.listen({ port: options.port, host: options.host });
  return {
    app,
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
}

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is needed: the owner of a migrated Passerelle database.');
  process.exit(2);
}
const port = Number(process.env.PORT ?? 8081);
const host = process.env.HOST ?? '127.0.0.1';
const server = await startBaseline({ url, port, host });
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
console.log(
  `Bare baseline on http://${host}:${port} (pool ${POOL_SIZE}; no session, tenancy, validation or audit)`,
);
