/**
 * Instruments, measurements, progress and the timeline over the API. Every test registers the
 * people and loads the instruments it writes to (each under a key no other test uses), so each
 * passes alone and in any order.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';

const BUILT_IN_KEYS = ['participation-ladder', 'self-reliance-matrix', 'psychological-empowerment'];

let t: TestApp;
let worker: string;
let admin: string;
let gent: string;
let namurCentreId: string;
/** A person nobody measures: the refused measurements below are aimed at them. */
let untouchedPersonId: string;

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('worker@namur.demo', { address: '10.5.0.1' });
  admin = await t.login('admin@namur.demo', { address: '10.5.0.2' });
  gent = await t.login('worker@gent.demo', { address: '10.5.0.3' });
  namurCentreId = (await t.call(worker, { method: 'GET', url: '/api/v1/me' })).json().centre.id;
  untouchedPersonId = await registerPerson();
});
afterAll(() => t.close());

/** Each person a name of their own: the same name and birth date twice asks to confirm a duplicate. */
let registered = 0;
async function registerPerson(): Promise<string> {
  registered += 1;
  const response = await t.call(worker, {
    method: 'POST',
    url: '/api/v1/persons',
    payload: {
      firstName: 'Aïcha',
      lastName: `Denis ${registered}`,
      birthDate: '1988-08-08',
      sex: 'F',
      language: 'fr',
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

const measure = (id: string, body: Record<string, unknown>, session = worker) =>
  t.call(session, { method: 'POST', url: `/api/v1/persons/${id}/measurements`, payload: body });
const ladder = (measuredOn: string, workerScore: number, personScore?: number, context = 'evaluation') => ({
  instrumentKey: 'participation-ladder',
  measuredOn,
  context,
  scores: [{ domain: 'participation', workerScore, ...(personScore ? { personScore } : {}) }],
});
const text = { fr: 'x', nl: 'x', de: 'x', en: 'x' };
const customInstrument = (key: string, levels: number) => ({
  key,
  name: { fr: 'Gestion du budget', nl: 'Budgetbeheer', de: 'Budgetverwaltung', en: 'Budget skills' },
  scale: {
    min: 1,
    max: levels,
    levels: Array.from({ length: levels }, (_, i) => ({ value: i + 1, name: text, descriptor: text })),
  },
  domains: [
    { key: 'planning', name: text },
    { key: 'paperwork', name: text },
  ],
});
const upload = (body: object, session = admin) =>
  t.call(session, { method: 'POST', url: '/api/v1/instruments', payload: body });
const countRows = async (table: 'measurements' | 'instruments') =>
  (
    await ownerRows<{ n: number }>(t.database, sql`select count(*)::int as n from ${sql.identifier(table)}`)
  )[0]?.n as number;
const measurementsOf = async (personId: string) =>
  (
    await ownerRows<{ n: number }>(
      t.database,
      sql`select count(*)::int as n from measurements where person_id = ${personId}`,
    )
  )[0]?.n as number;
const errorsOf = (response: { json(): { errors: Array<{ path: string; code: string }> } }) =>
  response.json().errors.map((e) => [e.path, e.code]);

describe('instruments', () => {
  it('lists the built-in instruments to a centre that loaded none', async () => {
    const response = await t.call(gent, { method: 'GET', url: '/api/v1/instruments' });
    expect(response.statusCode).toBe(200);
    const items: Array<{ key: string; builtIn: boolean; version: number; versions: number[] }> =
      response.json().items;
    // No test of this file loads an instrument in Gent.
    expect(items.map((i) => [i.key, i.builtIn, i.version, i.versions])).toEqual(
      BUILT_IN_KEYS.map((key) => [key, true, 1, [1]]),
    );
  });

  it("lists the built-in instruments first, then the centre's own", async () => {
    expect((await upload(customInstrument('listed-scale', 3))).statusCode).toBe(201);
    const own = await ownerRows<{ key: string }>(
      t.database,
      sql`select distinct key from instruments where centre_id = ${namurCentreId}`,
    );
    const ownKeys = own.map((r) => r.key).sort();
    expect(ownKeys).toContain('listed-scale');
    const response = await t.call(worker, { method: 'GET', url: '/api/v1/instruments' });
    expect(response.statusCode).toBe(200);
    const items: Array<{ key: string; builtIn: boolean; versions: number[] }> = response.json().items;
    expect(items.map((i) => i.key)).toEqual([...BUILT_IN_KEYS, ...ownKeys]);
    expect(items.find((i) => i.key === 'listed-scale')).toMatchObject({ builtIn: false, versions: [1] });
  });

  it('publishes the definition format as JSON Schema', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/instruments/schema' });
    expect(response.statusCode).toBe(200);
    const schema = response.json();
    expect(schema).toMatchObject({ type: 'object', additionalProperties: false });
    expect(schema.required).toEqual(['key', 'name', 'domains']);
    expect(Object.keys(schema.properties)).toEqual(['key', 'name', 'description', 'scale', 'domains']);
  });

  it('lets a centre admin load an instrument; a changed definition makes a new version, the same one nothing', async () => {
    const before = await countRows('instruments');
    const first = await upload(customInstrument('budget-skills', 4));
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ key: 'budget-skills', version: 1, versions: [1], builtIn: false });
    const again = await upload(customInstrument('budget-skills', 4));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ version: 1, versions: [1] });
    expect(await countRows('instruments')).toBe(before + 1);
    const changed = await upload(customInstrument('budget-skills', 5));
    expect(changed.statusCode).toBe(201);
    expect(changed.json()).toMatchObject({ version: 2, versions: [1, 2] });
    expect(await countRows('instruments')).toBe(before + 2);

    const v1 = await t.call(worker, {
      method: 'GET',
      url: '/api/v1/instruments/budget-skills',
      query: { version: '1' },
    });
    expect(v1.json()).toMatchObject({ version: 1, versions: [1, 2], scale: { min: 1, max: 4 } });
    const latest = await t.call(worker, { method: 'GET', url: '/api/v1/instruments/budget-skills' });
    expect(latest.json()).toMatchObject({ version: 2, versions: [1, 2], scale: { min: 1, max: 5 } });
    // Another centre does not see it.
    expect((await t.call(gent, { method: 'GET', url: '/api/v1/instruments/budget-skills' })).statusCode).toBe(
      404,
    );
  });

  it('refuses an invalid definition with every problem listed, and stores nothing', async () => {
    const before = await countRows('instruments');
    const response = await upload({
      key: 'Bad Key',
      name: { fr: 'x' },
      scale: { min: 1, max: 3, levels: [] },
      domains: [],
    });
    expect(response.statusCode).toBe(400);
    expect(errorsOf(response)).toEqual([
      ['key', 'validation.invalidKey'],
      ['name.nl', 'validation.required'],
      ['name.de', 'validation.required'],
      ['name.en', 'validation.required'],
      ['scale.levels', 'validation.tooSmall'],
      ['scale.levels', 'validation.scaleLevels'],
      ['domains', 'validation.tooSmall'],
    ]);
    expect(await countRows('instruments')).toBe(before);
  });

  it('keeps the built-in keys and uploading to admins', async () => {
    const before = await countRows('instruments');
    const reserved = await upload({ ...customInstrument('participation-ladder', 3) });
    expect(reserved.statusCode).toBe(409);
    const byWorker = await upload(customInstrument('never-loaded', 3), worker);
    expect(byWorker.statusCode).toBe(403);
    expect(await countRows('instruments')).toBe(before);
    expect(
      (await t.call(worker, { method: 'GET', url: '/api/v1/instruments/never-loaded' })).statusCode,
    ).toBe(404);
    const ladderNow = await t.call(worker, {
      method: 'GET',
      url: '/api/v1/instruments/participation-ladder',
    });
    expect(ladderNow.json()).toMatchObject({ builtIn: true, version: 1, versions: [1], scale: { max: 6 } });
  });
});

