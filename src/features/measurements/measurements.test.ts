import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';

let t: TestApp;
let worker: string;
let admin: string;
let gent: string;
let personId: string;

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('worker@namur.demo', { address: '10.5.0.1' });
  admin = await t.login('admin@namur.demo', { address: '10.5.0.2' });
  gent = await t.login('worker@gent.demo', { address: '10.5.0.3' });
  personId = (
    await t.call(worker, {
      method: 'POST',
      url: '/api/v1/persons',
      payload: { firstName: 'Aïcha', lastName: 'Denis', birthDate: '1988-08-08', sex: 'F', language: 'fr' },
    })
  ).json().id;
});
afterAll(() => t.close());

const measure = (body: Record<string, unknown>, session = worker, id = personId) =>
  t.call(session, { method: 'POST', url: `/api/v1/persons/${id}/measurements`, payload: body });
const ladder = (measuredOn: string, workerScore: number, personScore?: number, context = 'evaluation') => ({
  instrumentKey: 'participation-ladder',
  measuredOn,
  context,
  scores: [{ domain: 'participation', workerScore, ...(personScore ? { personScore } : {}) }],
});
const text = { fr: 'x', nl: 'x', de: 'x', en: 'x' };
const customInstrument = (levels: number) => ({
  key: 'budget-skills',
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

describe('instruments', () => {
  it('lists the built-in instruments for every worker', async () => {
    const response = await t.call(worker, { method: 'GET', url: '/api/v1/instruments' });
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((i: { key: string }) => i.key)).toEqual([
      'participation-ladder',
      'self-reliance-matrix',
      'psychological-empowerment',
    ]);
  });

  it('publishes the definition format as JSON Schema', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/instruments/schema' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['key', 'name', 'domains']),
    });
  });

  it('lets a centre admin load an instrument; a changed definition makes a new version, the same one nothing', async () => {
    const first = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/instruments',
      payload: customInstrument(4),
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ key: 'budget-skills', version: 1, builtIn: false });
    const again = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/instruments',
      payload: customInstrument(4),
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().version).toBe(1);
    const changed = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/instruments',
      payload: customInstrument(5),
    });
    expect(changed.statusCode).toBe(201);
    expect(changed.json()).toMatchObject({ version: 2, versions: [1, 2] });
    const v1 = await t.call(worker, {
      method: 'GET',
      url: '/api/v1/instruments/budget-skills',
      query: { version: '1' },
    });
    expect(v1.json().scale.max).toBe(4);
    // Another centre does not see it.
    expect((await t.call(gent, { method: 'GET', url: '/api/v1/instruments/budget-skills' })).statusCode).toBe(
      404,
    );
  });

  it('refuses an invalid definition with every problem listed', async () => {
    const response = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/instruments',
      payload: { key: 'Bad Key', name: { fr: 'x' }, scale: { min: 1, max: 3, levels: [] }, domains: [] },
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['key', 'name.nl', 'name.de', 'name.en', 'scale.levels', 'domains']),
    );
  });

  it('keeps the built-in keys and uploading to admins', async () => {
    const reserved = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/instruments',
      payload: { ...customInstrument(3), key: 'participation-ladder' },
    });
    expect(reserved.statusCode).toBe(409);
    expect(
      (await t.call(worker, { method: 'POST', url: '/api/v1/instruments', payload: customInstrument(3) }))
        .statusCode,
    ).toBe(403);
  });
});

describe('measurements and progress', () => {
  it('records an intake and later measurements, and reads progress from the starting point', async () => {
    expect((await measure(ladder('2026-01-15', 1, undefined, 'intake'))).statusCode).toBe(201);
    expect((await measure(ladder('2026-05-15', 2, 4))).statusCode).toBe(201);
    const last = await measure(ladder('2026-10-15', 3, 5));
    expect(last.statusCode).toBe(201);
    expect(last.json()).toMatchObject({
      instrumentKey: 'participation-ladder',
      instrumentVersion: 1,
      context: 'evaluation',
      scores: [{ domain: 'participation', workerScore: 3, personScore: 5, note: null }],
      createdBy: 'Camille Dubois',
    });

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
    expect(progress.json().domains[0].series).toHaveLength(3);

    const list = await t.call(worker, { method: 'GET', url: `/api/v1/persons/${personId}/measurements` });
    expect(list.json().items.map((m: { measuredOn: string }) => m.measuredOn)).toEqual([
      '2026-01-15',
      '2026-05-15',
      '2026-10-15',
    ]);
  });

  it('keeps the instrument version a measurement was taken with', async () => {
    const v1 = await measure({
      instrumentKey: 'budget-skills',
      instrumentVersion: 1,
      measuredOn: '2026-02-01',
      context: 'intake',
      scores: [{ domain: 'planning', workerScore: 2 }],
    });
    expect(v1.statusCode).toBe(201);
    const latest = await measure({
      instrumentKey: 'budget-skills',
      measuredOn: '2026-08-01',
      context: 'evaluation',
      scores: [{ domain: 'planning', workerScore: 5 }],
    });
    expect(latest.json().instrumentVersion).toBe(2);
    const progress = await t.call(worker, {
      method: 'GET',
      url: `/api/v1/persons/${personId}/progress`,
      query: { instrument: 'budget-skills' },
    });
    // The scale went from 1–4 to 1–5: the raw difference is not a change.
    expect(progress.json()).toMatchObject({
      versions: [1, 2],
      domains: [{ domain: 'planning', change: null }],
      overallChange: null,
    });
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
    const count = async () =>
      (await ownerRows<{ n: number }>(t.database, sql`select count(*)::int as n from measurements`))[0]?.n;
    const before = await count();
    const response = await measure(body);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect(await count()).toBe(before);
  });

  it("answers 404 for another centre's person", async () => {
    expect((await measure(ladder('2026-03-01', 3), gent)).statusCode).toBe(404);
    const progress = await t.call(gent, {
      method: 'GET',
      url: `/api/v1/persons/${personId}/progress`,
      query: { instrument: 'participation-ladder' },
    });
    expect(progress.statusCode).toBe(404);
  });
});

describe('GET /persons/{id}/timeline', () => {
  it('gathers registration, assessments and measurements, newest first', async () => {
    await t.call(worker, {
      method: 'POST',
      url: `/api/v1/persons/${personId}/assessments`,
      payload: { assessedOn: '2026-01-10', domains: [{ domain: 'income' }] },
    });
    const response = await t.call(worker, { method: 'GET', url: `/api/v1/persons/${personId}/timeline` });
    expect(response.statusCode).toBe(200);
    const items: Array<{ kind: string; date: string; detail: Record<string, unknown> }> =
      response.json().items;
    expect(items.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['registered', 'assessment', 'measurement']),
    );
    expect(items.map((e) => e.date)).toEqual([...items.map((e) => e.date)].sort().reverse());
    expect(items.find((e) => e.kind === 'measurement')?.detail).toMatchObject({
      instrumentKey: expect.any(String),
    });
    expect(
      (await t.call(gent, { method: 'GET', url: `/api/v1/persons/${personId}/timeline` })).statusCode,
    ).toBe(404);
  });
});
