/**
 * The cross-checks that catch typing errors, over the API: the birth date against the national
 * number, the sex against its parity and a file that may already exist (warnings the worker
 * confirms), the municipality against the postcode, and the search by birth date. Each test
 * registers its own people, with names no other test of this file uses.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import { formatNiss, makeNiss } from '../../domain/niss.ts';
import type { Person } from './schemas.ts';

type Who = 'worker' | 'gent';
let t: TestApp;
const sessions = {} as Record<Who, string>;

beforeAll(async () => {
  t = await createTestApp();
  sessions.worker = await t.login('worker@namur.demo', { address: '10.12.0.1' });
  sessions.gent = await t.login('worker@gent.demo', { address: '10.12.0.2' });
});
afterAll(() => t.close());

/** National numbers of this file: sequences no demo person (20 to 79) nor other test uses. */
let sequence = 700;
const niss = (birthDate: string, sex: 'M' | 'F', bis?: 'sexUnknown' | 'sexKnown') => {
  sequence += 1;
  if ((sequence % 2 === 1) !== (sex === 'M')) sequence += 1;
  return makeNiss(birthDate, sequence, bis);
};

const person = (overrides: Record<string, unknown>) => ({
  firstName: 'Octave',
  lastName: 'Contrôle',
  birthDate: '1980-05-05',
  sex: 'M',
  language: 'fr',
  ...overrides,
});
const post = (body: object, who: Who = 'worker') =>
  t.call(sessions[who], { method: 'POST', url: '/api/v1/persons', payload: body });
const patch = (id: string, body: object) =>
  t.call(sessions.worker, { method: 'PATCH', url: `/api/v1/persons/${id}`, payload: body });
async function register(body: object, who: Who = 'worker'): Promise<Person> {
  const response = await post(body, who);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Person>();
}
const read = async (id: string) =>
  (await t.call(sessions.worker, { method: 'GET', url: `/api/v1/persons/${id}` })).json<Person>();
