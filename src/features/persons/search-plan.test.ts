/**
 * Under row-level security a LIKE is not leakproof, so the planner may not use it to search an
 * index: every row of the centre would be read and filtered. The searches use leakproof pattern
 * ranges instead; this reads the plan of the very query the service builds, as the request role,
 * and fails when the search term is no longer an index condition.
 */
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/database.ts';
import { ownerRows } from '../../../test/owner.ts';
import { type Database, queryRows } from '../../db/connect.ts';
import { inTenant } from '../../db/tenancy.ts';
import { findSameNameAndBirthDate, type PersonSearch, searchPersons } from './queries.ts';

let database: Database;
let centreId: string;
const engine = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';

beforeAll(async () => {
  database = await testDatabase();
  const [centre] = await ownerRows<{ id: string }>(
    database,
    sql`select id from centres where name = 'CPAS de Namur-Démo'`,
  );
  centreId = centre?.id as string;
  // A centre of a few thousand people, so the planner chooses as it would in a real one (the demo
  // centre is small enough for any scan to win); their words come from the trigger.
  await ownerRows(
    database,
    sql`insert into persons (centre_id, first_name, last_name, birth_date, sex, language, national_number, search_name)
        select ${centreId}, 'Prenom' || i, 'Nom' || i, date '1980-01-01' + i, 'X', 'fr',
               lpad((70000000000 + i * 7919)::text, 11, '0'), 'nom' || i || ' prenom' || i
        from generate_series(1, 3000) as i`,
  );
  await ownerRows(database, sql`analyze persons`);
  await ownerRows(database, sql`analyze person_name_words`);
});
afterAll(() => database.close());

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/** The plan of a search, as the request role of the centre. */
async function planOf(search: Omit<PersonSearch, 'centreId' | 'after' | 'limit'>): Promise<PlanNode[]> {
  return planOfQuery((tx) => searchPersons(tx, { ...search, centreId, after: null, limit: 51 }));
}

async function planOfQuery(build: (tx: Parameters<Parameters<typeof inTenant>[2]>[0]) => unknown) {
  return inTenant(database.db, { centreId, userId: null }, async (tx) => {
    const query = build(tx) as SQL;
    const [row] = await queryRows<{ 'QUERY PLAN': unknown }>(tx, sql`explain (format json) ${query}`);
    const plan = row?.['QUERY PLAN'];
    const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as [{ Plan: PlanNode }];
    return nodesOf(parsed[0].Plan);
  });
}

describe(`the searches use an index on the search term under row-level security (${engine})`, () => {
  it('by name: a prefix range on the words of names', async () => {
    const nodes = await planOf({ nameWords: ['dup', 'mar'], nationalNumberPrefix: null });
    // The longest word is looked up by its range; each other word by its range too, or checked per
    // candidate by person (the planner's choice). No scan reads the centre's rows to filter them.
    const wordScans = nodes.filter((n) => n['Relation Name'] === 'person_name_words');
    expect(wordScans.length).toBeGreaterThanOrEqual(2);
    for (const scan of wordScans) {
      expect(scan['Node Type']).toMatch(/^Index (Only )?Scan$/);
      expect(scan['Index Cond']).toMatch(/word ~>=~ '\w+'::text\) AND \(word ~<~ '\w+'::text|person_id = /);
    }
    expect(wordScans.map((n) => n['Index Cond'])).toContainEqual(
      expect.stringContaining("(word ~>=~ 'dup'::text) AND (word ~<~ 'duq'::text)"),
    );
    expect(nodes.filter((n) => n['Node Type'] === 'Seq Scan')).toEqual([]);
  });

  it('by national number: a prefix range on the pattern index', async () => {
    const nodes = await planOf({ nameWords: [], nationalNumberPrefix: '850730' });
    const scans = nodes.filter((n) => n['Index Name'] === 'persons_centre_national_number_prefix_idx');
    expect(scans).toHaveLength(1);
    expect(nodes.filter((n) => n['Node Type'] === 'Seq Scan')).toEqual([]);
    expect(scans[0]?.['Index Cond']).toMatch(/national_number ~>=~ .*national_number ~<~ /);
  });

  it('by birth date: an equality on the birth-date index, which also gives the name order', async () => {
    const nodes = await planOf({ nameWords: [], nationalNumberPrefix: null, birthDate: '1985-06-01' });
    const scans = nodes.filter((n) => n['Index Name'] === 'persons_centre_birth_date_idx');
    expect(scans).toHaveLength(1);
    expect(scans[0]?.['Index Cond']).toMatch(/birth_date = '1985-06-01'::date/);
    expect(nodes.filter((n) => n['Node Type'] === 'Seq Scan' || n['Node Type'] === 'Sort')).toEqual([]);
  });

  it('the possible duplicates: name and birth date on the birth-date index', async () => {
    const nodes = await planOfQuery((tx) =>
      findSameNameAndBirthDate(tx, { centreId, searchName: 'nom1000 prenom1000', birthDate: '1982-09-27' }),
    );
    const scans = nodes.filter((n) => n['Index Name'] === 'persons_centre_birth_date_idx');
    expect(scans).toHaveLength(1);
    expect(scans[0]?.['Index Cond']).toMatch(/birth_date = '1982-09-27'::date\) AND \(search_name = /);
    expect(nodes.filter((n) => n['Node Type'] === 'Seq Scan')).toEqual([]);
  });
});
