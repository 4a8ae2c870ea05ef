/**
 * Evaluations over the API, on the real database. Each test drafts and signs its own growth plan
 * (no signature needed by the default policy) from Monday 2 March 2026 to Friday 4 December 2026:
 * 277 days, so 3 evaluations, 2 in person, suggested on 2 June*, 3 September* and 4 December.
 * Today is Monday 23 November 2026.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import type { Evaluation } from './schemas.ts';

let t: TestApp;
let worker: string;
let colleague: string;
let lead: string;
let gent: string;
let federal: string;

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('worker@namur.demo', { address: '10.11.0.1' });
  colleague = await t.login('worker2@namur.demo', { address: '10.11.0.2' });
  lead = await t.login('lead@namur.demo', { address: '10.11.0.3' });
  gent = await t.login('worker@gent.demo', { address: '10.11.0.4' });
  federal = await t.login('federal@spp.demo', { address: '10.11.0.5' });
});
afterAll(() => t.close());

let born = 0;
/** A person of the worker's file (a birth year of their own: no possible duplicate to confirm). */
async function person(lastName: string) {
  born += 1;
  const response = await t.call(worker, {
    method: 'POST',
    url: '/api/v1/persons',
    payload: { firstName: 'Yasmina', lastName, birthDate: `${1950 + born}-04-12`, sex: 'F', language: 'fr' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

/** A growth plan with two objectives, drafted (and signed on 2 March unless told). */
async function plan(lastName: string, { sign = true } = {}) {
  const personId = await person(lastName);
  const drafted = await t.call(worker, {
    method: 'POST',
    url: '/api/v1/trajectories',
    payload: {
      personId,
      form: 'growthPlan',
      situation: 'integrationIncome',
      orientations: ['socialIntegration'],
      objectives: [
        { id: 'o1', text: 'Ouvrir un compte bancaire' },
        { id: 'o2', text: 'Rejoindre un groupe de parole' },
      ],
      reactualisedAfterShortJob: true,
      startOn: '2026-03-02',
      plannedEndOn: '2026-12-04',
    },
  });
  expect(drafted.statusCode, drafted.body).toBe(201);
  const id = drafted.json<{ id: string }>().id;
  if (sign) {
    const informed = await t.call(worker, {
      method: 'POST',
      url: `/api/v1/trajectories/${id}/inform`,
      payload: {
        version: 1,
        informedOn: '2026-03-02',
        language: 'fr',
        supportPersonExplained: true,
        reflectionRequested: false,
      },
    });
    expect(informed.statusCode, informed.body).toBe(200);
    const signed = await t.call(worker, {
      method: 'POST',
      url: `/api/v1/trajectories/${id}/sign`,
      payload: { version: 2, signedOn: '2026-03-02', person: null, worker: null },
    });
    expect(signed.statusCode, signed.body).toBe(200);
  }
  return { id, personId };
}

const evaluation = (overrides: Record<string, unknown> = {}) => ({
  heldOn: '2026-11-20',
  mode: 'inPerson',
  attendance: { person: true, supportPerson: true, partners: ['Forem'], others: '' },
  objectiveProgress: [
    { objectiveId: 'o1', level: 'achieved', note: 'Compte ouvert en octobre.' },
    { objectiveId: 'o2', level: 'progressing', note: '' },
  ],
  personDid: 'A rassemblé ses documents.',
  centreDid: 'A pris rendez-vous à la banque.',
  nextSteps: 'Inscription au groupe de parole.',
  nextOn: '2026-12-01',
  ...overrides,
});
const measurement = {
  instrumentKey: 'participation-ladder',
  scores: [{ domain: 'participation', workerScore: 3, personScore: 4 }],
};
const record = (id: string, body: object, session = worker) =>
  t.call(session, { method: 'POST', url: `/api/v1/trajectories/${id}/evaluations`, payload: body });
const list = (id: string, session = worker) =>
  t.call(session, { method: 'GET', url: `/api/v1/trajectories/${id}/evaluations` });
const read = (id: string, session = worker) =>
  t.call(session, { method: 'GET', url: `/api/v1/evaluations/${id}` });
const correct = (id: string, body: object, session = worker) =>
  t.call(session, { method: 'PATCH', url: `/api/v1/evaluations/${id}`, payload: body });
const deadlines = async (id: string) =>
  (await t.call(worker, { method: 'GET', url: `/api/v1/trajectories/${id}/deadlines` }))
    .json<{ items: { key: string; date: string; state: string; inPerson?: boolean }[] }>()
    .items.filter((d) => d.key.startsWith('evaluation'))
    .map((d) => `${d.key} ${d.date} ${d.state}${d.inPerson ? '*' : ''}`);
const count = async (table: 'evaluations' | 'measurements' | 'events' | 'record_versions') =>
  (
    await ownerRows<{ n: number }>(t.database, sql`select count(*)::int as n from ${sql.identifier(table)}`)
  )[0]?.n;
const counts = async () => [
  await count('evaluations'),
  await count('measurements'),
  await count('events'),
  await count('record_versions'),
];

describe('POST /trajectories/{id}/evaluations', () => {
  it('records an evaluation and the measurement taken at it in one step, with their events and audit rows', async () => {
    const { id, personId } = await plan('Évaluée');
    const response = await record(id, evaluation({ measurement }));
    expect(response.statusCode, response.body).toBe(201);
    const made = response.json<Evaluation>();
    expect(response.headers.location).toBe(`/api/v1/evaluations/${made.id}`);
    expect(made).toMatchObject({
      trajectoryId: id,
      personId,
      heldOn: '2026-11-20',
      mode: 'inPerson',
      missed: false,
      attendance: { person: true, supportPerson: true, partners: ['Forem'], others: '' },
      objectiveProgress: [
        { objectiveId: 'o1', level: 'achieved', note: 'Compte ouvert en octobre.' },
        { objectiveId: 'o2', level: 'progressing', note: '' },
      ],
      personDid: 'A rassemblé ses documents.',
      centreDid: 'A pris rendez-vous à la banque.',
      nextSteps: 'Inscription au groupe de parole.',
      nextOn: '2026-12-01',
      heldByName: 'Camille Dubois',
      version: 1,
      measurement: {
        personId,
        instrumentKey: 'participation-ladder',
        measuredOn: '2026-11-20',
        context: 'evaluation',
        scores: [{ domain: 'participation', workerScore: 3, personScore: 4, note: null }],
      },
    });
    expect(made.measurementId).toBe(made.measurement?.id);
    const events = await ownerRows<{ type: string; payload: unknown; occurredOn: string }>(
      t.database,
      sql`select type, payload, occurred_on as "occurredOn" from events where person_id = ${personId}
          and type in ('evaluation.recorded', 'measurement.recorded') order by type`,
    );
    // Ids and kinds only: what was said stays in the evaluation.
    expect(events).toEqual([
      {
        type: 'evaluation.recorded',
        payload: { trajectoryId: id, mode: 'inPerson', missed: false, measurementId: made.measurementId },
        occurredOn: '2026-11-20',
      },
      {
        type: 'measurement.recorded',
        payload: { instrumentKey: 'participation-ladder', instrumentVersion: 1, context: 'evaluation' },
        occurredOn: '2026-11-20',
      },
    ]);
    const audit = await ownerRows<{ action: string; details: unknown }>(
      t.database,
      sql`select action, details from audit_events where person_id = ${personId}
          and action in ('evaluation.create', 'measurement.create') order by action`,
    );
    expect(audit).toEqual([
      { action: 'evaluation.create', details: { trajectoryId: id, missed: false, measurement: true } },
      { action: 'measurement.create', details: {} },
    ]);
    const versions = await ownerRows<{ version: number }>(
      t.database,
      sql`select version from record_versions where entity = 'evaluation' and entity_id = ${made.id}`,
    );
    expect(versions).toEqual([{ version: 1 }]);
  });

  it('records a missed appointment: the person did not come, no progress, no measurement', async () => {
    const { id } = await plan('Absente');
    const response = await record(id, {
      heldOn: '2026-09-03',
      mode: 'inPerson',
      missed: true,
      attendance: { person: false },
      nextOn: '2026-09-17',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      missed: true,
      attendance: { person: false, supportPerson: false, partners: [], others: '' },
      objectiveProgress: [],
      personDid: '',
      measurementId: null,
      nextOn: '2026-09-17',
    });
    expect(response.json().measurement).toBeUndefined();
  });

  it.each([
    ['a day in the future', evaluation({ heldOn: '2026-11-24' }), 'heldOn', 'validation.dateInFuture'],
    [
      'a day before the plan started',
      evaluation({ heldOn: '2026-02-27' }),
      'heldOn',
      'validation.evaluationBeforePlanStart',
    ],
    ['an impossible day', evaluation({ heldOn: '2026-02-30' }), 'heldOn', 'validation.invalidDate'],
    [
      'a next date on the day itself',
      evaluation({ nextOn: '2026-11-20' }),
      'nextOn',
      'validation.nextAfterHeld',
    ],
    ['an unknown mode', evaluation({ mode: 'telepathy' }), 'mode', 'validation.invalidEnum'],
    [
      'an objective the plan does not have',
      evaluation({ objectiveProgress: [{ objectiveId: 'o9', level: 'achieved' }] }),
      'objectiveProgress.0.objectiveId',
      'validation.unknownObjective',
    ],
    [
      'an objective given twice',
      evaluation({
        objectiveProgress: [
          { objectiveId: 'o1', level: 'achieved' },
          { objectiveId: 'o1', level: 'setback' },
        ],
      }),
      'objectiveProgress.1.objectiveId',
      'validation.duplicateKey',
    ],
    [
      'an unknown level',
      evaluation({ objectiveProgress: [{ objectiveId: 'o1', level: 'great' }] }),
      'objectiveProgress.0.level',
      'validation.invalidEnum',
    ],
    [
      'no progress at an evaluation held',
      evaluation({ objectiveProgress: [] }),
      'objectiveProgress',
      'validation.progressRequired',
    ],
    [
      'a missed appointment the person came to',
      evaluation({ missed: true, objectiveProgress: [] }),
      'attendance.person',
      'validation.missedButCame',
    ],
    [
      'progress at a missed appointment',
      evaluation({ missed: true, attendance: { person: false } }),
      'objectiveProgress',
      'validation.missedNoProgress',
    ],
    [
      'a measurement at a missed appointment',
      evaluation({ missed: true, attendance: { person: false }, objectiveProgress: [], measurement }),
      'measurement',
      'validation.missedNoMeasurement',
    ],
    [
      'a measurement score off the scale (named under measurement)',
      evaluation({ measurement: { ...measurement, scores: [{ domain: 'participation', workerScore: 9 }] } }),
      'measurement.scores.0.workerScore',
      'validation.scoreOutOfScale',
    ],
    [
      'a measurement with another moment than the evaluation',
      evaluation({ measurement: { ...measurement, context: 'intake' } }),
      'measurement.context',
      'validation.invalidEnum',
    ],
    ['an unknown field', evaluation({ heldBy: 'someone else' }), '', 'validation.unknownField'],
  ])('refuses %s with the field named, and writes nothing', async (_name, body, path, code) => {
    const { id } = await plan('Refusée');
    const before = await counts();
    const response = await record(id, body);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect(await counts()).toEqual(before);
  });

  it('refuses a plan not signed yet, and a closed plan, with the rule named (409, in the caller’s language)', async () => {
    const draft = await plan('Brouillon', { sign: false });
    const refused = await record(draft.id, evaluation());
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      rule: 'evaluation.activePlanOnly',
      state: 'draft',
      detail: 'Seul un plan signé et en vigueur peut être évalué : signez-le d’abord.',
    });
    const closed = await plan('Clôturée');
    const closing = await t.call(worker, {
      method: 'POST',
      url: `/api/v1/trajectories/${closed.id}/close`,
      payload: { version: 3, closedOn: '2026-11-23', outcome: 'reinforcedAutonomy' },
    });
    expect(closing.statusCode, closing.body).toBe(200);
    const after = await record(closed.id, evaluation());
    expect(after.statusCode).toBe(409);
    expect(after.json()).toMatchObject({ rule: 'plan.closed' });
  });

  it('answers 401 without a session, 403 to the federal role, 404 for another centre’s plan or none', async () => {
    const { id } = await plan('Gardée');
    expect((await record(id, evaluation(), null as unknown as string)).statusCode).toBe(401);
    expect((await record(id, evaluation(), federal)).statusCode).toBe(403);
    expect((await record(id, evaluation(), gent)).statusCode).toBe(404);
    const unknown = await record('00000000-0000-4000-8000-000000000000', evaluation());
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe("Ce plan n'existe pas dans votre CPAS.");
  });
});

describe('the schedule and the year’s minimum move with the evaluations', () => {
  it('GET /trajectories/{id}/evaluations: newest first, with the minimum; the deadlines move', async () => {
    const { id } = await plan('Suivie');
    // Nothing held: two suggestions passed, one ahead for three missing.
    expect((await list(id)).json()).toEqual({
      items: [],
      compliance: {
        state: 'atRisk',
        from: '2026-03-02',
        to: '2026-12-04',
        required: 3,
        requiredInPerson: 2,
        held: 0,
        heldInPerson: 0,
        missed: 0,
        scheduledAhead: 1,
      },
    });
    expect(await deadlines(id)).toEqual([
      'evaluation.1 2026-06-02 overdue*',
      'evaluation.2 2026-09-03 overdue*',
      'evaluation.minimum 2026-11-23 due*',
      'evaluation.3 2026-12-04 due',
    ]);
    // A missed appointment in September counts for nothing; one held on 20 November sets 1 December.
    await record(id, { heldOn: '2026-09-03', mode: 'inPerson', missed: true, attendance: { person: false } });
    await record(id, evaluation({ mode: 'remote' }));
    const after = (await list(id)).json<{ items: Evaluation[]; compliance: unknown }>();
    expect(after.items.map((e) => `${e.heldOn} ${e.missed}`)).toEqual([
      '2026-11-20 false',
      '2026-09-03 true',
    ]);
    expect(after.compliance).toEqual({
      state: 'onTrack',
      from: '2026-03-02',
      to: '2026-12-04',
      required: 3,
      requiredInPerson: 2,
      held: 1,
      heldInPerson: 0,
      missed: 1,
      scheduledAhead: 2,
    });
    expect(await deadlines(id)).toEqual([
      'evaluation.1 2026-11-20 done',
      'evaluation.2 2026-12-01 due*',
      'evaluation.3 2026-12-04 due*',
    ]);
    const audit = await ownerRows<{ action: string; details: unknown }>(
      t.database,
      sql`select action, details from audit_events where action = 'evaluation.list' and subject_id = ${id} order by at`,
    );
    expect(audit.map((a) => a.details)).toEqual([{ returned: 0 }, { returned: 2 }]);
  });

  it('a draft plan has no minimum yet; the list answers 403 and 404 like the plan', async () => {
    const draft = await plan('Sansminimum', { sign: false });
    expect((await list(draft.id)).json()).toEqual({ items: [], compliance: null });
    expect((await list(draft.id, federal)).statusCode).toBe(403);
    expect((await list(draft.id, gent)).statusCode).toBe(404);
    expect((await list(draft.id, null as unknown as string)).statusCode).toBe(401);
  });

  it('shows on the person’s timeline as the plan’s', async () => {
    const { id, personId } = await plan('Chronologie');
    const made = (await record(id, evaluation())).json<Evaluation>();
    const answer = await t.call(worker, { method: 'GET', url: `/api/v1/persons/${personId}/timeline` });
    expect(answer.statusCode, answer.body).toBe(200);
    const timeline = answer.json<{
      items: { type: string; kind: string; id: string; date: string; detail: unknown }[];
    }>();
    expect(timeline.items.find((i) => i.type === 'evaluation.recorded')).toMatchObject({
      kind: 'trajectory',
      id: made.id,
      date: '2026-11-20',
      detail: { trajectoryId: id, mode: 'inPerson', missed: false },
    });
  });
});

describe('GET and PATCH /evaluations/{id}', () => {
  it('reads one (with its audit row), corrects it with the version read, and keeps what it said before', async () => {
    const { id, personId } = await plan('Corrigée');
    const made = (await record(id, evaluation({ measurement }))).json<Evaluation>();
    const got = await read(made.id);
    expect(got.statusCode).toBe(200);
    expect(got.json()).toMatchObject({ id: made.id, version: 1, measurementId: made.measurementId });
    expect(got.json().measurement).toBeUndefined();
    expect(got.json().earlierVersions).toBeUndefined();

    const response = await correct(made.id, {
      version: 1,
      nextOn: '2026-12-02',
      objectiveProgress: [{ objectiveId: 'o2', level: 'setback', note: 'A quitté le groupe.' }],
      personDid: '',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      version: 2,
      nextOn: '2026-12-02',
      objectiveProgress: [{ objectiveId: 'o2', level: 'setback', note: 'A quitté le groupe.' }],
      personDid: '',
      centreDid: 'A pris rendez-vous à la banque.',
      measurementId: made.measurementId,
    });
    const corrected = await ownerRows<{ payload: unknown }>(
      t.database,
      sql`select payload from events where type = 'evaluation.corrected' and subject_id = ${made.id}`,
    );
    expect(corrected).toEqual([
      { payload: { trajectoryId: id, fields: ['objectiveProgress', 'personDid', 'nextOn'] } },
    ]);
    const audit = await ownerRows<{ action: string }>(
      t.database,
      sql`select action from audit_events where subject_id = ${made.id}::text order by at, id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'evaluation.create',
      'evaluation.read',
      'evaluation.correct',
    ]);
    // The schedule follows the corrected next date.
    expect((await deadlines(id))[1]).toBe('evaluation.2 2026-12-02 due*');

    // A team lead reads the earlier state; a colleague does not.
    const asLead = (await read(made.id, lead)).json<Evaluation>();
    expect(asLead.earlierVersions).toEqual([
      expect.objectContaining({
        version: 1,
        nextOn: '2026-12-01',
        personDid: 'A rassemblé ses documents.',
        objectiveProgress: evaluation().objectiveProgress,
      }),
    ]);
    expect((await read(made.id, colleague)).json().earlierVersions).toBeUndefined();
    expect(personId).toBe(asLead.personId);
  });

  it('saving what is there makes no new version', async () => {
    const { id } = await plan('Inchangée');
    const made = (await record(id, evaluation())).json<Evaluation>();
    const before = await counts();
    const same = await correct(made.id, { version: 1, nextOn: '2026-12-01', mode: 'inPerson' });
    expect(same.statusCode).toBe(200);
    expect(same.json().version).toBe(1);
    expect(await counts()).toEqual(before);
  });

  it('refuses a stale version (409), another worker (403), a bad correction (400), a closed plan (409)', async () => {
    const { id } = await plan('Protégée');
    const made = (await record(id, evaluation({ measurement }))).json<Evaluation>();
    expect((await correct(made.id, { version: 1, nextSteps: 'Autre chose.' })).statusCode).toBe(200);
    const stale = await correct(made.id, { version: 1, nextSteps: 'Encore autre chose.' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ currentVersion: 2 });
    const other = await correct(made.id, { version: 2, nextSteps: 'Pas la mienne.' }, colleague);
    expect(other.statusCode).toBe(403);
    expect(other.json().detail).toBe('Seul l’assistant social qui a mené l’évaluation peut la corriger.');
    const before = await counts();
    const missed = await correct(made.id, {
      version: 2,
      missed: true,
      attendance: { person: false },
      objectiveProgress: [],
    });
    expect(missed.statusCode).toBe(400);
    expect(missed.json().errors).toEqual([
      expect.objectContaining({ path: 'measurement', code: 'validation.missedNoMeasurement' }),
    ]);
    const late = await correct(made.id, { version: 2, nextOn: '2026-11-19' });
    expect(late.json().errors).toEqual([
      expect.objectContaining({ path: 'nextOn', code: 'validation.nextAfterHeld' }),
    ]);
    expect(await counts()).toEqual(before);
    await t.call(worker, {
      method: 'POST',
      url: `/api/v1/trajectories/${id}/close`,
      payload: { version: 3, closedOn: '2026-11-23', outcome: 'volunteering' },
    });
    const closed = await correct(made.id, { version: 2, nextSteps: 'Après la clôture.' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json()).toMatchObject({ rule: 'plan.closed' });
  });

  it('answers 401, 403 to the federal role, 404 for another centre or an unknown id', async () => {
    const { id } = await plan('Cachée');
    const made = (await record(id, evaluation())).json<Evaluation>();
    expect((await read(made.id, null as unknown as string)).statusCode).toBe(401);
    expect((await read(made.id, federal)).statusCode).toBe(403);
    expect((await correct(made.id, { version: 1, nextSteps: 'x' }, federal)).statusCode).toBe(403);
    const other = await read(made.id, gent);
    expect(other.statusCode).toBe(404);
    expect(other.json().detail).toBe('Deze evaluatie bestaat niet in uw OCMW.');
    expect((await correct(made.id, { version: 1, nextSteps: 'x' }, gent)).statusCode).toBe(404);
    expect((await read('00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await read('not-an-id')).statusCode).toBe(400);
  });
});
