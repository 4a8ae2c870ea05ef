/**
 * npm run bench:explain -- --url postgres://owner@127.0.0.1:5432/bench_centre [--centre c0001]
 *
 * The hot queries of the read paths, built by the app's own query functions, explained with
 * EXPLAIN (ANALYZE, BUFFERS) as they run in a request: under the restricted role, with the centre
 * set, in a transaction that is rolled back. Then the median time of each, over 200 runs on
 * varied inputs (as the load benchmark chooses them), for comparing scales. Prints Markdown.
 */
import { parseArgs } from 'node:util';
import { type SQL, sql } from 'drizzle-orm';
import { connect, queryRows } from '../src/db/connect.ts';
import { inTenant, type TenantTx } from '../src/db/tenancy.ts';
import { foldForSearch } from '../src/domain/text.ts';
import { selectPersonEvents } from '../src/features/events/queries.ts';
import { selectMeasurements } from '../src/features/measurements/queries.ts';
import { personQuery, searchPersons } from '../src/features/persons/queries.ts';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    centre: { type: 'string', default: 'c0001' },
    runs: { type: 'string', default: '200' },
  },
});
if (!args.url) {
  console.error(
    'npm run bench:explain -- --url postgres://owner@127.0.0.1:5432/db [--centre c0001] [--runs 200]',
  );
  process.exit(2);
}
const runs = Number(args.runs);

const database = await connect({ url: args.url, poolSize: 2 });
/** The owner's view, to choose inputs: the sample is not part of what is measured. */
async function owner<T>(query: SQL): Promise<T[]> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`set local role none`);
    return queryRows<T>(tx, query);
  });
}

const [centre] = await owner<{ id: string; name: string; people: number }>(
  sql`select c.id, c.name, (select count(*)::int from persons p where p.centre_id = c.id) as people
      from centres c join users u on u.centre_id = c.id
      where u.email like ${`%@${args.centre}.bench`} or u.email like ${`%@${args.centre}.demo`} limit 1`,
);
if (!centre) throw new Error(`no centre with accounts @${args.centre}.bench`);
const people = await owner<{ id: string; search_name: string; national_number: string | null }>(
  sql`select id, search_name, national_number from persons where centre_id = ${centre.id} order by id limit 500`,
);
const pick = <T>(list: T[], i: number) => list[(i * 7919) % list.length] as T;
const fragments = people
  .map((p) => (p.search_name.split(' ')[0] ?? '').slice(0, 4))
  .filter((f) => f.length >= 3);
const prefixes = people.flatMap((p) => (p.national_number ? [p.national_number.slice(0, 6)] : []));

type Build = (tx: TenantTx, i: number) => SQL;
const QUERIES: Record<string, Build> = {
  'people list (first page)': (tx) =>
    searchPersons(tx, {
      centreId: centre.id,
      nameWords: [],
      nationalNumberPrefix: null,
      after: null,
      limit: 51,
    }) as unknown as SQL,
  'name search': (tx, i) =>
    searchPersons(tx, {
      centreId: centre.id,
      nameWords: foldForSearch(pick(fragments, i)).split(' ').filter(Boolean),
      nationalNumberPrefix: null,
      after: null,
      limit: 51,
    }) as unknown as SQL,
  'number search': (tx, i) =>
    searchPersons(tx, {
      centreId: centre.id,
      nameWords: [],
      nationalNumberPrefix: pick(prefixes, i),
      after: null,
      limit: 51,
    }) as unknown as SQL,
  person: (tx, i) => personQuery(tx, centre.id, pick(people, i).id) as unknown as SQL,
  'progress (measurements)': (tx, i) =>
    selectMeasurements(tx, centre.id, pick(people, i).id, {
      instrumentKey: 'participation-ladder',
    }) as unknown as SQL,
  'timeline (events)': (tx, i) => selectPersonEvents(tx, centre.id, pick(people, i).id) as unknown as SQL,
};

const asRequest = <T>(work: (tx: TenantTx) => Promise<T>) =>
  inTenant(database.db, { centreId: centre.id, userId: null }, async (tx) => {
    const result = await work(tx);
    // Nothing explained (ANALYZE runs the statement) may stay.
    throw Object.assign(new Error('rollback'), { result });
  }).catch((error: { message: string; result?: T }) => {
    if (error.message !== 'rollback') throw error;
    return error.result as T;
  });

const lines = [
  `### Hot queries under the restricted role: ${centre.name} (${centre.people} people)`,
  '',
  `Median of ${runs} runs on varied inputs, planning + execution, from EXPLAIN ANALYZE (server time, no round trip):`,
  '',
  '| query | median ms | p95 ms |',
  '| --- | ---: | ---: |',
];
const plans: string[] = [];
for (const [name, build] of Object.entries(QUERIES)) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [row] = await asRequest((tx) =>
      queryRows<{ 'QUERY PLAN': unknown }>(tx, sql`explain (analyze, format json) ${build(tx, i)}`),
    );
    const plan = row?.['QUERY PLAN'];
    const [first] = (typeof plan === 'string' ? JSON.parse(plan) : plan) as [
      { 'Planning Time': number; 'Execution Time': number },
    ];
    times.push(first['Planning Time'] + first['Execution Time']);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) =>
    (times[Math.min(times.length - 1, Math.floor(p * times.length))] as number).toFixed(3);
  lines.push(`| ${name} | ${at(0.5)} | ${at(0.95)} |`);
  const text = await asRequest((tx) =>
    queryRows<{ 'QUERY PLAN': string }>(tx, sql`explain (analyze, buffers) ${build(tx, 1)}`),
  );
  plans.push(`#### ${name}`, '', '```', ...text.map((r) => r['QUERY PLAN']), '```', '');
}
console.log([...lines, '', ...plans].join('\n').replaceAll(centre.id, '<centre>'));
await database.close();