const search = async (q: string, who: Who = 'worker') => {
  const response = await t.call(sessions[who], { method: 'GET', url: '/api/v1/persons', query: { q } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: Person[] }>().items.map((p) => p.id);
};

const count = async (table: 'persons' | 'record_versions' | 'events') =>
  (
    await ownerRows<{ n: number }>(t.database, sql`select count(*)::int as n from ${sql.identifier(table)}`)
  )[0]?.n as number;
/** What a refused request must leave as it was. */
const snapshot = async () => ({
  persons: await count('persons'),
  versions: await count('record_versions'),
  events: await count('events'),
  writes: (
    await ownerRows<{ n: number }>(
      t.database,
      sql`select count(*)::int as n from audit_events where action in ('person.create', 'person.update')`,
    )
  )[0]?.n,
});
const auditOf = async (personId: string, action: string) =>
  (
    await ownerRows<{ details: Record<string, unknown> }>(
      t.database,
      sql`select details from audit_events where person_id = ${personId} and action = ${action} order by id`,
    )
  ).map((r) => r.details);
const lastListAudit = async () =>
  (
    await ownerRows<{ details: Record<string, unknown> }>(
      t.database,
      sql`select details from audit_events where action = 'person.list' order by id desc limit 1`,
    )
  )[0]?.details;

const fieldErrors = (body: { errors?: Array<{ path: string; code: string; message: string }> }) =>
  (body.errors ?? []).map((e) => [e.path, e.code, e.message]);

const NOT_NISS = [
  'birthDate',
  'validation.birthDateNotNiss',
  'Cette date de naissance n’est pas celle du numéro national : vérifiez les deux.',
];
const SEX_PARITY = {
  code: 'sexParity',
  field: 'sex',
  message:
    'Le sexe indiqué n’est pas celui pour lequel le numéro national a été attribué (numéro d’ordre impair : homme, pair : femme). S’il est correct, enregistrez quand même.',
};
const DUPLICATE_MESSAGE =
  'Une personne de votre CPAS a le même nom et la même date de naissance : c’est peut-être la même personne. Ouvrez d’abord son dossier ; s’il s’agit de quelqu’un d’autre, enregistrez quand même.';
const CONFIRM = {
  type: '/api/v1/problems/confirm-warnings',
  title: 'Confirmation requise',
  status: 409,
  detail: 'Vérifiez ce qui suit avant d’enregistrer : rien n’a encore été enregistré.',
};

describe('the birth date a national number holds', () => {
  it.each([
    ['a day typed wrong', '1980-05-05', '1980-05-06'],
    ['day and month swapped', '1980-03-05', '1980-05-03'],
    ['another year', '1980-05-05', '1981-05-05'],
    ['another century', '2001-05-05', '1901-05-05'],
  ])(
    'refuses %s as a field error on birthDate, and registers nothing',
    async (_name, numberDate, birthDate) => {
      const before = await snapshot();
      const response = await post(
        person({ lastName: 'Datefausse', birthDate, nationalNumber: formatNiss(niss(numberDate, 'M')) }),
      );
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ type: '/api/v1/problems/validation', status: 400 });
      expect(fieldErrors(response.json())).toEqual([NOT_NISS]);
      expect(await snapshot()).toEqual(before);
    },
  );

  it('accepts any day of the year for a BIS number whose day and month are unknown', async () => {
    const number = niss('1966-00-00', 'F', 'sexKnown');
    const created = await register(
      person({
        firstName: 'Anna',
        lastName: 'Sansjour',
        sex: 'F',
        birthDate: '1966-07-14',
        nationalNumber: number,
      }),
    );
    expect(created).toMatchObject({ birthDate: '1966-07-14', nationalNumber: number });
    const wrongYear = await post(
      person({
        lastName: 'Sansjour-Bis',
        birthDate: '1967-07-14',
        nationalNumber: niss('1966-00-00', 'M', 'sexKnown'),
      }),
    );
    expect(fieldErrors(wrongYear.json())).toEqual([NOT_NISS]);
  });

  it('checks a change against what is stored: the number alone, the birth date alone, or both', async () => {
    const stored = await register(
      person({ lastName: 'Fusion', birthDate: '1975-03-03', nationalNumber: niss('1975-03-03', 'M') }),
    );
    for (const change of [{ nationalNumber: niss('1975-03-04', 'M') }, { birthDate: '1975-03-04' }]) {
      const response = await patch(stored.id, { version: 1, ...change });
      expect(response.statusCode, JSON.stringify(change)).toBe(400);
      expect(fieldErrors(response.json())).toEqual([NOT_NISS]);
    }
    expect(await read(stored.id)).toEqual(stored);
    const both = await patch(stored.id, {
      version: 1,
      birthDate: '1975-03-04',
      nationalNumber: formatNiss(niss('1975-03-04', 'M')),
    });
    expect(both.statusCode, both.body).toBe(200);
    expect(both.json()).toMatchObject({ birthDate: '1975-03-04', version: 2 });
  });

  it('does not block a change elsewhere in a file registered before the rule', async () => {
    const legacy = await register(person({ lastName: 'Ancien', birthDate: '1970-01-01' }));
    await ownerRows(
      t.database,
      sql`update persons set national_number = ${niss('1971-01-01', 'M')} where id = ${legacy.id}`,
    );
    const response = await patch(legacy.id, { version: 1, phone: '081 00 00 00' });
    expect(response.statusCode, response.body).toBe(200);
  });
});

