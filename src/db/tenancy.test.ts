/**
 * Tenancy fails closed: the pool itself runs as the restricted role, row-level security is the
 * second wall behind every query's own filter, and references carry the centre, so the database
 * refuses a link across centres even when every line of application code forgets.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/database.ts';
import { ownerRows } from '../../test/owner.ts';
import { type Database, queryRows } from './connect.ts';
import { pgErrorCode } from './errors.ts';
import { asSystem, inTenant } from './tenancy.ts';

let database: Database;
let namur: string;
let gent: string;
let namurPerson: string;
let gentPerson: string;
let namurWorker: string;
let namurAdmin: string;

beforeAll(async () => {
  database = await testDatabase();
  const centres = await ownerRows<{ id: string; name: string }>(database, sql`select id, name from centres`);
  const byName = Object.fromEntries(centres.map((r) => [r.name, r.id]));
  namur = byName['CPAS de Namur-Démo'] as string;
  gent = byName['OCMW Gent-Demo'] as string;
  const firstPerson = async (centreId: string) =>
    (
      await ownerRows<{ id: string }>(
        database,
        sql`select id from persons where centre_id = ${centreId} order by search_name limit 1`,
      )
    )[0]?.id as string;
  namurPerson = await firstPerson(namur);
  gentPerson = await firstPerson(gent);
  const users = await ownerRows<{ id: string; email: string }>(database, sql`select id, email from users`);
  const userId = (email: string) => users.find((u) => u.email === email)?.id as string;
  namurWorker = userId('worker@namur.demo');
  namurAdmin = userId('admin@namur.demo');
});
afterAll(() => database.close());

const tenant = (centreId: string | null, userId: string | null = null) => ({ centreId, userId });
const engine = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
type Row = { centre_id: string };

/** The SQLSTATE a failing statement raised (drizzle wraps the driver's error). */
async function failure(work: Promise<unknown>): Promise<string | undefined> {
  try {
    await work;
  } catch (error) {
    return pgErrorCode(error);
  }
  return 'no error';
}

describe(`a query that forgets the tenant wrapper sees nothing (${engine})`, () => {
  it('runs as the restricted role, not as the owner', async () => {
    const rows = await queryRows<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>(
      database.db,
      sql`select rolname, rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
    );
    expect(rows).toEqual([{ rolname: 'passerelle_app', rolsuper: false, rolbypassrls: false }]);
  });

  it.each([
    'persons',
    'assessments',
    'measurements',
    'record_versions',
    'events',
    'audit_events',
    'instruments',
  ])('sees 0 rows of %s on the bare pool (the owner sees them)', async (table) => {
    const bare = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from ${sql.identifier(table)}`,
    );
    expect(bare).toEqual([{ n: 0 }]);
    // The demo seed fills these (it records no audit event and loads no instrument of its own).
    if (table !== 'instruments' && table !== 'audit_events') {
      const owner = await ownerRows<{ n: number }>(
        database,
        sql`select count(*)::int as n from ${sql.identifier(table)}`,
      );
      expect(owner[0]?.n).toBeGreaterThan(0);
    }
  });

  it('cannot write centre data on the bare pool either', async () => {
    expect(
      await failure(
        queryRows(
          database.db,
          sql`insert into persons (centre_id, first_name, last_name, birth_date, sex, language, search_name)
              values (${namur}, 'A', 'B', '1990-01-01', 'F', 'fr', 'b a')`,
        ),
      ),
    ).toBe('42501');
  });

  it('switches up only through asSystem, and only for that transaction', async () => {
    const during = await asSystem(database.db, 'seed', (tx) =>
      queryRows<{ n: number }>(tx, sql`select count(*)::int as n from persons where centre_id = ${gent}`),
    );
    // The demo's 30 people of the demo day and 40 of its history (2024–2025).
    expect(during).toEqual([{ n: 70 }]);
    const after = await queryRows<{ who: string }>(database.db, sql`select current_user as who`);
    expect(after).toEqual([{ who: 'passerelle_app' }]);
  });
});

describe(`durability of a tenant transaction (${engine})`, () => {
  const setting = (options?: { readOnly?: boolean }) =>
    inTenant(
      database.db,
      tenant(namur),
      (tx) => queryRows<{ value: string }>(tx, sql`select current_setting('synchronous_commit') as value`),
      options,
    );

  it('commits a change synchronously, and a read (whose only write is its audit row) without waiting', async () => {
    expect(await setting()).toEqual([{ value: 'on' }]);
    expect(await setting({ readOnly: false })).toEqual([{ value: 'on' }]);
    expect(await setting({ readOnly: true })).toEqual([{ value: 'off' }]);
    // Only for that transaction: the next one is synchronous again.
    expect(await setting()).toEqual([{ value: 'on' }]);
  });
});

