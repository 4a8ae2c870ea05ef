/**
 * Correcting and withdrawing measurements over the API, and one-sided scores. Each test registers
 * the people it writes to, so each passes alone and in any order.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import type { Measurement } from './schemas.ts';

let t: TestApp;
let worker: string;
let lead: string;
let admin: string;
let gent: string;
let federal: string;

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('worker@namur.demo', { address: '10.12.0.1' });
  lead = await t.login('lead@namur.demo', { address: '10.12.0.2' });
  admin = await t.login('admin@namur.demo', { address: '10.12.0.3' });
  gent = await t.login('worker@gent.demo', { address: '10.12.0.4' });
  federal = await t.login('federal@spp.demo', { address: '10.12.0.5' });
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
      firstName: 'Mehdi',
      lastName: `Lambert ${registered}`,
      birthDate: '1991-03-03',
      sex: 'M',
      language: 'fr',
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

type Score = { domain: string; workerScore?: number | null; personScore?: number | null; note?: string };
const ladder = (measuredOn: string, score: Omit<Score, 'domain'>, context = 'evaluation') => ({
  instrumentKey: 'participation-ladder',
  measuredOn,
  context,
  scores: [{ domain: 'participation', ...score }],
});
async function measure(personId: string, body: object, session = worker): Promise<Measurement> {
  const response = await t.call(session, {
    method: 'POST',
    url: `/api/v1/persons/${personId}/measurements`,
    payload: body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}
const read = (id: string, session: string | null = worker) =>
  t.call(session, { method: 'GET', url: `/api/v1/measurements/${id}` });
const correct = (id: string, body: object, session: string | null = worker) =>
  t.call(session, { method: 'PATCH', url: `/api/v1/measurements/${id}`, payload: body });
const withdraw = (id: string, body: object, session: string | null = worker) =>
  t.call(session, { method: 'POST', url: `/api/v1/measurements/${id}/withdraw`, payload: body });
const progressOf = (personId: string) =>
  t.call(worker, {
    method: 'GET',
    url: `/api/v1/persons/${personId}/progress`,
    query: { instrument: 'participation-ladder' },
  });
const errorsOf = (response: { json(): { errors: Array<{ path: string; code: string }> } }) =>
  response.json().errors.map((e) => [e.path, e.code]);

/** Everything a change of this measurement writes: its row, earlier states, events, audit rows. */
async function traces(id: string) {
  const [row] = await ownerRows<Record<string, unknown>>(
    t.database,
    sql`select m.version, m.measured_on::text as measured_on, m.context, m.scores, m.withdrawn_at, m.withdrawal_reason,
               (select count(*)::int from record_versions v where v.entity = 'measurement' and v.entity_id = m.id) as versions,
               (select count(*)::int from events e where e.subject_id = m.id) as events,
               (select count(*)::int from audit_events a where a.subject_id = m.id::text and a.action in ('measurement.correct', 'measurement.withdraw')) as changes
        from measurements m where m.id = ${id}`,
  );
  return row;
}

