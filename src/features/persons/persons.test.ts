/**
 * The person's identity record over the API. Every test registers the people it needs, with a name
 * and national number no other test uses, so each passes alone and in any order; counts are read
 * before and after, never assumed from what an earlier test left behind.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import { checkNiss, formatNiss, makeNiss } from '../../domain/niss.ts';
import type { Person } from './schemas.ts';

type Who = 'worker' | 'lead' | 'admin' | 'federal' | 'gent';
const LOGINS: Record<Who, string> = {
  worker: 'worker@namur.demo',
  lead: 'lead@namur.demo',
  admin: 'admin@namur.demo',
  federal: 'federal@spp.demo',
  gent: 'worker@gent.demo',
};

let t: TestApp;
const sessions = {} as Record<Who, string>;
const centreIds = {} as Record<'namur' | 'gent', string>;
const userIds = {} as Record<Who, string>;

beforeAll(async () => {
  t = await createTestApp();
  for (const [index, [who, email]] of Object.entries(LOGINS).entries()) {
    sessions[who as Who] = await t.login(email, { address: `10.9.0.${index + 1}` });
    userIds[who as Who] = (
      await t.call(sessions[who as Who], { method: 'GET', url: '/api/v1/me' })
    ).json().user.id;
  }
  for (const [centre, who] of [
    ['namur', 'worker'],
    ['gent', 'gent'],
  ] as const) {
    centreIds[centre] = (await t.call(sessions[who], { method: 'GET', url: '/api/v1/me' })).json().centre.id;
  }
});
afterAll(() => t.close());

const as = (who: Who) => sessions[who];

/**
 * A birth date no other registration of this file uses: two test people are "the same person"
 * (same name, same birth date: a duplicate warning) only when a test means them to be.
 */
let nextDay = 0;
const freshBirthDate = () =>
  new Date(Date.UTC(1950, 0, 1) + nextDay++ * 86_400_000).toISOString().slice(0, 10);

/**
 * A national number no demo person has (the demo uses sequences 20 to 79) and no other test uses,
 * for a birth date (a fresh one by default): each call takes the next even sequence, a woman's, as
 * the people of newPerson are.
 */
let nextSequence = 500;
const freshNiss = (birthDate = freshBirthDate()) => {
  nextSequence += 2;
  return makeNiss(birthDate, nextSequence);
};

/** A person to register: the birth date is the one the national number holds, else a fresh one. */
const newPerson = (overrides: Record<string, unknown> = {}) => {
  const niss = typeof overrides.nationalNumber === 'string' ? checkNiss(overrides.nationalNumber) : null;
  return {
    firstName: 'Éloïse',
    lastName: 'Vandenbroucke-Lefèvre',
    birthDate: (niss?.valid && niss.birthDate) || freshBirthDate(),
    sex: 'F',
    language: 'fr',
    nationalNumber: null,
    ...overrides,
  };
};
const create = (who: Who, body: object) =>
  t.call(as(who), { method: 'POST', url: '/api/v1/persons', payload: body });
