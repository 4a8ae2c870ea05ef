import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import { formatNiss, makeNiss } from '../../domain/niss.ts';
import type { Person } from './schemas.ts';

let t: TestApp;
const sessions: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  for (const [key, email] of Object.entries({
    worker: 'worker@namur.demo',
    lead: 'lead@namur.demo',
    admin: 'admin@namur.demo',
    federal: 'federal@spp.demo',
    gent: 'worker@gent.demo',
  })) {
    sessions[key] = await t.login(email, { address: `10.9.0.${Object.keys(sessions).length}` });
  }
});
afterAll(() => t.close());

const as = (who: string) => sessions[who] as string;
const newPerson = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Éloïse',
  lastName: 'Vandenbroucke-Lefèvre',
  birthDate: '2001-04-12',
  sex: 'F',
  language: 'fr',
  nationalNumber: formatNiss(makeNiss('2001-04-12', 118)),
  ...overrides,
});
const create = (who: string, body: object) =>
  t.call(as(who), { method: 'POST', url: '/api/v1/persons', payload: body });
const countPersons = async () =>
  (await ownerRows<{ n: number }>(t.database, sql`select count(*)::int as n from persons`))[0]?.n;

describe('POST /persons', () => {
  it('registers a person and stores the national number as 11 digits', async () => {
    const response = await create('worker', newPerson());
    expect(response.statusCode).toBe(201);
    const person = response.json<Person>();
    expect(person).toMatchObject({
      firstName: 'Éloïse',
      lastName: 'Vandenbroucke-Lefèvre',
      nationalNumber: makeNiss('2001-04-12', 118),
      email: null,
      phone: null,
      version: 1,
    });
    expect(response.headers.location).toBe(`/api/v1/persons/${person.id}`);
  });

  it.each([
    ['missing fields', {}, ['firstName', 'validation.required'], 'Ce champ est obligatoire.'],
    ['blank first name', newPerson({ firstName: '   ' }), ['firstName', 'validation.required'], null],
    [
      'name too long',
      newPerson({ lastName: 'x'.repeat(101) }),
      ['lastName', 'validation.tooLong'],
      'Au plus 100 caractère(s).',
    ],
    [
      'impossible date',
      newPerson({ birthDate: '2001-02-30' }),
      ['birthDate', 'validation.invalidDate'],
      null,
    ],
    [
      'birth date in the future',
      newPerson({ birthDate: '2026-11-24' }),
      ['birthDate', 'validation.dateInFuture'],
      'Cette date est dans le futur.',
    ],
    [
      'birth date before 1900',
      newPerson({ birthDate: '1899-12-31' }),
      ['birthDate', 'validation.dateTooOld'],
      null,
    ],
    [
      'unknown sex',
      newPerson({ sex: 'Q' }),
      ['sex', 'validation.invalidEnum'],
      'Choisissez parmi : F, M, X.',
    ],
    ['unknown language', newPerson({ language: 'es' }), ['language', 'validation.invalidEnum'], null],
    [
      'national number check digits',
      newPerson({ nationalNumber: '85.07.30-033.29' }),
      ['nationalNumber', 'validation.nissChecksum'],
      null,
    ],
    [
      'national number too short',
      newPerson({ nationalNumber: '85073003' }),
      ['nationalNumber', 'validation.nissFormat'],
      null,
    ],
    ['bad email', newPerson({ email: 'not-an-email' }), ['email', 'validation.invalidEmail'], null],
    ['bad phone', newPerson({ phone: 'call me' }), ['phone', 'validation.invalidFormat'], null],
    ['wrong type', newPerson({ firstName: 12 }), ['firstName', 'validation.invalidType'], null],
    ['unknown field', newPerson({ favouriteColour: 'blue' }), ['', 'validation.unknownField'], null],
  ])(
    'refuses %s with a translated field error and changes nothing',
    async (_name, body, [path, code], message) => {
      const before = await countPersons();
      const response = await create('worker', body);
      expect(response.statusCode).toBe(400);
      const problem = response.json();
      expect(problem).toMatchObject({
        type: '/api/v1/problems/validation',
        status: 400,
        detail: 'Certains champs ne sont pas valables.',
      });
      const error = problem.errors.find((e: { path: string }) => e.path === path);
      expect(error).toMatchObject({ code });
      if (message) expect(error.message).toBe(message);
      expect(await countPersons()).toBe(before);
    },
  );

  it('refuses a second person with the same national number, naming the conflict', async () => {
    const niss = makeNiss('1990-01-01', 201);
    const first = (await create('worker', newPerson({ nationalNumber: niss }))).json<Person>();
    const before = await countPersons();
    const response = await create(
      'lead',
      newPerson({ firstName: 'Autre', nationalNumber: formatNiss(niss) }),
    );
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      type: '/api/v1/problems/conflict',
      conflict: { field: 'nationalNumber', personId: first.id },
      errors: [{ path: 'nationalNumber', code: 'errors.duplicateNationalNumber' }],
    });
    expect(await countPersons()).toBe(before);
    // Another centre may know the same person.
    expect((await create('gent', newPerson({ nationalNumber: niss }))).statusCode).toBe(201);
  });
});