describe('measurements and progress', () => {
  it('records an intake and later measurements, and reads progress from the starting point', async () => {
    const personId = await registerPerson();
    expect((await measure(personId, ladder('2026-01-15', 1, undefined, 'intake'))).statusCode).toBe(201);
    expect((await measure(personId, ladder('2026-05-15', 2, 4))).statusCode).toBe(201);
    const last = await measure(personId, ladder('2026-10-15', 3, 5));
    expect(last.statusCode).toBe(201);
    expect(last.json()).toMatchObject({
      instrumentKey: 'participation-ladder',
      instrumentVersion: 1,
      measuredOn: '2026-10-15',
      context: 'evaluation',
      scores: [{ domain: 'participation', workerScore: 3, personScore: 5, note: null }],
      createdBy: 'Camille Dubois',
    });
    expect(last.json().scores).toHaveLength(1);

    const progress = await t.call(worker, {
      method: 'GET',
      url: `/api/v1/persons/${personId}/progress`,
      query: { instrument: 'participation-ladder' },
    });
    expect(progress.statusCode).toBe(200);
    expect(progress.json()).toMatchObject({
      measurementCount: 3,
      overallChange: 2,
      domains: [
        {
          domain: 'participation',
          baseline: { workerScore: 1 },
          latest: { workerScore: 3, personScore: 5 },
          change: 2,
        },
      ],
      disagreements: [{ domain: 'participation', workerScore: 3, personScore: 5, gap: 2 }],
    });
    expect(progress.json().domains).toHaveLength(1);
    expect(progress.json().disagreements).toHaveLength(1);
    expect(progress.json().domains[0].series.map((s: { workerScore: number }) => s.workerScore)).toEqual([
      1, 2, 3,
    ]);

    const list = await t.call(worker, { method: 'GET', url: `/api/v1/persons/${personId}/measurements` });
    expect(list.json().items.map((m: { measuredOn: string }) => m.measuredOn)).toEqual([
      '2026-01-15',
      '2026-05-15',
      '2026-10-15',
    ]);
    expect(await measurementsOf(personId)).toBe(3);
  });

  it('keeps the instrument version a measurement was taken with', async () => {
    const personId = await registerPerson();
    expect((await upload(customInstrument('paperwork-skills', 4))).statusCode).toBe(201);
    const v1 = await measure(personId, {
      instrumentKey: 'paperwork-skills',
      measuredOn: '2026-02-01',
      context: 'intake',
      scores: [{ domain: 'planning', workerScore: 2 }],
    });
    expect(v1.statusCode).toBe(201);
    expect(v1.json().instrumentVersion).toBe(1);
    expect((await upload(customInstrument('paperwork-skills', 5))).statusCode).toBe(201);
    const latest = await measure(personId, {
      instrumentKey: 'paperwork-skills',
      measuredOn: '2026-08-01',
      context: 'evaluation',
      scores: [{ domain: 'planning', workerScore: 5 }],
    });
    expect(latest.statusCode).toBe(201);
    expect(latest.json().instrumentVersion).toBe(2);
    // An older version can still be chosen on purpose.
    const older = await measure(personId, {
      instrumentKey: 'paperwork-skills',
      instrumentVersion: 1,
      measuredOn: '2026-03-01',
      context: 'evaluation',
      scores: [{ domain: 'paperwork', workerScore: 4 }],
    });
    expect(older.statusCode).toBe(201);
    expect(older.json().instrumentVersion).toBe(1);

    const progress = await t.call(worker, {
      method: 'GET',
      url: `/api/v1/persons/${personId}/progress`,
      query: { instrument: 'paperwork-skills' },
    });
    expect(progress.statusCode).toBe(200);
    // The scale went from 1–4 to 1–5: the raw difference is not a change.
    expect(progress.json()).toMatchObject({
      measurementCount: 3,
      versions: [1, 2],
      overallChange: null,
    });
    expect(
      progress.json().domains.map((d: { domain: string; change: number | null }) => [d.domain, d.change]),
    ).toEqual([
      ['planning', null],
      ['paperwork', null],
    ]);
  });

  it.each([
    [
      'a score above the scale',
      ladder('2026-03-01', 7),
      'scores.0.workerScore',
      'validation.scoreOutOfScale',
    ],
    [
      'a person score below the scale',
      ladder('2026-03-01', 3, -1),
      'scores.0.personScore',
      'validation.scoreOutOfScale',
    ],
    [
      'an unknown domain',
      { ...ladder('2026-03-01', 3), scores: [{ domain: 'income', workerScore: 3 }] },
      'scores.0.domain',
      'validation.unknownDomain',
    ],
    ['a date in the future', ladder('2026-11-24', 3), 'measuredOn', 'validation.dateInFuture'],
    [
      'an unknown instrument',
      { ...ladder('2026-03-01', 3), instrumentKey: 'horoscope' },
      'instrumentKey',
      'validation.unknownInstrument',
    ],
    [
      'an unknown version',
      { ...ladder('2026-03-01', 3), instrumentVersion: 9 },
      'instrumentVersion',
      'validation.unknownInstrumentVersion',
    ],
    [
      'an unknown context',
      { ...ladder('2026-03-01', 3), context: 'whenever' },
      'context',
      'validation.invalidEnum',
    ],
    ['no score', { ...ladder('2026-03-01', 3), scores: [] }, 'scores', 'validation.tooSmall'],
    ['a decimal score', ladder('2026-03-01', 2.5), 'scores.0.workerScore', 'validation.invalidType'],
  ])('refuses %s with the field named, and records nothing', async (_name, body, path, code) => {
    const before = await countRows('measurements');
    const response = await measure(untouchedPersonId, body);
    expect(response.statusCode).toBe(400);
    expect(errorsOf(response)).toEqual([[path, code]]);
    expect(await countRows('measurements')).toBe(before);
    expect(await measurementsOf(untouchedPersonId)).toBe(0);
  });

  it("answers 404 for another centre's person, and records nothing", async () => {
    const personId = await registerPerson();
    expect((await measure(personId, ladder('2026-03-01', 3), gent)).statusCode).toBe(404);
    const progress = await t.call(gent, {
      method: 'GET',
      url: `/api/v1/persons/${personId}/progress`,
      query: { instrument: 'participation-ladder' },
    });
    expect(progress.statusCode).toBe(404);
    const list = await t.call(gent, { method: 'GET', url: `/api/v1/persons/${personId}/measurements` });
    expect(list.statusCode).toBe(404);
    expect(await measurementsOf(personId)).toBe(0);
  });
});