/** Registers a person and fails the test unless it worked. */
async function register(who: Who, overrides: Record<string, unknown> = {}): Promise<Person> {
  const response = await create(who, newPerson(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Person>();
}
const list = (who: Who, query: Record<string, string>) =>
  t.call(as(who), { method: 'GET', url: '/api/v1/persons', query });
const listedIds = async (who: Who, query: Record<string, string>) => {
  const response = await list(who, query);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: Person[] }>().items.map((p) => p.id);
};

const countPersons = async () =>
  (await ownerRows<{ n: number }>(t.database, sql`select count(*)::int as n from persons`))[0]?.n;
/** The ids of a centre's people as the database holds them, in the list's order. */
const idsOfCentre = async (centre: 'namur' | 'gent') =>
  (
    await ownerRows<{ id: string }>(
      t.database,
      sql`select id from persons where centre_id = ${centreIds[centre]} order by search_name, id`,
    )
  ).map((r) => r.id);
const versionsOf = async (id: string) =>
  (
    await ownerRows<{ version: number }>(
      t.database,
      sql`select version from record_versions where entity = 'person' and entity_id = ${id} order by version`,
    )
  ).map((r) => r.version);

describe('POST /persons', () => {
  it('registers a person and stores the national number as 11 digits', async () => {
    const niss = freshNiss('2001-04-12');
    const before = await countPersons();
    const response = await create('worker', newPerson({ nationalNumber: formatNiss(niss) }));
    expect(response.statusCode).toBe(201);
    const person = response.json<Person>();
    const now = t.clock.now().toISOString();
    expect(person).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      firstName: 'Éloïse',
      lastName: 'Vandenbroucke-Lefèvre',
      birthDate: '2001-04-12',
      sex: 'F',
      language: 'fr',
      nationalNumber: niss,
      email: null,
      phone: null,
      street: null,
      houseNumber: null,
      box: null,
      postcode: null,
      municipality: null,
      // Whoever registers a person follows them, unless someone else is chosen.
      responsibleUserId: userIds.worker,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    expect(response.headers.location).toBe(`/api/v1/persons/${person.id}`);
    expect(await countPersons()).toBe((before as number) + 1);
    const [stored] = await ownerRows<{ national_number: string; centre_id: string }>(
      t.database,
      sql`select national_number, centre_id from persons where id = ${person.id}`,
    );
    expect(stored).toEqual({ national_number: niss, centre_id: centreIds.namur });
    expect(await versionsOf(person.id)).toEqual([1]);
  });

  const REQUIRED = 'Ce champ est obligatoire.';
  it.each([
    [
      'missing fields',
      {},
      [
        ['firstName', 'validation.required', REQUIRED],
        ['lastName', 'validation.required', REQUIRED],
        ['birthDate', 'validation.required', REQUIRED],
        ['sex', 'validation.required', REQUIRED],
        ['language', 'validation.required', REQUIRED],
      ],
    ],
    ['blank first name', newPerson({ firstName: '   ' }), [['firstName', 'validation.required', REQUIRED]]],
    [
      'name too long',
      newPerson({ lastName: 'x'.repeat(101) }),
      [['lastName', 'validation.tooLong', 'Au plus 100 caractères.']],
    ],
    [
      'impossible date',
      newPerson({ birthDate: '2001-02-30' }),
      [['birthDate', 'validation.invalidDate', 'Indiquez une date réelle au format AAAA-MM-JJ.']],
    ],
    [
      'birth date in the future',
      newPerson({ birthDate: '2026-11-24' }),
      [['birthDate', 'validation.dateInFuture', 'Cette date est dans le futur.']],
    ],
    [
      'birth date before 1900',
      newPerson({ birthDate: '1899-12-31' }),
      [['birthDate', 'validation.dateTooOld', 'Cette date est antérieure à 1900.']],
    ],
    [
      'unknown sex',
      newPerson({ sex: 'Q' }),
      [['sex', 'validation.invalidEnum', 'Choisissez parmi : F, M, X.']],
    ],
    [
      'unknown language',
      newPerson({ language: 'es' }),
      [['language', 'validation.invalidEnum', 'Choisissez parmi : fr, nl, de, en.']],
    ],
    [
      'national number check digits',
      newPerson({ nationalNumber: '85.07.30-033.29' }),
      [
        [
          'nationalNumber',
          'validation.nissChecksum',
          "Ce numéro national n'est pas valable : ses chiffres de contrôle ne correspondent pas.",
        ],
      ],
    ],
    [
      'national number too short',
      newPerson({ nationalNumber: '85073003' }),
      [
        [
          'nationalNumber',
          'validation.nissFormat',
          'Un numéro national compte 11 chiffres (AA.MM.JJ-SSS.CC).',
        ],
      ],
    ],
    [
      'bad email',
      newPerson({ email: 'not-an-email' }),
      [['email', 'validation.invalidEmail', 'Indiquez une adresse e-mail valable.']],
    ],
    [
      'bad phone',
      newPerson({ phone: 'call me' }),
      [['phone', 'validation.invalidFormat', "Cette valeur n'a pas le format attendu."]],
    ],
    [
      'wrong type',
      newPerson({ firstName: 12 }),
      [['firstName', 'validation.invalidType', 'Valeur attendue : string.']],
    ],
    [
      'unknown field',
      newPerson({ favouriteColour: 'blue' }),
      [['', 'validation.unknownField', 'Champ inconnu : favouriteColour.']],
    ],
  ])('refuses %s with a translated field error and changes nothing', async (_name, body, expected) => {
    const before = await countPersons();
    const response = await create('worker', body);
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem).toMatchObject({
      type: '/api/v1/problems/validation',
      status: 400,
      detail: 'Certains champs ne sont pas valables.',
    });
    expect(
      problem.errors.map((e: { path: string; code: string; message: string }) => [e.path, e.code, e.message]),
    ).toEqual(expected);
    expect(await countPersons()).toBe(before);
  });

  it('refuses a second person with the same national number, naming the conflict', async () => {
    const niss = freshNiss();
    const first = await register('worker', { nationalNumber: niss });
    const before = await countPersons();
    const response = await create(
      'lead',
      newPerson({ firstName: 'Autre', nationalNumber: formatNiss(niss) }),
    );
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      type: '/api/v1/problems/conflict',
      status: 409,
      conflict: { field: 'nationalNumber', personId: first.id },
      errors: [{ path: 'nationalNumber', code: 'errors.duplicateNationalNumber' }],
    });
    expect(response.json().errors).toHaveLength(1);
    expect(await countPersons()).toBe(before);
  });

  it('lets another centre register the same national number', async () => {
    const niss = freshNiss();
    const namur = await register('worker', { nationalNumber: niss });
    const gent = await register('gent', { nationalNumber: formatNiss(niss) });
    expect(gent.id).not.toBe(namur.id);
    expect(gent.nationalNumber).toBe(niss);
    const holders = await ownerRows<{ centre_id: string }>(
      t.database,
      sql`select centre_id from persons where national_number = ${niss} order by centre_id`,
    );
    expect(holders.map((h) => h.centre_id)).toEqual([centreIds.namur, centreIds.gent].sort());
  });
});