describe('GET /persons', () => {
  it('pages through the whole centre in name order', async () => {
    const seen: Person[] = [];
    let cursor: string | null = null;
    do {
      const response = await t.call(as('gent'), {
        method: 'GET',
        url: '/api/v1/persons',
        query: { limit: '7', ...(cursor ? { cursor } : {}) },
      });
      expect(response.statusCode).toBe(200);
      const body = response.json<{ items: Person[]; nextCursor: string | null }>();
      seen.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen.length).toBe(31); // 30 demo people and one added above
    expect(new Set(seen.map((p) => p.id)).size).toBe(31);
    const names = seen.map((p) =>
      `${p.lastName} ${p.firstName}`.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
    );
    expect(names).toEqual([...names].sort());
  });

  it('searches names without accents or case, words in any order', async () => {
    for (const q of ['eloise lefevre', 'LEFÈVRE éloïse', 'vandenbroucke']) {
      const response = await t.call(as('worker'), { method: 'GET', url: '/api/v1/persons', query: { q } });
      const items = response.json<{ items: Person[] }>().items;
      expect(items.map((p) => p.firstName)).toContain('Éloïse');
    }
  });

  it('finds a national number typed with or without dots and dashes', async () => {
    const niss = makeNiss('2001-04-12', 118);
    for (const q of [niss, formatNiss(niss), '01.04.12', '010412-118']) {
      const response = await t.call(as('worker'), { method: 'GET', url: '/api/v1/persons', query: { q } });
      expect(response.json<{ items: Person[] }>().items.map((p) => p.nationalNumber)).toContain(niss);
    }
  });

  it("never lists another centre's people", async () => {
    const response = await t.call(as('gent'), {
      method: 'GET',
      url: '/api/v1/persons',
      query: { q: 'eloise', limit: '200' },
    });
    const namurIds = (
      await t.call(as('worker'), { method: 'GET', url: '/api/v1/persons', query: { limit: '200' } })
    )
      .json<{ items: Person[] }>()
      .items.map((p) => p.id);
    // Both centres have an Éloïse (the duplicate-number test registered one in Gent too).
    const gentItems = response.json<{ items: Person[] }>().items;
    expect(gentItems.length).toBeGreaterThan(0);
    expect(namurIds.length).toBeGreaterThan(30);
    for (const p of gentItems) expect(namurIds).not.toContain(p.id);
  });

  it.each([
    [{ limit: '0' }, 'limit', 'validation.tooSmall'],
    [{ limit: '201' }, 'limit', 'validation.tooBig'],
    [{ limit: 'many' }, 'limit', 'validation.invalidType'],
    [{ cursor: 'garbage' }, 'cursor', 'validation.invalidCursor'],
  ])('refuses %o', async (query, path, code) => {
    const response = await t.call(as('worker'), { method: 'GET', url: '/api/v1/persons', query });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ path, code });
  });
});