describe('one-sided scores', () => {
  it("records the person's own view without the worker's score, and the reverse", async () => {
    const personId = await registerPerson();
    const own = await measure(personId, ladder('2026-02-01', { personScore: 3 }, 'intake'));
    expect(own.scores).toEqual([{ domain: 'participation', workerScore: null, personScore: 3, note: null }]);
    const both = await measure(personId, ladder('2026-05-01', { workerScore: 2, personScore: 4 }));
    const workerOnly = await measure(personId, ladder('2026-09-01', { workerScore: 4, personScore: null }));
    expect(workerOnly.scores[0]).toEqual({
      domain: 'participation',
      workerScore: 4,
      personScore: null,
      note: null,
    });

    const progress = await progressOf(personId);
    expect(progress.statusCode).toBe(200);
    const [domain] = progress.json().domains;
    expect(domain).toMatchObject({
      baseline: { measurementId: own.id, workerScore: null, personScore: 3 },
      latest: { measurementId: workerOnly.id, workerScore: 4, personScore: null },
      workerBaseline: { measurementId: both.id, workerScore: 2 },
      workerLatest: { measurementId: workerOnly.id, workerScore: 4 },
      personBaseline: { measurementId: own.id, personScore: 3 },
      personLatest: { measurementId: both.id, personScore: 4 },
      change: 2,
      personChange: 1,
    });
    expect(progress.json()).toMatchObject({ measurementCount: 3, overallChange: 2, disagreements: [] });
  });

  it.each([
    ['no score at all', { note: 'Pas vu' }],
    ['both scores null', { workerScore: null, personScore: null }],
  ])('refuses %s on a domain, naming the field, and records nothing', async (_name, score) => {
    const personId = await registerPerson();
    const response = await t.call(worker, {
      method: 'POST',
      url: `/api/v1/persons/${personId}/measurements`,
      payload: ladder('2026-03-01', score),
    });
    expect(response.statusCode).toBe(400);
    expect(errorsOf(response)).toEqual([['scores.0.workerScore', 'validation.scoreMissing']]);
    expect(response.json().errors[0].message).toBe(
      'Indiquez le score de l’assistant social, celui de la personne, ou les deux.',
    );
    const list = await t.call(worker, { method: 'GET', url: `/api/v1/persons/${personId}/measurements` });
    expect(list.json().items).toEqual([]);
  });
});