describe('GET /persons', () => {
  it('pages through the whole centre in name order', async () => {
    const before = (await idsOfCentre('gent')).length;
    const added = await register('gent', { firstName: 'Wannes', lastName: 'Pagenaert' });
    const seen: Person[] = [];
    let pages = 0;
    let cursor: string | null = null;
    do {
      const response = await list('gent', { limit: '7', ...(cursor ? { cursor } : {}) });
      expect(response.statusCode).toBe(200);
      const body = response.json<{ items: Person[]; nextCursor: string | null }>();
      pages++;
      if (body.nextCursor) expect(body.items).toHaveLength(7);
      seen.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor && pages <= 100);
    expect(seen).toHaveLength(before + 1);
    expect(pages).toBe(Math.ceil((before + 1) / 7));
    expect(seen.map((p) => p.id)).toEqual(await idsOfCentre('gent'));
    expect(seen.map((p) => p.id)).toContain(added.id);
    const names = seen.map((p) =>
      `${p.lastName} ${p.firstName}`.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
    );
    expect(names).toEqual([...names].sort());
  });

  it('searches names without accents or case, each word in any order', async () => {
    const wanted = await register('worker', { firstName: 'Maëlys', lastName: 'Delcourt-Lefèvre' });
    const namesake = await register('worker', { firstName: 'Maëlys', lastName: 'Hoste' });
    for (const q of ['maelys lefevre', 'LEFÈVRE maëlys', 'delcourt', 'Delcourt-Lefèvre']) {
      expect(await listedIds('worker', { q }), q).toEqual([wanted.id]);
    }
    // Every word must appear; "delcourt" < "hoste" in name order.
    expect(await listedIds('worker', { q: 'maelys' })).toEqual([wanted.id, namesake.id]);
    expect(await listedIds('worker', { q: 'maelys hoste' })).toEqual([namesake.id]);
    expect(await listedIds('worker', { q: 'maelys nowhere' })).toEqual([]);
  });

  it('finds a name by the first letters of its words, not by letters inside a word', async () => {
    const wanted = await register('worker', { firstName: 'Ysalïne', lastName: 'Wyckaertz-Qerimi' });
    for (const q of ['wyck', 'WYCKAERTZ', 'qeri ysa', 'y w q', 'ysaline']) {
      expect(await listedIds('worker', { q }), q).toEqual([wanted.id]);
    }
    // Inside a word, or more letters than the word has: not a match (docs/performance.md, search).
    for (const q of ['ckaertz', 'rimi', 'ysalinea', 'wyckaertzqerimi']) {
      expect(await listedIds('worker', { q }), q).toEqual([]);
    }
    // A renamed person is found by the new name only: the words follow every change.
    await t.call(await t.login('worker@namur.demo', { address: '10.1.9.9' }), {
      method: 'PATCH',
      url: `/api/v1/persons/${wanted.id}`,
      payload: { version: wanted.version, lastName: 'Zyberaj' },
    });
    expect(await listedIds('worker', { q: 'wyck' })).toEqual([]);
    expect(await listedIds('worker', { q: 'zyber ysal' })).toEqual([wanted.id]);
  });

  it('finds a national number typed with or without dots and dashes, and by its first digits', async () => {
    const niss = makeNiss('1977-03-09', 612);
    const person = await register('worker', { birthDate: '1977-03-09', nationalNumber: niss });
    for (const q of [niss, formatNiss(niss), '77.03.09', '770309-612', ' 77 03 09 / 612 ']) {
      expect(await listedIds('worker', { q }), q).toEqual([person.id]);
    }
    expect(await listedIds('worker', { q: '77.03.09-613' })).toEqual([]);
  });

  it("never lists another centre's people", async () => {
    const gent = await register('gent', { firstName: 'Oriane', lastName: 'Oosterlinck' });
    const namur = await register('worker', { firstName: 'Oriane', lastName: 'Oosterlinck' });
    expect(await listedIds('gent', { q: 'oriane oosterlinck' })).toEqual([gent.id]);
    expect(await listedIds('worker', { q: 'oriane oosterlinck' })).toEqual([namur.id]);

    const gentIds = await listedIds('gent', { limit: '200' });
    expect(gentIds).toEqual(await idsOfCentre('gent'));
    const namurIds = new Set(await idsOfCentre('namur'));
    expect(gentIds.filter((id) => namurIds.has(id))).toEqual([]);
    // A national number of the other centre finds nothing either.
    const niss = freshNiss();
    await register('worker', { nationalNumber: niss });
    expect(await listedIds('gent', { q: niss })).toEqual([]);
  });

  it.each([
    [{ limit: '0' }, 'limit', 'validation.tooSmall'],
    [{ limit: '201' }, 'limit', 'validation.tooBig'],
    [{ limit: 'many' }, 'limit', 'validation.invalidType'],
    [{ cursor: 'garbage' }, 'cursor', 'validation.invalidCursor'],
  ])('refuses %o', async (query, path, code) => {
    const response = await list('worker', query);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      [path, code],
    ]);
  });
});

