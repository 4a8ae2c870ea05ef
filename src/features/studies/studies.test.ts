/**
 * Study questionnaires over the API, on the real database: the federal analyst's study to every
 * centre, a centre administrator's study for its own staff, one anonymous answer each, results only
 * from 5 answers with small counts suppressed, and the XLSX.
 */
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';

let t: TestApp;
const sessions: Record<string, string> = {};
let namur: string;
let gent: string;

const USERS = [
  'federal@spp.demo',
  'admin@namur.demo',
  'admin@gent.demo',
  'worker@namur.demo',
  'lead@namur.demo',
  'worker2@namur.demo',
  'worker@gent.demo',
  'lead@gent.demo',
  'worker2@gent.demo',
  'worker3@gent.demo',
];

beforeAll(async () => {
  t = await createTestApp();
  for (const [i, email] of USERS.entries())
    sessions[email] = await t.login(email, { address: `10.7.0.${i + 1}` });
  const rows = await ownerRows<{ name: string; id: string }>(t.database, sql`select name, id from centres`);
  namur = rows.find((r) => r.name.includes('Namur'))?.id as string;
  gent = rows.find((r) => r.name.includes('Gent'))?.id as string;
});
afterAll(() => t.close());

const as = (email: string) => sessions[email] as string;

const QUESTIONNAIRE = {
  title: { fr: 'Charge de travail 2026', nl: 'Werklast 2026' },
  questions: [
    {
      id: 'load',
      kind: 'scale1to5',
      text: { fr: 'Ma charge de travail est tenable.', nl: 'Mijn werklast is haalbaar.' },
    },
    {
      id: 'tool',
      kind: 'choice',
      text: { fr: 'Où tenez-vous les PIIS ?', nl: 'Waar houdt u de GPMI bij?' },
      options: [
        { id: 'paper', text: { fr: 'Sur papier', nl: 'Op papier' } },
        { id: 'soft', text: { fr: 'Dans un logiciel', nl: 'In software' } },
        { id: 'none', text: { fr: 'Nulle part', nl: 'Nergens' } },
      ],
    },
    { id: 'more', kind: 'text', text: { fr: 'Autre chose ?', nl: 'Nog iets?' } },
  ],
  opensOn: '2026-11-01',
  closesOn: '2026-12-31',
};