describe('GET and PATCH /persons/{id}', () => {
  let person: Person;
  beforeAll(async () => {
    person = (
      await create('worker', newPerson({ nationalNumber: null, firstName: 'Noël', lastName: 'Hénin' }))
    ).json();
  });

  it('reads a person of the centre, with its version as ETag', async () => {
    const response = await t.call(as('lead'), { method: 'GET', url: `/api/v1/persons/${person.id}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(person);
    expect(response.headers.etag).toBe('"1"');
  });

  it('answers 404 to a worker of another centre, never the record', async () => {
    const response = await t.call(as('gent'), { method: 'GET', url: `/api/v1/persons/${person.id}` });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('Hénin');
    expect(response.json().detail).toBe('Deze persoon bestaat niet in uw OCMW.');
    const patch = await t.call(as('gent'), {
      method: 'PATCH',
      url: `/api/v1/persons/${person.id}`,
      payload: { version: 1, firstName: 'Hacked' },
    });
    expect(patch.statusCode).toBe(404);
  });

  it('refuses an id that is not an identifier', async () => {
    const response = await t.call(as('worker'), { method: 'GET', url: '/api/v1/persons/42' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ path: 'id', code: 'validation.invalidUuid' });
  });

  it('changes only the fields sent, keeps every earlier version, and answers 409 to a stale write', async () => {
    const first = await t.call(as('worker'), {
      method: 'PATCH',
      url: `/api/v1/persons/${person.id}`,
      payload: { version: 1, phone: '0470 12 34 56', lastName: 'Hénin-Dubois' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      version: 2,
      phone: '0470 12 34 56',
      lastName: 'Hénin-Dubois',
      firstName: 'Noël',
    });

    const stale = await t.call(as('lead'), {
      method: 'PATCH',
      url: `/api/v1/persons/${person.id}`,
      payload: { version: 1, firstName: 'Overwrite' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ type: '/api/v1/problems/conflict', currentVersion: 2 });
    expect(stale.json().detail).toContain('version 1');

    const now = await t.call(as('worker'), { method: 'GET', url: `/api/v1/persons/${person.id}` });
    expect(now.json()).toMatchObject({ firstName: 'Noël', version: 2 });
    const history = await ownerRows<{ version: number }>(
      t.database,
      sql`select version from record_versions where entity_id = ${person.id} order by version`,
    );
    expect(history.map((r) => r.version)).toEqual([1, 2]);
    // The search follows the new name.
    const found = await t.call(as('worker'), {
      method: 'GET',
      url: '/api/v1/persons',
      query: { q: 'henin dubois' },
    });
    expect(found.json<{ items: Person[] }>().items.map((p) => p.id)).toContain(person.id);
  });

  it('refuses bad changes without touching the record', async () => {
    for (const payload of [
      { firstName: 'No version' },
      { version: 2, birthDate: '2030-01-01' },
      { version: 2, nationalNumber: '12345678901' },
      { version: 2, id: person.id },
    ]) {
      const response = await t.call(as('worker'), {
        method: 'PATCH',
        url: `/api/v1/persons/${person.id}`,
        payload,
      });
      expect(response.statusCode).toBe(400);
    }
    const now = await t.call(as('worker'), { method: 'GET', url: `/api/v1/persons/${person.id}` });
    expect(now.json().version).toBe(2);
  });

  it('refuses to give a person the national number of another', async () => {
    const other = (
      await create('worker', newPerson({ nationalNumber: makeNiss('1980-05-05', 301) }))
    ).json<Person>();
    const response = await t.call(as('worker'), {
      method: 'PATCH',
      url: `/api/v1/persons/${person.id}`,
      payload: { version: 2, nationalNumber: makeNiss('1980-05-05', 301) },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().conflict).toEqual({ field: 'nationalNumber', personId: other.id });
  });
});

describe('authorisation per role', () => {
  const routes = [
    { method: 'GET', url: () => '/api/v1/persons', ok: 200 },
    {
      method: 'POST',
      url: () => '/api/v1/persons',
      ok: 201,
      payload: () => newPerson({ nationalNumber: null }),
    },
    { method: 'GET', url: (id: string) => `/api/v1/persons/${id}`, ok: 200 },
    {
      method: 'PATCH',
      url: (id: string) => `/api/v1/persons/${id}`,
      ok: 200,
      payload: () => ({ version: 1, phone: '02 555 00 00' }),
    },
  ] as const;
  const expected: Record<string, 'ok' | 403> = { worker: 'ok', lead: 'ok', admin: 'ok', federal: 403 };

  for (const [role, outcome] of Object.entries(expected)) {
    for (const route of routes) {
      it(`${role}: ${route.method} ${route.url(':id')} → ${outcome === 'ok' ? route.ok : 403}`, async () => {
        const target = (await create('worker', newPerson({ nationalNumber: null }))).json<Person>();
        const response = await t.call(as(role), {
          method: route.method,
          url: route.url(target.id),
          ...('payload' in route ? { payload: route.payload() } : {}),
        });
        expect(response.statusCode).toBe(outcome === 'ok' ? route.ok : 403);
        if (outcome === 403) expect(response.body).not.toContain(target.lastName);
      });
    }
  }

  it('every person route answers 401 without a session', async () => {
    for (const route of routes) {
      const response = await t.call(null, {
        method: route.method,
        url: route.url('00000000-0000-4000-8000-000000000000'),
      });
      expect(response.statusCode).toBe(401);
    }
  });
});