describe('the audit of GET /persons', () => {
  interface AuditEvent {
    action: string;
    actorName: string | null;
    personId: string | null;
    details: Record<string, unknown>;
  }
  const countListEvents = async () =>
    (
      await ownerRows<{ n: number }>(
        t.database,
        sql`select count(*)::int as n from audit_events where action = 'person.list'`,
      )
    )[0]?.n as number;
  const readAudit = async () => {
    const response = await t.call(as('admin'), {
      method: 'GET',
      url: '/api/v1/audit',
      query: { action: 'person.list' },
    });
    expect(response.statusCode, response.body).toBe(200);
    return { body: response.body, items: response.json<{ items: AuditEvent[] }>().items };
  };

  it('records one event naming exactly the people shown, in order', async () => {
    for (let i = 0; i < 3; i++) await register('worker', { firstName: 'Audrey', lastName: `Auditée ${i}` });
    const before = await countListEvents();
    const first = await list('worker', { limit: '7' });
    const firstPage = first.json<{ items: Person[]; nextCursor: string }>();
    expect(firstPage.items).toHaveLength(7);
    expect(await countListEvents()).toBe(before + 1);
    const [newest] = (await readAudit()).items;
    expect(newest).toMatchObject({ action: 'person.list', actorName: 'Camille Dubois', personId: null });
    expect(newest?.details).toEqual({
      searched: false,
      returned: 7,
      personIds: firstPage.items.map((p) => p.id),
    });

    // The next page is its own event, naming its own people.
    const second = await list('worker', { limit: '7', cursor: firstPage.nextCursor });
    const secondIds = second.json<{ items: Person[] }>().items.map((p) => p.id);
    expect(await countListEvents()).toBe(before + 2);
    expect((await readAudit()).items[0]?.details).toEqual({
      searched: false,
      returned: secondIds.length,
      personIds: secondIds,
    });

    // A search that finds three people names those three.
    const found = await listedIds('worker', { q: 'audrey auditee' });
    expect(found).toHaveLength(3);
    expect((await readAudit()).items[0]?.details).toEqual({ searched: true, returned: 3, personIds: found });
  });

  it('never records the search text', async () => {
    const niss = freshNiss('1969-12-03');
    const person = await register('worker', { birthDate: '1969-12-03', nationalNumber: niss });
    for (const q of [formatNiss(niss), niss]) {
      expect(await listedIds('worker', { q })).toEqual([person.id]);
      const audit = await readAudit();
      expect(audit.items[0]?.details).toEqual({ searched: true, returned: 1, personIds: [person.id] });
      expect(audit.body).not.toContain(niss);
      expect(audit.body).not.toContain(formatNiss(niss));
      expect(audit.body).not.toContain(niss.slice(0, 9));
    }
    const traces = await ownerRows<{ n: number }>(
      t.database,
      sql`select count(*)::int as n from audit_events where details::text like ${`%${niss.slice(0, 9)}%`}`,
    );
    expect(traces).toEqual([{ n: 0 }]);
  });
});