describe('GET /measurements/{id}', () => {
  it('reads one measurement with its notes, author and version', async () => {
    const personId = await registerPerson();
    const made = await measure(
      personId,
      ladder('2026-04-01', { workerScore: 2, personScore: 3, note: 'Bénévolat au resto du cœur' }, 'intake'),
    );
    const response = await read(made.id);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      id: made.id,
      personId,
      instrumentKey: 'participation-ladder',
      instrumentVersion: 1,
      measuredOn: '2026-04-01',
      context: 'intake',
      scores: [
        { domain: 'participation', workerScore: 2, personScore: 3, note: 'Bénévolat au resto du cœur' },
      ],
      withdrawal: null,
      version: 1,
      createdAt: made.createdAt,
      createdBy: 'Camille Dubois',
      updatedAt: made.createdAt,
      updatedBy: 'Camille Dubois',
    });
  });

  it('answers 401 without a session, 400 for a bad id, 404 for another centre or nothing, 403 to the federal role', async () => {
    const personId = await registerPerson();
    const made = await measure(personId, ladder('2026-04-01', { workerScore: 2 }));
    expect((await read(made.id, null)).statusCode).toBe(401);
    const bad = await read('not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(errorsOf(bad)).toEqual([['id', 'validation.invalidUuid']]);
    const foreign = await read(made.id, gent);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().detail).toBe('Deze meting bestaat niet in uw OCMW.');
    expect((await read('00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await read(made.id, federal)).statusCode).toBe(403);
  });
});

describe('PATCH /measurements/{id}', () => {
  it('corrects the date, moment and scores: a new version, the earlier state kept, an event naming the fields', async () => {
    const personId = await registerPerson();
    const made = await measure(personId, ladder('2026-04-01', { workerScore: 5, personScore: 3 }, 'intake'));
    t.clock.advance(60_000);
    const response = await correct(
      made.id,
      {
        version: 1,
        measuredOn: '2026-04-02',
        context: 'intake',
        scores: [{ domain: 'participation', workerScore: 2, personScore: 3, note: 'Erreur de saisie' }],
      },
      lead,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      version: 2,
      measuredOn: '2026-04-02',
      context: 'intake',
      scores: [{ domain: 'participation', workerScore: 2, personScore: 3, note: 'Erreur de saisie' }],
      createdBy: 'Camille Dubois',
      createdAt: made.createdAt,
      updatedBy: 'Martine Lejeune',
      withdrawal: null,
    });
    expect(response.json().updatedAt).not.toBe(made.createdAt);
    expect(await read(made.id).then((r) => r.json())).toEqual(response.json());

    const versions = await ownerRows<{ version: number; data: { scores: Score[]; measuredOn: string } }>(
      t.database,
      sql`select version, data from record_versions where entity = 'measurement' and entity_id = ${made.id} order by version`,
    );
    expect(versions.map((v) => [v.version, v.data.measuredOn, v.data.scores[0]?.workerScore])).toEqual([
      [1, '2026-04-01', 5],
      [2, '2026-04-02', 2],
    ]);
    const events = await ownerRows<{ type: string; payload: unknown }>(
      t.database,
      sql`select type, payload from events where subject_id = ${made.id} order by position`,
    );
    expect(events).toEqual([
      {
        type: 'measurement.recorded',
        payload: { instrumentKey: 'participation-ladder', instrumentVersion: 1, context: 'intake' },
      },
      { type: 'measurement.corrected', payload: { fields: ['measuredOn', 'scores'] } },
    ]);
    const audit = await t.call(admin, {
      method: 'GET',
      url: '/api/v1/audit',
      query: { personId, action: 'measurement.correct' },
    });
    expect(audit.json().items).toMatchObject([
      { subjectId: made.id, actorName: 'Martine Lejeune', details: { fields: ['measuredOn', 'scores'] } },
    ]);
    // The progress reads the corrected scores.
    expect((await progressOf(personId)).json().domains[0].latest).toMatchObject({
      workerScore: 2,
      note: 'Erreur de saisie',
    });
  });

  it('saving what is already there makes no version and no event', async () => {
    const personId = await registerPerson();
    const made = await measure(personId, ladder('2026-04-01', { workerScore: 2 }));
    const before = await traces(made.id);
    const same = await correct(made.id, {
      version: 1,
      measuredOn: '2026-04-01',
      scores: [{ domain: 'participation', workerScore: 2 }],
    });
    expect(same.statusCode).toBe(200);
    expect(same.json()).toMatchObject({ version: 1 });
    expect(await traces(made.id)).toEqual(before);
  });

  it.each([
    [
      'no score on a domain',
      { scores: [{ domain: 'participation', note: 'x' }] },
      [['scores.0.workerScore', 'validation.scoreMissing']],
    ],
    [
      'a score above the scale',
      { scores: [{ domain: 'participation', workerScore: 7 }] },
      [['scores.0.workerScore', 'validation.scoreOutOfScale']],
    ],
    [
      'an unknown domain',
      { scores: [{ domain: 'income', workerScore: 2 }] },
      [['scores.0.domain', 'validation.unknownDomain']],
    ],
    ['no score at all', { scores: [] }, [['scores', 'validation.tooSmall']]],
    ['a future date', { measuredOn: '2026-11-24' }, [['measuredOn', 'validation.dateInFuture']]],
    ['a date before birth', { measuredOn: '1991-03-02' }, [['measuredOn', 'validation.beforeBirth']]],
    ['an impossible date', { measuredOn: '2026-02-30' }, [['measuredOn', 'validation.invalidDate']]],
    ['an unknown moment', { context: 'whenever' }, [['context', 'validation.invalidEnum']]],
    ['another instrument', { instrumentKey: 'self-reliance-matrix' }, [['', 'validation.unknownField']]],
  ])('refuses %s with the field named, and changes nothing', async (_name, body, errors) => {
    const personId = await registerPerson();
    const made = await measure(personId, ladder('2026-04-01', { workerScore: 2 }));
    const before = await traces(made.id);
    const response = await correct(made.id, { version: 1, ...body });
    expect(response.statusCode).toBe(400);
    expect(errorsOf(response)).toEqual(errors);
    expect(await traces(made.id)).toEqual(before);
  });

  it('refuses a correction without the version read', async () => {
    const personId = await registerPerson();
    const made = await measure(personId, ladder('2026-04-01', { workerScore: 2 }));
    const response = await correct(made.id, { context: 'closure' });
    expect(response.statusCode).toBe(400);
    expect(errorsOf(response)).toEqual([['version', 'validation.required']]);
  });

  it('answers 409 to a stale version and 404 to another centre, changing nothing', async () => {
    const personId = await registerPerson();
    const made = await measure(personId, ladder('2026-04-01', { workerScore: 2 }));
    expect((await correct(made.id, { version: 1, context: 'other' })).statusCode).toBe(200);
    const before = await traces(made.id);
    const stale = await correct(made.id, { version: 1, context: 'closure' }, lead);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ type: '/api/v1/problems/conflict', currentVersion: 2 });
    const foreign = await correct(made.id, { version: 2, context: 'closure' }, gent);
    expect(foreign.statusCode).toBe(404);
    expect((await correct(made.id, { version: 2, context: 'closure' }, null)).statusCode).toBe(401);
    expect(await traces(made.id)).toEqual(before);
  });
});

