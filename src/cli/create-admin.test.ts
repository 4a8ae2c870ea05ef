import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { ownerRows } from '../../test/owner.ts';
import { AdminInputError, createAdmin } from './create-admin.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const counts = async () =>
  (
    await ownerRows<{ centres: number; users: number }>(
      t.database,
      sql`select (select count(*)::int from centres) as centres, (select count(*)::int from users) as users`,
    )
  )[0];

const liege = {
  centre: 'CPAS de Liège',
  language: 'fr',
  email: ' Anne.Admin@CPAS-Liege.be ',
  name: 'Anne Admin',
  password: 'a long enough secret',
};

describe('createAdmin', () => {
  it('creates a centre and its administrator, who can log in and sees only that centre', async () => {
    const before = await counts();
    const result = await createAdmin(t.database.db, liege);
    expect(result.centreCreated).toBe(true);
    expect(await counts()).toEqual({ centres: (before?.centres ?? 0) + 1, users: (before?.users ?? 0) + 1 });
    const session = await t.login('anne.admin@cpas-liege.be', {
      password: liege.password,
      address: '10.13.0.1',
    });
    const me = (await t.call(session, { method: 'GET', url: '/api/v1/me' })).json();
    expect(me).toMatchObject({
      user: { email: 'anne.admin@cpas-liege.be', displayName: 'Anne Admin', role: 'admin', locale: 'fr' },
      centre: { id: result.centreId, name: 'CPAS de Liège', language: 'fr' },
    });
    const people = (await t.call(session, { method: 'GET', url: '/api/v1/persons' })).json();
    expect(people.items).toEqual([]);
  });

  it('adds an administrator to an existing centre, in its language', async () => {
    const result = await createAdmin(t.database.db, {
      centre: 'OCMW Gent-Demo',
      email: 'tweede.admin@gent.example',
      name: 'Tweede Admin',
      password: 'nog een lang geheim',
    });
    expect(result.centreCreated).toBe(false);
    const [row] = await ownerRows<{ locale: string; centre: string; demo: boolean }>(
      t.database,
      sql`select u.locale, c.name as centre, u.is_demo as demo from users u join centres c on c.id = u.centre_id
          where u.email = 'tweede.admin@gent.example'`,
    );
    expect(row).toEqual({ locale: 'nl', centre: 'OCMW Gent-Demo', demo: false });
  });

  it.each([
    [
      { ...liege, email: 'worker@namur.demo' },
      'An account with the e-mail worker@namur.demo already exists.',
    ],
    [{ ...liege, email: 'x@y.be', password: 'short' }, 'The password must have at least 12 characters.'],
    [
      { ...liege, centre: 'CPAS de Nulle-Part', email: 'x@y.be', language: 'es' },
      'No centre is named "CPAS de Nulle-Part": to create it, give --language (fr, nl, de, en).',
    ],
    [{ ...liege, email: 'not an address' }, '"not an address" is not an e-mail address.'],
    [{ ...liege, email: 'x@y.be', name: '  ' }, '--name is required: how the administrator is shown.'],
  ])('refuses %o and writes nothing', async (input, message) => {
    const before = await counts();
    const refusal = await createAdmin(t.database.db, input).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AdminInputError);
    expect((refusal as Error).message).toBe(message);
    expect(await counts()).toEqual(before);
  });
});