async function create(email: string, body: Record<string, unknown>) {
  const response = await t.call(as(email), { method: 'POST', url: '/api/v1/studies', payload: body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{
    id: string;
    version: number;
    state: string;
    targetAll: boolean;
    targetCentreIds: string[];
  }>();
}

async function publish(email: string, id: string, version: number) {
  const response = await t.call(as(email), {
    method: 'POST',
    url: `/api/v1/studies/${id}/publish`,
    payload: { version },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ version: number; state: string }>();
}

async function listIds(email: string) {
  const response = await t.call(as(email), { method: 'GET', url: '/api/v1/studies' });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: Array<{ id: string }> }>().items.map((s) => s.id);
}

function answer(email: string, id: string, answers: Record<string, unknown>, language = 'fr') {
  return t.call(as(email), {
    method: 'POST',
    url: `/api/v1/studies/${id}/answers`,
    headers: { 'accept-language': language },
    payload: { answers },
  });
}

describe('a federal study to every centre', () => {
  let id: string;

  it('is a draft nobody else sees until it is published, then every centre’s staff see it', async () => {
    const study = await create('federal@spp.demo', { ...QUESTIONNAIRE, targetAll: true });
    id = study.id;
    expect(study).toMatchObject({ state: 'draft', targetAll: true, targetCentreIds: [], version: 1 });
    expect(await listIds('worker@gent.demo')).not.toContain(id);
    expect(
      (await t.call(as('worker@gent.demo'), { method: 'GET', url: `/api/v1/studies/${id}` })).statusCode,
    ).toBe(404);
    expect(await listIds('federal@spp.demo')).toContain(id);
    // A centre administrator manages their own centre's studies, not the federal ones.
    expect(await listIds('admin@gent.demo')).not.toContain(id);

    const published = await publish('federal@spp.demo', id, 1);
    expect(published).toMatchObject({ state: 'published', version: 2 });
    expect(await listIds('worker@gent.demo')).toContain(id);
    expect(await listIds('worker@namur.demo')).toContain(id);
    const seen = await t.call(as('worker@namur.demo'), { method: 'GET', url: `/api/v1/studies/${id}` });
    expect(seen.json()).toMatchObject({ owner: 'federal', open: true, answered: false, canManage: false });

    const frozen = await t.call(as('federal@spp.demo'), {
      method: 'PATCH',
      url: `/api/v1/studies/${id}`,
      payload: { version: 2, title: { fr: 'Autre' } },
    });
    expect(frozen.statusCode).toBe(409);
  });

  it('takes one answer per person, refuses bad ones, and stores no one’s name with an answer', async () => {
    const bad = await answer('worker@namur.demo', id, { load: 6, tool: 'pen' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: Array<{ path: string; message: string }> }>().errors).toEqual([
      { path: 'answers.load', code: 'validation.studyScale', message: 'Choisissez une valeur de 1 à 5.' },
      { path: 'answers.tool', code: 'validation.studyChoice', message: 'Choisissez une des options.' },
    ]);
    expect((await answer('worker@namur.demo', id, {})).statusCode).toBe(400);

    const first = await answer('worker@namur.demo', id, { load: 4, tool: 'soft', more: 'Trop de papier' });
    expect(first.statusCode, first.body).toBe(201);
    const twice = await answer('worker@namur.demo', id, { load: 1 });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({
      type: '/api/v1/problems/conflict',
      detail: 'Vous avez déjà répondu à cette enquête. Chacun répond une fois.',
    });
    expect(await listIds('worker@namur.demo')).not.toContain(id);
    const seen = await t.call(as('worker@namur.demo'), { method: 'GET', url: `/api/v1/studies/${id}` });
    expect(seen.json()).toMatchObject({ answered: true });

    const columns = await ownerRows<{ table: string; column: string }>(
      t.database,
      sql`select table_name as table, column_name as column from information_schema.columns
          where table_name in ('study_answers', 'study_respondents') order by table_name, ordinal_position`,
    );
    expect(columns).toEqual([
      { table: 'study_answers', column: 'id' },
      { table: 'study_answers', column: 'study_id' },
      { table: 'study_answers', column: 'centre_id' },
      { table: 'study_answers', column: 'answers' },
      { table: 'study_respondents', column: 'study_id' },
      { table: 'study_respondents', column: 'centre_id' },
      { table: 'study_respondents', column: 'user_id' },
    ]);
    const stored = await ownerRows<{ centreId: string; answers: unknown }>(
      t.database,
      sql`select centre_id as "centreId", answers from study_answers where study_id = ${id}`,
    );
    expect(stored).toEqual([{ centreId: namur, answers: { load: 4, tool: 'soft', more: 'Trop de papier' } }]);
  });

  it('shows no result before 5 answers, then the aggregates with small counts as "<5"', async () => {
    expect((await answer('lead@namur.demo', id, { load: 4, tool: 'soft' })).statusCode).toBe(201);
    expect((await answer('worker2@namur.demo', id, { load: 5, tool: 'paper' })).statusCode).toBe(201);
    expect((await answer('worker@gent.demo', id, { load: 2, tool: 'soft' }, 'nl')).statusCode).toBe(201);

    const early = await t.call(as('federal@spp.demo'), {
      method: 'GET',
      url: `/api/v1/studies/${id}/results`,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json<{ detail: string }>().detail).toBe(
      'Moins de 5 personnes ont répondu : les résultats sont montrés à partir de 5 réponses, pour que personne ne soit reconnaissable.',
    );
    expect(
      (
        await t.call(as('federal@spp.demo'), {
          method: 'GET',
          url: `/api/v1/studies/${id}/results?format=xlsx`,
        })
      ).statusCode,
    ).toBe(409);

    expect(
      (await answer('lead@gent.demo', id, { load: 4, tool: 'soft', more: 'Goed' }, 'nl')).statusCode,
    ).toBe(201);
    expect((await answer('worker2@gent.demo', id, { load: 3 }, 'nl')).statusCode).toBe(201);

    const results = await t.call(as('federal@spp.demo'), {
      method: 'GET',
      url: `/api/v1/studies/${id}/results`,
    });
    expect(results.statusCode, results.body).toBe(200);
    expect(results.json()).toEqual({
      studyId: id,
      answers: 6,
      questions: [
        {
          id: 'load',
          kind: 'scale1to5',
          text: 'Ma charge de travail est tenable.',
          answered: 6,
          counts: [
            { value: '1', label: '1', count: 0 },
            { value: '2', label: '2', count: '<5' },
            { value: '3', label: '3', count: '<5' },
            { value: '4', label: '4', count: '<5' },
            { value: '5', label: '5', count: '<5' },
          ],
          mean: 3.67,
        },
        {
          id: 'tool',
          kind: 'choice',
          text: 'Où tenez-vous les PIIS ?',
          answered: 5,
          counts: [
            { value: 'paper', label: 'Sur papier', count: '<5' },
            { value: 'soft', label: 'Dans un logiciel', count: '<5' },
            { value: 'none', label: 'Nulle part', count: 0 },
          ],
          mean: null,
        },
        { id: 'more', kind: 'text', text: 'Autre chose ?', answered: '<5', counts: [], mean: null },
      ],
      centres: [
        { centreId: namur, name: 'CPAS de Namur-Démo', answers: '<5' },
        { centreId: gent, name: 'OCMW Gent-Demo', answers: '<5' },
      ],
    });
  });

  it('downloads as XLSX: the aggregates and the anonymous rows', async () => {
    const response = await t.call(as('federal@spp.demo'), {
      method: 'GET',
      url: `/api/v1/studies/${id}/results?format=xlsx`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['aggregates', 'answers']);
    const aggregates = workbook.getWorksheet('aggregates');
    const values = (aggregates?.getSheetValues() ?? []).map((r) => (Array.isArray(r) ? r.slice(1) : r));
    expect(values).toContainEqual(['Ma charge de travail est tenable.', 'Ont répondu', 6, 3.67]);
    expect(values).toContainEqual(['', 'Dans un logiciel', '<5', '']);
    const answers = workbook.getWorksheet('answers');
    // An empty cell for a question skipped.
    const rows = (answers?.getSheetValues() ?? [])
      .filter(Boolean)
      .map((r) => Array.from({ length: 3 }, (_, i) => (r as unknown[])[i + 1] ?? null));
    expect(rows[0]).toEqual([
      'Ma charge de travail est tenable.',
      'Où tenez-vous les PIIS ?',
      'Autre chose ?',
    ]);
    const sorted = rows
      .slice(1)
      .map((r) => JSON.stringify(r))
      .sort();
    expect(sorted).toEqual(
      [
        [2, 'Dans un logiciel', null],
        [3, null, null],
        [4, 'Dans un logiciel', null],
        [4, 'Dans un logiciel', 'Goed'],
        [4, 'Dans un logiciel', 'Trop de papier'],
        [5, 'Sur papier', null],
      ]
        .map((r) => JSON.stringify(r))
        .sort(),
    );
  });

  it('is closed by the federal analyst and then takes no answer', async () => {
    const current = await t.call(as('federal@spp.demo'), { method: 'GET', url: `/api/v1/studies/${id}` });
    const closed = await t.call(as('federal@spp.demo'), {
      method: 'POST',
      url: `/api/v1/studies/${id}/close`,
      payload: { version: current.json<{ version: number }>().version },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const late = await answer('worker3@gent.demo', id, { load: 3 });
    expect(late.statusCode).toBe(409);
    expect(late.json<{ detail: string }>().detail).toBe('Deze bevraging neemt vandaag geen antwoorden aan.');
  });
});

describe('a federal study to chosen centres', () => {
  it('is seen only by the staff of those centres', async () => {
    const study = await create('federal@spp.demo', { ...QUESTIONNAIRE, targetCentreIds: [gent] });
    await publish('federal@spp.demo', study.id, 1);
    expect(await listIds('worker@gent.demo')).toContain(study.id);
    expect(await listIds('worker@namur.demo')).not.toContain(study.id);
    expect((await answer('worker@namur.demo', study.id, { load: 3 })).statusCode).toBe(404);
    const noTarget = await t.call(as('federal@spp.demo'), {
      method: 'POST',
      url: '/api/v1/studies',
      payload: QUESTIONNAIRE,
    });
    expect(noTarget.statusCode).toBe(400);
    expect(noTarget.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)).toEqual([
      'targetCentreIds',
    ]);
  });
});

describe('a centre administrator’s study', () => {
  it('is for the centre’s own staff only, and invisible to another centre and to the federal analyst', async () => {
    const study = await create('admin@namur.demo', {
      ...QUESTIONNAIRE,
      targetAll: true,
      targetCentreIds: [gent],
    });
    expect(study).toMatchObject({ targetAll: false, targetCentreIds: [namur] });
    await publish('admin@namur.demo', study.id, 1);
    expect(await listIds('worker@namur.demo')).toContain(study.id);
    expect(await listIds('worker@gent.demo')).not.toContain(study.id);
    for (const email of ['worker@gent.demo', 'admin@gent.demo', 'federal@spp.demo']) {
      const response = await t.call(as(email), { method: 'GET', url: `/api/v1/studies/${study.id}` });
      expect(response.statusCode, email).toBe(404);
    }
    expect((await answer('worker@gent.demo', study.id, { load: 2 })).statusCode).toBe(404);
    expect(
      (await t.call(as('admin@gent.demo'), { method: 'GET', url: `/api/v1/studies/${study.id}/results` }))
        .statusCode,
    ).toBe(404);
    // The owner centre's own workers may answer but not read the results.
    expect((await answer('worker@namur.demo', study.id, { load: 2 })).statusCode).toBe(201);
    expect(
      (await t.call(as('worker@namur.demo'), { method: 'GET', url: `/api/v1/studies/${study.id}/results` }))
        .statusCode,
    ).toBe(403);
    const results = await t.call(as('admin@namur.demo'), {
      method: 'GET',
      url: `/api/v1/studies/${study.id}/results`,
    });
    expect(results.statusCode).toBe(409);
    // Its events are in the centre's log, without any answer.
    const events = await ownerRows<{ type: string }>(
      t.database,
      sql`select type from events where subject_id = ${study.id} order by subject_seq`,
    );
    expect(events.map((e) => e.type)).toEqual(['study.created', 'study.published']);
  });

  it('changes while a draft, with the version read', async () => {
    const study = await create('admin@namur.demo', QUESTIONNAIRE);
    const stale = await t.call(as('admin@namur.demo'), {
      method: 'PATCH',
      url: `/api/v1/studies/${study.id}`,
      payload: { version: 2, closesOn: '2026-12-20' },
    });
    expect(stale.statusCode).toBe(409);
    const changed = await t.call(as('admin@namur.demo'), {
      method: 'PATCH',
      url: `/api/v1/studies/${study.id}`,
      payload: { version: 1, closesOn: '2026-12-20' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ version: 2, closesOn: '2026-12-20', state: 'draft' });
    const backwards = await t.call(as('admin@namur.demo'), {
      method: 'PATCH',
      url: `/api/v1/studies/${study.id}`,
      payload: { version: 2, opensOn: '2027-01-01' },
    });
    expect(backwards.statusCode).toBe(400);
  });
});
