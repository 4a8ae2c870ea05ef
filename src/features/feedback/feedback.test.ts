/**
 * The person's anonymous feedback over the API, on the real database: a worker's one-time link,
 * the person's answer through it, what is (and is not) stored, and the yearly report's cells.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import { inTenant } from '../../db/tenancy.ts';
import { feedbackCells } from './report-cells.ts';
import { hashFeedbackSecret } from './service.ts';

let t: TestApp;
let worker: string;
let namur: string;
let gent: string;

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('worker@namur.demo');
  const centres = await ownerRows<{ email: string; centreId: string }>(
    t.database,
    sql`select email, centre_id as "centreId" from users where email in ('worker@namur.demo', 'worker@gent.demo')`,
  );
  namur = centres.find((c) => c.email === 'worker@namur.demo')?.centreId as string;
  gent = centres.find((c) => c.email === 'worker@gent.demo')?.centreId as string;
});
afterAll(() => t.close());

async function newLink(language = 'fr') {
  const response = await t.call(worker, {
    method: 'POST',
    url: '/api/v1/feedback-links',
    payload: { language },
  });
  expect(response.statusCode, response.body).toBe(201);
  const { url, expiresAt } = response.json<{ url: string; expiresAt: string }>();
  const secret = new URL(url).pathname.split('/').pop() as string;
  return { url, expiresAt, secret };
}

const answerRows = () =>
  ownerRows<Record<string, unknown>>(t.database, sql`select * from feedback_answers order by year, language`);

describe('a one-time feedback link', () => {
  it('is created by a worker, holds no person nor worker, and its audit row says nothing of it', async () => {
    const link = await newLink('nl');
    expect(link.url).toMatch(/^http:\/\/localhost(:80)?\/feedback\/[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt).toBe(new Date(t.clock.now().getTime() + 30 * 86_400_000).toISOString());
    const columns = await ownerRows<{ column: string }>(
      t.database,
      sql`select column_name as column from information_schema.columns where table_name = 'feedback_links' order by ordinal_position`,
    );
    expect(columns.map((c) => c.column)).toEqual(['secret_hash', 'centre_id', 'language', 'expires_at']);
    const stored = await ownerRows<{ centreId: string; language: string }>(
      t.database,
      sql`select centre_id as "centreId", language from feedback_links where secret_hash = ${hashFeedbackSecret(link.secret)}`,
    );
    expect(stored).toEqual([{ centreId: namur, language: 'nl' }]);
    const audit = await ownerRows<{ details: unknown; personId: string | null; subjectId: string | null }>(
      t.database,
      sql`select details, person_id as "personId", subject_id as "subjectId" from audit_events where action = 'feedback.linkCreate'`,
    );
    expect(audit).toEqual([{ details: {}, personId: null, subjectId: null }]);
  });

  it('shows the questions in the link’s language, or in the one the person chooses', async () => {
    const { secret } = await newLink('nl');
    const form = await t.call(null, { method: 'GET', url: `/api/v1/feedback/${secret}` });
    expect(form.statusCode, form.body).toBe(200);
    expect(form.json()).toMatchObject({
      language: 'nl',
      linkLanguage: 'nl',
      title: 'Uw mening',
      questions: [
        { key: 'understandable', text: 'Ik begrijp mijn plan.' },
        { key: 'heard', text: 'Ik voelde me gehoord.' },
        { key: 'helpFits', text: 'De hulp past bij wat ik nodig heb.' },
      ],
      scale: [
        { value: 1, label: 'Helemaal niet' },
        { value: 2, label: 'Een beetje' },
        { value: 3, label: 'Grotendeels' },
        { value: 4, label: 'Helemaal' },
      ],
      comment: { maxLength: 2000 },
    });
    const german = await t.call(null, { method: 'GET', url: `/api/v1/feedback/${secret}?language=de` });
    expect(german.json()).toMatchObject({ language: 'de', linkLanguage: 'nl', title: 'Ihre Meinung' });
  });

  it('takes one answer, stores only the centre, year, language, scores and text, and is gone', async () => {
    const { secret } = await newLink('fr');
    const before = await answerRows();
    const auditBefore = await ownerRows<{ n: number }>(
      t.database,
      sql`select count(*)::int as n from audit_events`,
    );
    const answered = await t.call(null, {
      method: 'POST',
      url: `/api/v1/feedback/${secret}`,
      payload: { scores: { understandable: 3, heard: 4 }, comment: 'Merci pour le temps.' },
    });
    expect(answered.statusCode, answered.body).toBe(201);
    expect(answered.json()).toEqual({ received: true });

    const after = await answerRows();
    expect(after.length).toBe(before.length + 1);
    const columns = await ownerRows<{ column: string }>(
      t.database,
      sql`select column_name as column from information_schema.columns where table_name = 'feedback_answers' order by ordinal_position`,
    );
    expect(columns.map((c) => c.column)).toEqual([
      'id',
      'centre_id',
      'year',
      'language',
      'understandable',
      'heard',
      'help_fits',
      'comment',
    ]);
    const row = after.find((r) => r.comment === 'Merci pour le temps.') as Record<string, unknown>;
    const { id, ...rest } = row;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(rest).toEqual({
      centre_id: namur,
      year: 2026,
      language: 'fr',
      understandable: 3,
      heard: 4,
      help_fits: null,
      comment: 'Merci pour le temps.',
    });
    // The link is deleted with the answer; no audit row and no event records the answer.
    expect(
      await ownerRows(
        t.database,
        sql`select 1 from feedback_links where secret_hash = ${hashFeedbackSecret(secret)}`,
      ),
    ).toEqual([]);
    const auditAfter = await ownerRows<{ n: number }>(
      t.database,
      sql`select count(*)::int as n from audit_events`,
    );
    expect(auditAfter).toEqual(auditBefore);

    const again = await t.call(null, {
      method: 'POST',
      url: `/api/v1/feedback/${secret}`,
      headers: { 'accept-language': 'fr' },
      payload: { scores: { heard: 1 } },
    });
    expect(again.statusCode).toBe(404);
    expect(again.json()).toMatchObject({
      type: '/api/v1/problems/not-found',
      detail:
        "Ce lien d'avis ne fonctionne pas : il a déjà servi, il a expiré ou il est faux. Demandez-en un nouveau à votre assistant social.",
    });
    expect((await t.call(null, { method: 'GET', url: `/api/v1/feedback/${secret}` })).statusCode).toBe(404);
    expect(await answerRows()).toEqual(after);
  });

  it('refuses bad answers in the person’s language, stores nothing and keeps the link', async () => {
    const { secret } = await newLink('fr');
    const before = await answerRows();
    const cases: Array<[unknown, string, string]> = [
      [{ scores: { heard: 5 } }, 'scores.heard', 'validation.tooBig'],
      [{ scores: { understandable: 0 } }, 'scores.understandable', 'validation.tooSmall'],
      [{ scores: { helpFits: 2.5 } }, 'scores.helpFits', 'validation.invalidType'],
      [{ scores: { heard: 2 }, comment: 'x'.repeat(2001) }, 'comment', 'validation.tooLong'],
      [{ scores: {} }, 'scores', 'validation.feedbackEmpty'],
      [{ scores: { heard: 2 }, personId: 'x' }, '', 'validation.unknownField'],
    ];
    for (const [payload, path, code] of cases) {
      const response = await t.call(null, {
        method: 'POST',
        url: `/api/v1/feedback/${secret}`,
        headers: { 'accept-language': 'nl' },
        payload: payload as Record<string, unknown>,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      const body = response.json<{ errors: Array<{ path: string; code: string; message: string }> }>();
      expect(
        body.errors.map((e) => [e.path, e.code]),
        JSON.stringify(payload),
      ).toContainEqual([path, code]);
      expect(body.errors.every((e) => e.message.length > 0)).toBe(true);
    }
    const empty = await t.call(null, {
      method: 'POST',
      url: `/api/v1/feedback/${secret}`,
      headers: { 'accept-language': 'nl' },
      payload: { scores: {} },
    });
    expect(empty.json<{ errors: Array<{ message: string }> }>().errors[0]?.message).toBe(
      'Beantwoord minstens één vraag of schrijf een paar woorden.',
    );
    expect(await answerRows()).toEqual(before);
    expect((await t.call(null, { method: 'GET', url: `/api/v1/feedback/${secret}` })).statusCode).toBe(200);
  });

  it('answers 404 for an unknown secret and 400 for something that is not one', async () => {
    expect(
      (await t.call(null, { method: 'GET', url: `/api/v1/feedback/${'A'.repeat(43)}` })).statusCode,
    ).toBe(404);
    expect((await t.call(null, { method: 'GET', url: '/api/v1/feedback/short' })).statusCode).toBe(400);
  });

  it('needs a signed-in centre worker to be created', async () => {
    expect(
      (await t.call(null, { method: 'POST', url: '/api/v1/feedback-links', payload: { language: 'fr' } }))
        .statusCode,
    ).toBe(401);
    const federal = await t.login('federal@spp.demo');
    expect(
      (await t.call(federal, { method: 'POST', url: '/api/v1/feedback-links', payload: { language: 'fr' } }))
        .statusCode,
    ).toBe(403);
  });
});

describe('feedbackCells (the yearly report’s hook)', () => {
  it('counts one centre’s answers of one year exactly, and no other', async () => {
    const rows: Array<[string, number, number | null, number | null, number | null, string | null]> = [
      [namur, 2025, 4, 4, 3, 'texte libre'],
      [namur, 2025, 4, null, 1, null],
      [namur, 2025, 2, 3, null, null],
      [namur, 2025, null, null, null, 'seulement un texte'],
      [namur, 2024, 1, 1, 1, null],
      [gent, 2025, 3, 3, 3, null],
    ];
    for (const [centre, year, u, h, f, c] of rows) {
      await ownerRows(
        t.database,
        sql`insert into feedback_answers (centre_id, year, language, understandable, heard, help_fits, comment)
            values (${centre}, ${year}, 'fr', ${u}, ${h}, ${f}, ${c})`,
      );
    }
    const cells = await inTenant(t.database.db, { centreId: namur, userId: null }, (tx) =>
      feedbackCells(tx, namur, 2025),
    );
    expect(cells).toEqual([
      { cell: 'feedback.answers', count: 4, amount: 0 },
      { cell: 'feedback.understandable.2', count: 1, amount: 0 },
      { cell: 'feedback.understandable.4', count: 2, amount: 0 },
      { cell: 'feedback.understandable.answered', count: 3, amount: 10 },
      { cell: 'feedback.heard.3', count: 1, amount: 0 },
      { cell: 'feedback.heard.4', count: 1, amount: 0 },
      { cell: 'feedback.heard.answered', count: 2, amount: 7 },
      { cell: 'feedback.helpFits.1', count: 1, amount: 0 },
      { cell: 'feedback.helpFits.3', count: 1, amount: 0 },
      { cell: 'feedback.helpFits.answered', count: 2, amount: 4 },
    ]);
    expect(
      await inTenant(t.database.db, { centreId: gent, userId: null }, (tx) => feedbackCells(tx, gent, 2025)),
    ).toEqual([
      { cell: 'feedback.answers', count: 1, amount: 0 },
      { cell: 'feedback.understandable.3', count: 1, amount: 0 },
      { cell: 'feedback.understandable.answered', count: 1, amount: 3 },
      { cell: 'feedback.heard.3', count: 1, amount: 0 },
      { cell: 'feedback.heard.answered', count: 1, amount: 3 },
      { cell: 'feedback.helpFits.3', count: 1, amount: 0 },
      { cell: 'feedback.helpFits.answered', count: 1, amount: 3 },
    ]);
    // Another centre's transaction sees none of Namur's answers, even when asking for them.
    expect(
      await inTenant(t.database.db, { centreId: gent, userId: null }, (tx) => feedbackCells(tx, namur, 2025)),
    ).toEqual([]);
    expect(
      await inTenant(t.database.db, { centreId: namur, userId: null }, (tx) =>
        feedbackCells(tx, namur, 2023),
      ),
    ).toEqual([]);
  });
});

describe('an expired link', () => {
  it('answers 404 after 30 days and is removed when the next link is made', async () => {
    const old = await newLink('fr');
    t.clock.advance(30 * 86_400_000);
    expect((await t.call(null, { method: 'GET', url: `/api/v1/feedback/${old.secret}` })).statusCode).toBe(
      404,
    );
    const refused = await t.call(null, {
      method: 'POST',
      url: `/api/v1/feedback/${old.secret}`,
      payload: { scores: { heard: 3 } },
    });
    expect(refused.statusCode).toBe(404);
    // Thirty days idle ended the worker's session too.
    worker = await t.login('worker@namur.demo');
    await newLink('fr');
    expect(
      await ownerRows(
        t.database,
        sql`select 1 from feedback_links where secret_hash = ${hashFeedbackSecret(old.secret)}`,
      ),
    ).toEqual([]);
  });
});