describe('GET /persons/{id}/timeline', () => {
  it('gathers registration, assessments and measurements, newest first', async () => {
    const personId = await registerPerson();
    const assessment = await t.call(worker, {
      method: 'POST',
      url: `/api/v1/persons/${personId}/assessments`,
      payload: { assessedOn: '2026-01-10', domains: [{ domain: 'income' }] },
    });
    expect(assessment.statusCode).toBe(201);
    const measurement = await measure(personId, ladder('2026-01-15', 2, undefined, 'intake'));
    expect(measurement.statusCode).toBe(201);

    const response = await t.call(worker, { method: 'GET', url: `/api/v1/persons/${personId}/timeline` });
    expect(response.statusCode).toBe(200);
    const items: Array<{ type: string; kind: string; id: string; date: string; by: string | null }> =
      response.json().items;
    expect(items.map((e) => [e.type, e.kind, e.id, e.date, e.by])).toEqual([
      ['person.registered', 'registered', personId, t.clock.today(), 'Camille Dubois'],
      ['measurement.recorded', 'measurement', measurement.json().id, '2026-01-15', 'Camille Dubois'],
      ['assessment.recorded', 'assessment', assessment.json().id, '2026-01-10', 'Camille Dubois'],
    ]);
    expect(response.json().items[1].detail).toMatchObject({ instrumentKey: 'participation-ladder' });
    expect(
      (await t.call(gent, { method: 'GET', url: `/api/v1/persons/${personId}/timeline` })).statusCode,
    ).toBe(404);
  });
});