describe('GET and PATCH /persons/{id}', () => {
  const registerNoel = () => register('worker', { firstName: 'Noël', lastName: 'Hénin' });
  const read = (who: Who, id: string) => t.call(as(who), { method: 'GET', url: `/api/v1/persons/${id}` });
  const patch = (who: Who, id: string, payload: object) =>
    t.call(as(who), { method: 'PATCH', url: `/api/v1/persons/${id}`, payload });

  it('reads a person of the centre, with its version as ETag', async () => {
    const person = await registerNoel();
    const response = await read('lead', person.id);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(person);
    expect(response.headers.etag).toBe('"1"');
  });

  it('answers 404 to a worker of another centre, never the record', async () => {
    const person = await registerNoel();
    const response = await read('gent', person.id);
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('Hénin');
    expect(response.json().detail).toBe('Deze persoon bestaat niet in uw OCMW.');
    const attempt = await patch('gent', person.id, { version: 1, firstName: 'Hacked' });
    expect(attempt.statusCode).toBe(404);
    expect(attempt.body).not.toContain('Hénin');
    expect((await read('worker', person.id)).json()).toEqual(person);
    expect(await versionsOf(person.id)).toEqual([1]);
  });

  it('refuses an id that is not an identifier', async () => {
    const response = await t.call(as('worker'), { method: 'GET', url: '/api/v1/persons/42' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ['id', 'validation.invalidUuid'],
    ]);
  });

  it('changes only the fields sent, keeps every earlier version, and answers 409 to a stale write', async () => {
    const person = await registerNoel();
    const first = await patch('worker', person.id, {
      version: 1,
      phone: '0470 12 34 56',
      lastName: 'Hénin-Dubois',
    });
    expect(first.statusCode).toBe(200);
    const changed = first.json<Person>();
    expect(changed).toEqual({
      ...person,
      version: 2,
      phone: '0470 12 34 56',
      lastName: 'Hénin-Dubois',
      updatedAt: t.clock.now().toISOString(),
    });

    const stale = await patch('lead', person.id, { version: 1, firstName: 'Overwrite' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ type: '/api/v1/problems/conflict', currentVersion: 2 });
    expect(stale.json().detail).toBe(
      "Quelqu'un a modifié cette fiche depuis que vous l'avez ouverte (vous aviez la version 1, elle est maintenant à la version 2). Rechargez-la et refaites votre modification.",
    );

    expect((await read('worker', person.id)).json()).toEqual(changed);
    expect(await versionsOf(person.id)).toEqual([1, 2]);
    // The search follows the new name.
    expect(await listedIds('worker', { q: 'henin dubois' })).toEqual([person.id]);
  });

  it('refuses bad changes without touching the record', async () => {
    const person = await registerNoel();
    for (const [payload, path, code] of [
      [{ firstName: 'No version' }, 'version', 'validation.required'],
      [{ version: 1, birthDate: '2030-01-01' }, 'birthDate', 'validation.dateInFuture'],
      [{ version: 1, nationalNumber: '12345678901' }, 'nationalNumber', 'validation.nissChecksum'],
      [{ version: 1, id: person.id }, '', 'validation.unknownField'],
      [{ version: 1, lastName: ' ' }, 'lastName', 'validation.required'],
    ] as const) {
      const response = await patch('worker', person.id, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
        [path, code],
      ]);
    }
    expect((await read('worker', person.id)).json()).toEqual(person);
    expect(await versionsOf(person.id)).toEqual([1]);
  });

  it('refuses to give a person the national number of another', async () => {
    const person = await registerNoel();
    const niss = freshNiss();
    const other = await register('worker', { nationalNumber: niss });
    const response = await patch('worker', person.id, { version: 1, nationalNumber: formatNiss(niss) });
    expect(response.statusCode).toBe(409);
    expect(response.json().conflict).toEqual({ field: 'nationalNumber', personId: other.id });
    expect((await read('worker', person.id)).json()).toEqual(person);
    expect(await versionsOf(person.id)).toEqual([1]);
  });
});

