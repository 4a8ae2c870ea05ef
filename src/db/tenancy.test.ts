/** Row-level security is the second wall: it must hold even for a query with no WHERE clause. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/database.ts';
import { type Database, queryRows } from './connect.ts';
import { inTenant } from './tenancy.ts';

let database: Database;
let namur: string;
let gent: string;

beforeAll(async () => {
  database = await testDatabase();
  const rows = await queryRows<{ id: string; name: string }>(
    database.db,
    sql`select id, name from centres order by name`,
  );
  const byName = Object.fromEntries(rows.map((r) => [r.name, r.id]));
  namur = byName['CPAS de Namur-Démo'] as string;
  gent = byName['OCMW Gent-Demo'] as string;
});
afterAll(() => database.close());

const tenant = (centreId: string | null) => ({ centreId, userId: null });
type Row = { centre_id: string };

describe(`row-level security (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('shows a centre only its own people, with no WHERE clause', async () => {
    const rows = await inTenant(database.db, tenant(gent), (tx) =>
      queryRows<Row>(tx, sql`select centre_id from persons`),
    );
    expect(rows.length).toBe(30);
    expect(rows.every((r) => r.centre_id === gent)).toBe(true);
  });

  it('hides every person when no centre is set', async () => {
    const rows = await inTenant(database.db, tenant(null), (tx) => queryRows(tx, sql`select * from persons`));
    expect(rows).toEqual([]);
  });

  it('hides the history and the audit trail of other centres', async () => {
    const versions = await inTenant(database.db, tenant(gent), (tx) =>
      queryRows<Row>(tx, sql`select centre_id from record_versions`),
    );
    expect(versions.every((r) => r.centre_id === gent)).toBe(true);
    const audit = await inTenant(database.db, tenant(gent), (tx) =>
      queryRows<Row>(tx, sql`select centre_id from audit_events where centre_id = ${namur}`),
    );
    expect(audit).toEqual([]);
  });

  it('refuses to write a row into another centre, even through an UPDATE that names it', async () => {
    await expect(
      inTenant(database.db, tenant(gent), (tx) =>
        queryRows(
          tx,
          sql`insert into persons (centre_id, first_name, last_name, birth_date, sex, language, search_name)
              values (${namur}, 'A', 'B', '1990-01-01', 'F', 'fr', 'b a')`,
        ),
      ),
    ).rejects.toThrow();
    const updated = await inTenant(database.db, tenant(gent), (tx) =>
      queryRows(tx, sql`update persons set first_name = 'X' where centre_id = ${namur} returning id`),
    );
    expect(updated).toEqual([]);
  });

  it('runs requests as a role that cannot bypass the policies', async () => {
    const rows = await inTenant(database.db, tenant(gent), (tx) =>
      queryRows<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>(
        tx,
        sql`select rolname, rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
      ),
    );
    expect(rows[0]).toEqual({ rolname: 'passerelle_app', rolsuper: false, rolbypassrls: false });
  });
});

describe('the audit log is append-only', () => {
  it('refuses UPDATE and DELETE from the application role', async () => {
    await expect(
      inTenant(database.db, tenant(namur), (tx) => queryRows(tx, sql`update audit_events set action = 'x'`)),
    ).rejects.toThrow();
    await expect(
      inTenant(database.db, tenant(namur), (tx) => queryRows(tx, sql`delete from audit_events`)),
    ).rejects.toThrow();
  });

  it('refuses UPDATE, DELETE and TRUNCATE even from the owner', async () => {
    await queryRows(
      database.db,
      sql`insert into audit_events (centre_id, at, action) values (${namur}, now(), 'person.list')`,
    );
    await expect(queryRows(database.db, sql`update audit_events set action = 'x'`)).rejects.toThrow();
    await expect(queryRows(database.db, sql`delete from audit_events`)).rejects.toThrow();
    await expect(queryRows(database.db, sql`truncate audit_events`)).rejects.toThrow();
    const count = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from audit_events`,
    );
    expect(count[0]?.n).toBeGreaterThan(0);
  });
});