describe(`row-level security inside a tenant transaction (${engine})`, () => {
  it('shows a centre only its own people, with no WHERE clause', async () => {
    const rows = await inTenant(database.db, tenant(gent), (tx) =>
      queryRows<Row>(tx, sql`select centre_id from persons`),
    );
    expect(rows.length).toBe(70);
    expect(rows.filter((r) => r.centre_id !== gent)).toEqual([]);
  });

  it('hides every person when no centre is set (the federal analyst)', async () => {
    const rows = await inTenant(database.db, tenant(null), (tx) => queryRows(tx, sql`select * from persons`));
    expect(rows).toEqual([]);
  });

  it('hides the history, the events and the audit trail of other centres', async () => {
    for (const table of ['record_versions', 'events', 'audit_events']) {
      const rows = await inTenant(database.db, tenant(gent), (tx) =>
        queryRows<Row>(tx, sql`select centre_id from ${sql.identifier(table)} where centre_id = ${namur}`),
      );
      expect(rows, table).toEqual([]);
    }
  });

  it('refuses to write a row into another centre, even through an UPDATE that names it', async () => {
    expect(
      await failure(
        inTenant(database.db, tenant(gent), (tx) =>
          queryRows(
            tx,
            sql`insert into persons (centre_id, first_name, last_name, birth_date, sex, language, search_name)
                values (${namur}, 'A', 'B', '1990-01-01', 'F', 'fr', 'b a')`,
          ),
        ),
      ),
    ).toBe('42501');
    const updated = await inTenant(database.db, tenant(gent), (tx) =>
      queryRows(tx, sql`update persons set first_name = 'X' where centre_id = ${namur} returning id`),
    );
    expect(updated).toEqual([]);
  });
});

describe(`references carry the centre (${engine})`, () => {
  const assessmentInto = (centreId: string, personId: string) =>
    sql`insert into assessments (centre_id, person_id, assessed_on, domains)
        values (${centreId}, ${personId}, '2026-01-01', '[]'::jsonb)`;

  it("refuses an assessment of one centre on another centre's person, even from the owner", async () => {
    expect(await failure(ownerRows(database, assessmentInto(gent, namurPerson)))).toBe('23503');
    expect(await failure(ownerRows(database, assessmentInto(gent, gentPerson)))).toBe('no error');
  });

  it("refuses a measurement or an event pointing at another centre's person", async () => {
    const measurement = sql`insert into measurements (centre_id, person_id, instrument_key, instrument_version, measured_on, context, scores)
        values (${namur}, ${gentPerson}, 'participation-ladder', 1, '2026-01-01', 'intake', '[]'::jsonb)`;
    expect(await failure(ownerRows(database, measurement))).toBe('23503');
    const event = sql`insert into events (centre_id, type, subject_type, subject_id, subject_seq, person_id, occurred_on, recorded_at)
        values (${namur}, 'person.updated', 'person', ${gentPerson}, 99, ${gentPerson}, '2026-01-01', now())`;
    expect(await failure(ownerRows(database, event))).toBe('23503');
  });
});

describe(`what the restricted role may change (${engine})`, () => {
  it.each([
    ['role', () => sql`update users set role = 'admin' where id = ${namurWorker}`],
    ['centre', () => sql`update users set centre_id = ${gent} where id = ${namurWorker}`],
    ['password hash', () => sql`update users set password_hash = 'x' where id = ${namurWorker}`],
    ['e-mail', () => sql`update users set email = 'x@evil.example' where id = ${namurWorker}`],
  ])("refuses to change a user's %s", async (_name, statement) => {
    expect(
      await failure(inTenant(database.db, tenant(namur, namurAdmin), (tx) => queryRows(tx, statement()))),
    ).toBe('42501');
  });

  it("changes a user's language", async () => {
    const rows = await inTenant(database.db, tenant(namur, namurWorker), (tx) =>
      queryRows(tx, sql`update users set locale = 'nl' where id = ${namurWorker} returning locale`),
    );
    expect(rows).toEqual([{ locale: 'nl' }]);
  });

  it.each(['sessions', 'login_throttle'])('cannot read %s at all', async (table) => {
    expect(
      await failure(
        inTenant(database.db, tenant(namur, namurAdmin), (tx) =>
          queryRows(tx, sql`select * from ${sql.identifier(table)}`),
        ),
      ),
    ).toBe('42501');
  });
});

describe(`the audit trail and the event log are append-only (${engine})`, () => {
  it.each(['audit_events', 'events'])(
    '%s refuses UPDATE and DELETE from the application role',
    async (table) => {
      for (const statement of [
        sql`update ${sql.identifier(table)} set centre_id = centre_id`,
        sql`delete from ${sql.identifier(table)}`,
      ]) {
        expect(await failure(inTenant(database.db, tenant(namur), (tx) => queryRows(tx, statement)))).toBe(
          '42501',
        );
      }
    },
  );

  it.each(['audit_events', 'events'])(
    '%s refuses UPDATE, DELETE and TRUNCATE even from the owner',
    async (table) => {
      const count = async () =>
        (
          await ownerRows<{ n: number }>(
            database,
            sql`select count(*)::int as n from ${sql.identifier(table)}`,
          )
        )[0]?.n;
      await ownerRows(
        database,
        table === 'events'
          ? sql`insert into events (centre_id, type, subject_type, subject_id, subject_seq, person_id, occurred_on, recorded_at)
              values (${namur}, 'person.updated', 'person', ${namurPerson}, 1000, ${namurPerson}, '2026-01-01', now())`
          : sql`insert into audit_events (centre_id, at, action) values (${namur}, now(), 'person.list')`,
      );
      const before = await count();
      expect(before).toBeGreaterThan(0);
      for (const statement of [
        sql`update ${sql.identifier(table)} set centre_id = centre_id`,
        sql`delete from ${sql.identifier(table)}`,
        sql`truncate ${sql.identifier(table)}`,
      ]) {
        expect(await failure(ownerRows(database, statement))).toBe('42501');
      }
      expect(await count()).toBe(before);
    },
  );
});