describe('POST /measurements/{id}/withdraw', () => {
  it('takes a mistaken measurement out of the lists and the progress, keeping it readable and on the timeline', async () => {
    const personId = await registerPerson();
    await measure(personId, ladder('2026-01-10', { workerScore: 1 }, 'intake'));
    await measure(personId, ladder('2026-05-10', { workerScore: 3, personScore: 3 }));
    // Recorded in the wrong file: a score the person never had.
    const mistake = await measure(personId, ladder('2026-09-10', { workerScore: 6, personScore: 2 }));
    expect((await progressOf(personId)).json()).toMatchObject({
      measurementCount: 3,
      overallChange: 5,
      domains: [{ change: 5, personChange: -1, latest: { measurementId: mistake.id } }],
      disagreements: [{ measurementId: mistake.id, gap: -4 }],
    });

    t.clock.advance(60_000);
    const response = await withdraw(mistake.id, { version: 1, reason: '  Encodé dans le mauvais dossier  ' });
    expect(response.statusCode, response.body).toBe(200);
    const withdrawn = response.json<Measurement>();
    expect(withdrawn).toMatchObject({
      version: 2,
      withdrawal: {
        at: t.clock.now().toISOString(),
        by: 'Camille Dubois',
        reason: 'Encodé dans le mauvais dossier',
      },
      updatedBy: 'Camille Dubois',
      scores: [{ domain: 'participation', workerScore: 6, personScore: 2, note: null }],
    });

    const progress = (await progressOf(personId)).json();
    expect(progress).toMatchObject({
      measurementCount: 2,
      overallChange: 2,
      domains: [{ change: 2, personChange: null, latest: { workerScore: 3 } }],
      disagreements: [],
    });
    expect(JSON.stringify(progress)).not.toContain(mistake.id);
    const list = await t.call(worker, { method: 'GET', url: `/api/v1/persons/${personId}/measurements` });
    expect(list.json().items.map((m: Measurement) => m.measuredOn)).toEqual(['2026-01-10', '2026-05-10']);
    // Still readable by id, with its withdrawal, for everyone of the centre.
    expect((await read(mistake.id)).json()).toEqual(withdrawn);

    const timeline = await t.call(worker, { method: 'GET', url: `/api/v1/persons/${personId}/timeline` });
    const entries = timeline
      .json()
      .items.filter((e: { id: string }) => e.id === mistake.id)
      .map((e: { type: string; withdrawn: boolean; detail: unknown }) => [e.type, e.withdrawn, e.detail]);
    expect(entries).toEqual([
      ['measurement.withdrawn', true, { instrumentKey: 'participation-ladder' }],
      [
        'measurement.recorded',
        true,
        { instrumentKey: 'participation-ladder', instrumentVersion: 1, context: 'evaluation' },
      ],
    ]);
    // The reason stays in the record: the timeline and the audit trail hold no personal words.
    expect(timeline.body).not.toContain('mauvais dossier');
    const audit = await t.call(admin, {
      method: 'GET',
      url: '/api/v1/audit',
      query: { personId, action: 'measurement.withdraw' },
    });
    expect(audit.json().items).toMatchObject([{ subjectId: mistake.id, details: {} }]);
    expect(audit.body).not.toContain('mauvais dossier');
    expect(await traces(mistake.id)).toMatchObject({ version: 2, versions: 2, events: 2, changes: 1 });
  });

  it('lists withdrawn measurements to a team lead or an administrator who asks, never to a worker', async () => {
    const personId = await registerPerson();
    const kept = await measure(personId, ladder('2026-01-10', { workerScore: 1 }, 'intake'));
    const mistake = await measure(personId, ladder('2026-02-10', { workerScore: 5 }));
    expect((await withdraw(mistake.id, { version: 1, reason: 'Doublon' })).statusCode).toBe(200);
    const list = (session: string, withdrawn?: string) =>
      t.call(session, {
        method: 'GET',
        url: `/api/v1/persons/${personId}/measurements`,
        query: withdrawn ? { withdrawn } : {},
      });
    for (const session of [lead, admin]) {
      const all = await list(session, 'include');
      expect(all.statusCode).toBe(200);
      expect(all.json().items.map((m: Measurement) => [m.id, m.withdrawal?.reason ?? null])).toEqual([
        [kept.id, null],
        [mistake.id, 'Doublon'],
      ]);
      expect((await list(session, 'exclude')).json().items.map((m: Measurement) => m.id)).toEqual([kept.id]);
    }
    const refused = await list(worker, 'include');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toBe(
      'Seul un chef de service ou un administrateur fonctionnel peut lister les éléments retirés.',
    );
    expect((await list(worker, 'everything')).statusCode).toBe(400);
    expect((await list(worker)).json().items.map((m: Measurement) => m.id)).toEqual([kept.id]);
  });

  it('never changes a withdrawn measurement again', async () => {
    const personId = await registerPerson();
    const made = await measure(personId, ladder('2026-04-01', { workerScore: 2 }));
    expect((await withdraw(made.id, { version: 1, reason: 'Erreur' })).statusCode).toBe(200);
    const before = await traces(made.id);
    const again = await withdraw(made.id, { version: 2, reason: 'Encore' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe(
      'Cette mesure a été retirée : elle ne peut plus être corrigée ni retirée à nouveau.',
    );
    const corrected = await correct(made.id, { version: 2, context: 'closure' });
    expect(corrected.statusCode).toBe(409);
    expect(corrected.json().detail).toBe(again.json().detail);
    expect(await traces(made.id)).toEqual(before);
  });

  it.each([
    ['no reason', { version: 1 }, [['reason', 'validation.required']]],
    ['a blank reason', { version: 1, reason: '   ' }, [['reason', 'validation.required']]],
    ['a reason too long', { version: 1, reason: 'x'.repeat(2001) }, [['reason', 'validation.tooLong']]],
    ['no version', { reason: 'Erreur' }, [['version', 'validation.required']]],
  ])('refuses %s with the field named, and changes nothing', async (_name, body, errors) => {
    const personId = await registerPerson();
    const made = await measure(personId, ladder('2026-04-01', { workerScore: 2 }));
    const before = await traces(made.id);
    const response = await withdraw(made.id, body);
    expect(response.statusCode).toBe(400);
    expect(errorsOf(response)).toEqual(errors);
    expect(await traces(made.id)).toEqual(before);
  });

  it('answers 401, 403, 404 and 409 as it should, changing nothing', async () => {
    const personId = await registerPerson();
    const made = await measure(personId, ladder('2026-04-01', { workerScore: 2 }));
    const before = await traces(made.id);
    expect((await withdraw(made.id, { version: 1, reason: 'Erreur' }, null)).statusCode).toBe(401);
    expect((await withdraw(made.id, { version: 1, reason: 'Erreur' }, federal)).statusCode).toBe(403);
    expect((await withdraw(made.id, { version: 1, reason: 'Erreur' }, gent)).statusCode).toBe(404);
    const stale = await withdraw(made.id, { version: 3, reason: 'Erreur' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().currentVersion).toBe(1);
    expect(await traces(made.id)).toEqual(before);
  });
});