describe('authorisation per role', () => {
  const routes = [
    { method: 'GET', url: () => '/api/v1/persons', ok: 200 },
    {
      method: 'POST',
      url: () => '/api/v1/persons',
      ok: 201,
      payload: () => newPerson({ firstName: 'Rôle' }),
    },
    { method: 'GET', url: (id: string) => `/api/v1/persons/${id}`, ok: 200 },
    {
      method: 'PATCH',
      url: (id: string) => `/api/v1/persons/${id}`,
      ok: 200,
      payload: () => ({ version: 1, phone: '02 555 00 00' }),
    },
  ] as const;
  const expected: Record<Exclude<Who, 'gent'>, 'ok' | 403> = {
    worker: 'ok',
    lead: 'ok',
    admin: 'ok',
    federal: 403,
  };

  for (const [role, outcome] of Object.entries(expected) as Array<[Who, 'ok' | 403]>) {
    for (const route of routes) {
      it(`${role}: ${route.method} ${route.url(':id')} → ${outcome === 'ok' ? route.ok : 403}`, async () => {
        const target = await register('worker', { lastName: 'Cible-Rôle' });
        const before = await countPersons();
        const response = await t.call(as(role), {
          method: route.method,
          url: route.url(target.id),
          ...('payload' in route ? { payload: route.payload() } : {}),
        });
        expect(response.statusCode).toBe(outcome === 'ok' ? route.ok : 403);
        if (outcome === 403) {
          expect(response.body).not.toContain(target.lastName);
          expect(response.json().type).toBe('/api/v1/problems/forbidden');
          expect(await countPersons()).toBe(before);
          expect(await versionsOf(target.id)).toEqual([1]);
        }
      });
    }
  }

  it('every person route answers 401 without a session', async () => {
    for (const route of routes) {
      const response = await t.call(null, {
        method: route.method,
        url: route.url('00000000-0000-4000-8000-000000000000'),
        ...('payload' in route ? { payload: route.payload() } : {}),
      });
      expect(response.statusCode, `${route.method} ${route.url(':id')}`).toBe(401);
    }
  });
});