describe('a sex that is not the parity of the national number: a warning to confirm', () => {
  it('answers 409 confirm-warnings, saves nothing, then registers on confirmation and audits it', async () => {
    const number = niss('1988-02-02', 'M');
    const body = person({
      firstName: 'Camille',
      lastName: 'Paritaire',
      sex: 'F',
      birthDate: '1988-02-02',
      nationalNumber: number,
    });
    const before = await snapshot();
    const refused = await post(body);
    expect(refused.statusCode).toBe(409);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.json()).toEqual({ ...CONFIRM, instance: '/api/v1/persons', warnings: [SEX_PARITY] });
    expect(await snapshot()).toEqual(before);

    const confirmed = await post({ ...body, confirmWarnings: ['sexParity'] });
    expect(confirmed.statusCode, confirmed.body).toBe(201);
    const created = confirmed.json<Person>();
    // The sex stays as recorded.
    expect(created).toMatchObject({ sex: 'F', nationalNumber: number });
    expect(await auditOf(created.id, 'person.create')).toEqual([
      { confirmedWarnings: [{ code: 'sexParity', field: 'sex' }] },
    ]);
    const traces = await ownerRows<{ n: number }>(
      t.database,
      sql`select count(*)::int as n from audit_events where details::text like ${`%${number}%`}`,
    );
    expect(traces).toEqual([{ n: 0 }]);
  });

  it.each([
    ['X (unknown or other)', 'X', niss('1991-09-09', 'F')],
    ['a BIS number given with the sex unknown', 'F', niss('1991-09-09', 'M', 'sexUnknown')],
    ['a matching parity', 'M', niss('1991-09-09', 'M')],
  ])('never warns for %s', async (_name, sex, number) => {
    const created = await register(
      person({
        lastName: `Neutre ${sex}${number.slice(6, 9)}`,
        sex,
        birthDate: '1991-09-09',
        nationalNumber: number,
      }),
    );
    expect(await auditOf(created.id, 'person.create')).toEqual([{}]);
  });

  it('warns on a change of sex or number, not on a change elsewhere', async () => {
    const stored = await register(
      person({ lastName: 'Changeant', birthDate: '1982-12-12', nationalNumber: niss('1982-12-12', 'M') }),
    );
    const refused = await patch(stored.id, { version: 1, sex: 'F' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toEqual({
      ...CONFIRM,
      instance: `/api/v1/persons/${stored.id}`,
      warnings: [SEX_PARITY],
    });
    expect(await read(stored.id)).toEqual(stored);

    const confirmed = await patch(stored.id, { version: 1, sex: 'F', confirmWarnings: ['sexParity'] });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(await auditOf(stored.id, 'person.update')).toEqual([
      { fields: ['sex'], confirmedWarnings: [{ code: 'sexParity', field: 'sex' }] },
    ]);
    // Once confirmed, the file is not questioned again at every change.
    const phone = await patch(stored.id, { version: 2, phone: '0470 00 00 01' });
    expect(phone.statusCode, phone.body).toBe(200);
  });
});

describe('a file that may already exist: same name and birth date in the centre', () => {
  it('lists the existing files, saves nothing, records whom it showed, and registers on confirmation', async () => {
    const first = await register(
      person({ firstName: 'Léon', lastName: 'Doublé-Même', birthDate: '1979-04-04' }),
    );
    const before = await snapshot();
    // Another spelling of the same name (case, accents, dash), now with a national number.
    const body = person({
      firstName: 'LEON',
      lastName: 'Double Meme',
      birthDate: '1979-04-04',
      nationalNumber: niss('1979-04-04', 'M'),
    });
    const refused = await post(body);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toEqual({
      ...CONFIRM,
      instance: '/api/v1/persons',
      warnings: [
        {
          code: 'possibleDuplicate',
          message: DUPLICATE_MESSAGE,
          duplicates: [{ id: first.id, firstName: 'Léon', lastName: 'Doublé-Même', birthDate: '1979-04-04' }],
        },
      ],
    });
    expect(await snapshot()).toEqual(before);
    expect(await lastListAudit()).toEqual({ duplicateCheck: true, returned: 1, personIds: [first.id] });

    const confirmed = await post({ ...body, confirmWarnings: ['possibleDuplicate'] });
    expect(confirmed.statusCode, confirmed.body).toBe(201);
    const second = confirmed.json<Person>();
    expect(await auditOf(second.id, 'person.create')).toEqual([
      { confirmedWarnings: [{ code: 'possibleDuplicate', personIds: [first.id] }] },
    ]);
    // A third sees both.
    const third = await post(person({ firstName: 'Léon', lastName: 'Doublé-Même', birthDate: '1979-04-04' }));
    expect(third.json().warnings[0].duplicates.map((d: { id: string }) => d.id)).toEqual(
      [first.id, second.id].sort(),
    );
  });

  it('names every warning at once, and a partial confirmation leaves the other one', async () => {
    await register(person({ firstName: 'Iris', lastName: 'Deuxfois', sex: 'F', birthDate: '1993-03-13' }));
    const body = person({
      firstName: 'Iris',
      lastName: 'Deuxfois',
      sex: 'F',
      birthDate: '1993-03-13',
      nationalNumber: niss('1993-03-13', 'M'),
    });
    const both = await post(body);
    expect(both.json().warnings.map((w: { code: string }) => w.code)).toEqual([
      'sexParity',
      'possibleDuplicate',
    ]);
    const one = await post({ ...body, confirmWarnings: ['sexParity'] });
    expect(one.statusCode).toBe(409);
    expect(one.json().warnings.map((w: { code: string }) => w.code)).toEqual(['possibleDuplicate']);
    const all = await post({ ...body, confirmWarnings: ['possibleDuplicate', 'sexParity'] });
    expect(all.statusCode, all.body).toBe(201);
  });

  it('looks only in the caller’s centre', async () => {
    await register(person({ firstName: 'Jef', lastName: 'Tweecentra', birthDate: '1984-08-08' }), 'gent');
    await register(person({ firstName: 'Jef', lastName: 'Tweecentra', birthDate: '1984-08-08' }));
  });

  it('warns when a change makes two files look alike, never about the file itself', async () => {
    const existing = await register(
      person({ firstName: 'Rosa', lastName: 'Original', sex: 'F', birthDate: '1977-07-07' }),
    );
    const other = await register(
      person({ firstName: 'Rosa', lastName: 'Autrement', sex: 'F', birthDate: '1977-07-07' }),
    );
    const rename = await patch(other.id, { version: 1, lastName: 'Original' });
    expect(rename.statusCode).toBe(409);
    expect(rename.json().warnings).toEqual([
      expect.objectContaining({
        code: 'possibleDuplicate',
        duplicates: [expect.objectContaining({ id: existing.id })],
      }),
    ]);
    expect(await read(other.id)).toEqual(other);
    // The file alone with its name: a change of phone, or of its own name's spelling, warns of nothing.
    expect((await patch(existing.id, { version: 1, phone: '0470 11 22 33' })).statusCode).toBe(200);
    expect((await patch(existing.id, { version: 2, firstName: 'Rosà' })).statusCode).toBe(200);
    const confirmed = await patch(other.id, {
      version: 1,
      lastName: 'Original',
      confirmWarnings: ['possibleDuplicate'],
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(await auditOf(other.id, 'person.update')).toEqual([
      { fields: ['lastName'], confirmedWarnings: [{ code: 'possibleDuplicate', personIds: [existing.id] }] },
    ]);
  });

  it('refuses an unknown warning code as a field error', async () => {
    const response = await post(person({ lastName: 'Codeinconnu', confirmWarnings: ['everything'] }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ['confirmWarnings.0', 'validation.invalidEnum'],
    ]);
  });
});

describe('the address: the municipality must be one the postcode serves', () => {
  it('stores a full address as typed', async () => {
    const created = await register(
      person({
        lastName: 'Adressé',
        street: 'Rue de Fer',
        houseNumber: '12A',
        box: '3',
        postcode: '5000',
        municipality: 'namur',
      }),
    );
    expect(created).toMatchObject({
      street: 'Rue de Fer',
      houseNumber: '12A',
      box: '3',
      postcode: '5000',
      municipality: 'namur',
    });
  });

  it.each([
    ['a locality of the postcode', '5100', 'Jambes'],
    ['the Dutch name of a bilingual commune', '1050', 'Elsene'],
    ['the French name', '1050', 'Ixelles'],
    ['the German name of Liège', '4000', 'Lüttich'],
  ])('accepts %s', async (_name, postcode, municipality) => {
    const created = await register(person({ lastName: `Accepté ${municipality}`, postcode, municipality }));
    expect(created).toMatchObject({ postcode, municipality });
  });

  it.each([
    ['nl', '5000', 'Namen'],
    ['fr', '9000', 'Gand'],
    ['fr', '1040', null],
  ])(
    'fills the municipality of a postcode alone in the person’s language (%s %s)',
    async (language, postcode, expected) => {
      const created = await register(
        person({ lastName: `Rempli ${language}${postcode}`, language, postcode }),
      );
      expect(created).toMatchObject({ postcode, municipality: expected });
    },
  );

  it.each([
    [
      'a municipality the postcode does not serve',
      { postcode: '5000', municipality: 'Gent' },
      [
        [
          'municipality',
          'validation.municipalityMismatch',
          'Cette commune ne correspond pas au code postal.',
        ],
      ],
    ],
    [
      'a postcode that does not exist',
      { postcode: '1001', municipality: 'Bruxelles' },
      [['postcode', 'validation.postcodeUnknown', 'Ce code postal n’existe pas en Belgique.']],
    ],
    [
      'a postcode of three digits',
      { postcode: '500' },
      [['postcode', 'validation.postcodeFormat', 'Un code postal belge compte 4 chiffres (1000 à 9999).']],
    ],
    [
      'a birth date and a municipality wrong at once',
      {
        birthDate: '1980-05-06',
        nationalNumber: makeNiss('1980-05-05', 811),
        postcode: '9000',
        municipality: 'Namur',
      },
      [
        NOT_NISS,
        [
          'municipality',
          'validation.municipalityMismatch',
          'Cette commune ne correspond pas au code postal.',
        ],
      ],
    ],
  ])('refuses %s and registers nothing', async (_name, address, expected) => {
    const before = await snapshot();
    const response = await post(person({ lastName: 'Maladressé', ...address }));
    expect(response.statusCode).toBe(400);
    expect(fieldErrors(response.json())).toEqual(expected);
    expect(await snapshot()).toEqual(before);
  });

  it('checks a new postcode against the municipality on record', async () => {
    const stored = await register(person({ lastName: 'Déménage', postcode: '5000', municipality: 'Namur' }));
    const alone = await patch(stored.id, { version: 1, postcode: '9000' });
    expect(alone.statusCode).toBe(400);
    expect(fieldErrors(alone.json())).toEqual([
      ['municipality', 'validation.municipalityMismatch', 'Cette commune ne correspond pas au code postal.'],
    ]);
    expect(await read(stored.id)).toEqual(stored);
    const moved = await patch(stored.id, {
      version: 1,
      postcode: '9000',
      municipality: 'Gent',
      street: 'Veldstraat',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ postcode: '9000', municipality: 'Gent', street: 'Veldstraat' });
    expect(await auditOf(stored.id, 'person.update')).toEqual([
      { fields: ['street', 'postcode', 'municipality'] },
    ]);
  });
});

describe('GET /persons?q= a birth date', () => {
  it('finds the people born that day, typed in any usual form, in name order, in the caller’s centre', async () => {
    const zoe = await register(
      person({ firstName: 'Zoé', lastName: 'Anniversaire', sex: 'F', birthDate: '1974-10-18' }),
    );
    const adam = await register(
      person({ firstName: 'Adam', lastName: 'Anniversaire', birthDate: '1974-10-18' }),
    );
    await register(person({ firstName: 'Basile', lastName: 'Lendemain', birthDate: '1974-10-19' }));
    await register(
      person({ firstName: 'Griet', lastName: 'Verjaardag', sex: 'F', birthDate: '1974-10-18' }),
      'gent',
    );
    const gentBorn = await search('18/10/1974', 'gent');
    // Everyone of the centre born that day (a demo person may be), in the list's order.
    const expected = (
      await ownerRows<{ id: string }>(
        t.database,
        sql`select p.id from persons p join centres c on c.id = p.centre_id
            where c.name = 'CPAS de Namur-Démo' and p.birth_date = '1974-10-18' order by p.search_name, p.id`,
      )
    ).map((r) => r.id);
    expect(expected.indexOf(adam.id)).toBe(expected.indexOf(zoe.id) - 1);
    expect(expected.filter((id) => gentBorn.includes(id))).toEqual([]);
    expect(gentBorn).toHaveLength(1);
    for (const q of ['18/10/1974', '1974-10-18', '18.10.1974', '18-10-1974', ' 18/10/1974 ']) {
      expect(await search(q), q).toEqual(expected);
    }
    expect(await lastListAudit()).toEqual({ searched: true, returned: expected.length, personIds: expected });
    expect(await search('31/02/1974')).toEqual([]);
  });
});
