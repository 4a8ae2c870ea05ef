import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import type { Assessment } from './schemas.ts';

let t: TestApp;
let worker: string;
let lead: string;
let gent: string;
let federal: string;
let personId: string;

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('worker@namur.demo', { address: '10.6.0.1' });
  lead = await t.login('lead@namur.demo', { address: '10.6.0.2' });
  gent = await t.login('worker@gent.demo', { address: '10.6.0.3' });
  federal = await t.login('federal@spp.demo', { address: '10.6.0.4' });
  const person = await t.call(worker, {
    method: 'POST',
    url: '/api/v1/persons',
    payload: { firstName: 'Karim', lastName: 'Benali', birthDate: '1990-02-02', sex: 'M', language: 'fr' },
  });
  personId = person.json().id;
});
afterAll(() => t.close());

const assessment = (overrides: Record<string, unknown> = {}) => ({
  assessedOn: '2026-10-01',
  domains: [
    {
      domain: 'housing',
      situation: 'Loue un studio insalubre',
      obstacles: 'Loyer trop élevé',
      strengths: 'Bon contact avec le propriétaire',
    },
    {
      domain: 'debts',
      situation: 'Dettes d’énergie',
      obstacles: '',
      strengths: 'Prêt à entrer en médiation',
    },
  ],
  aspirations: 'Travailler dans la logistique',
  aptitudes: 'Permis C',
  qualifications: 'CESS',
  needs: 'Formation cariste',
  ...overrides,
});
const post = (session: string, body: object, id = personId) =>
  t.call(session, { method: 'POST', url: `/api/v1/persons/${id}/assessments`, payload: body });

describe('POST and GET /persons/{id}/assessments', () => {
  it('records assessments and lists them latest first, earlier ones still readable', async () => {
    const first = await post(worker, assessment({ assessedOn: '2025-03-01', needs: 'Logement' }));
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ personId, locked: false, version: 1, createdBy: 'Camille Dubois' });
    const second = await post(lead, assessment());
    expect(second.statusCode).toBe(201);

    const list = await t.call(worker, { method: 'GET', url: `/api/v1/persons/${personId}/assessments` });
    expect(list.statusCode).toBe(200);
    const items = list.json<{ items: Assessment[] }>().items;
    expect(items.map((a) => a.assessedOn)).toEqual(['2026-10-01', '2025-03-01']);
    expect(items[1]?.needs).toBe('Logement');
    expect(items[0]?.domains[0]).toEqual(assessment().domains[0]);
  });

  it('fills texts left out with empty ones', async () => {
    const response = await post(worker, { assessedOn: '2026-11-01', domains: [{ domain: 'income' }] });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      aspirations: '',
      domains: [{ domain: 'income', situation: '', obstacles: '', strengths: '' }],
    });
  });

  it.each([
    ['a future date', assessment({ assessedOn: '2026-11-24' }), 'assessedOn', 'validation.dateInFuture'],
    ['an impossible date', assessment({ assessedOn: '2026-02-30' }), 'assessedOn', 'validation.invalidDate'],
    ['a date before 1900', assessment({ assessedOn: '0100-01-01' }), 'assessedOn', 'validation.dateTooOld'],
    [
      'a date before the person was born (1990-02-02)',
      assessment({ assessedOn: '1990-02-01' }),
      'assessedOn',
      'validation.beforeBirth',
    ],
    [
      'an unknown life domain',
      assessment({ domains: [{ domain: 'astrology' }] }),
      'domains.0.domain',
      'validation.invalidEnum',
    ],
    [
      'a domain twice',
      assessment({ domains: [{ domain: 'housing' }, { domain: 'housing' }] }),
      'domains.1.domain',
      'validation.duplicateKey',
    ],
    ['a text too long', assessment({ needs: 'x'.repeat(10001) }), 'needs', 'validation.tooLong'],
    ['no date', { domains: [] }, 'assessedOn', 'validation.required'],
  ])('refuses %s with the field named, and records nothing', async (_name, body, path, code) => {
    const before = (
      await ownerRows<{ n: number }>(t.database, sql`select count(*)::int as n from assessments`)
    )[0]?.n;
    const response = await post(worker, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    const after = (
      await ownerRows<{ n: number }>(t.database, sql`select count(*)::int as n from assessments`)
    )[0]?.n;
    expect(after).toBe(before);
  });

  it('answers 404 for a person of another centre, 403 to the federal role', async () => {
    expect((await post(gent, assessment())).statusCode).toBe(404);
    expect(
      (await t.call(gent, { method: 'GET', url: `/api/v1/persons/${personId}/assessments` })).statusCode,
    ).toBe(404);
    expect(
      (await t.call(federal, { method: 'GET', url: `/api/v1/persons/${personId}/assessments` })).statusCode,
    ).toBe(403);
  });
});

describe('GET and PATCH /assessments/{id}', () => {
  let created: Assessment;
  beforeAll(async () => {
    created = (await post(worker, assessment({ assessedOn: '2026-09-01' }))).json();
  });

  it('reads and changes an assessment with its version, keeping the history', async () => {
    expect(
      (await t.call(worker, { method: 'GET', url: `/api/v1/assessments/${created.id}` })).json(),
    ).toEqual(created);
    const changed = await t.call(worker, {
      method: 'PATCH',
      url: `/api/v1/assessments/${created.id}`,
      payload: { version: 1, needs: 'Formation cariste et permis' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      version: 2,
      needs: 'Formation cariste et permis',
      aspirations: created.aspirations,
    });
    const stale = await t.call(lead, {
      method: 'PATCH',
      url: `/api/v1/assessments/${created.id}`,
      payload: { version: 1, needs: 'Autre chose' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().currentVersion).toBe(2);
    const history = await ownerRows<{ version: number }>(
      t.database,
      sql`select version from record_versions where entity = 'assessment' and entity_id = ${created.id} order by version`,
    );
    expect(history.map((h) => h.version)).toEqual([1, 2]);
  });

  it('saving what is already there makes no version, no history and no event', async () => {
    const fresh = (await post(worker, assessment({ assessedOn: '2026-08-01' }))).json<Assessment>();
    const traces = async () =>
      (
        await ownerRows<{ versions: number; events: number }>(
          t.database,
          sql`select (select count(*)::int from record_versions where entity_id = ${fresh.id}) as versions,
                     (select count(*)::int from events where subject_id = ${fresh.id}) as events`,
        )
      )[0];
    expect(await traces()).toEqual({ versions: 1, events: 1 });
    const same = await t.call(worker, {
      method: 'PATCH',
      url: `/api/v1/assessments/${fresh.id}`,
      payload: { version: 1, needs: fresh.needs, domains: fresh.domains, assessedOn: fresh.assessedOn },
    });
    expect(same.statusCode).toBe(200);
    expect(same.json()).toEqual(fresh);
    expect(await traces()).toEqual({ versions: 1, events: 1 });
  });

  it('refuses to change an assessment once a plan was signed on it', async () => {
    const signed = (
      await post(worker, assessment({ assessedOn: '2026-07-01', needs: 'Un emploi' }))
    ).json<Assessment>();
    await ownerRows(t.database, sql`update assessments set locked_at = now() where id = ${signed.id}`);
    const response = await t.call(worker, {
      method: 'PATCH',
      url: `/api/v1/assessments/${signed.id}`,
      payload: { version: 1, needs: 'Trop tard' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toBe(
      'Un plan a été signé sur ce bilan social : il ne peut plus être modifié. Faites un nouveau bilan.',
    );
    const now = (await t.call(worker, { method: 'GET', url: `/api/v1/assessments/${signed.id}` })).json();
    expect(now).toMatchObject({ locked: true, version: 1, needs: 'Un emploi' });
  });

  it("never shows another centre's assessment", async () => {
    expect((await t.call(gent, { method: 'GET', url: `/api/v1/assessments/${created.id}` })).statusCode).toBe(
      404,
    );
    const patch = await t.call(gent, {
      method: 'PATCH',
      url: `/api/v1/assessments/${created.id}`,
      payload: { version: 2 },
    });
    expect(patch.statusCode).toBe(404);
  });

  it('writes every read and change to the audit log, in the order they happened', async () => {
    const someone = (
      await t.call(worker, {
        method: 'POST',
        url: '/api/v1/persons',
        payload: {
          firstName: 'Loïc',
          lastName: 'Fontaine',
          birthDate: '1994-04-04',
          sex: 'M',
          language: 'fr',
        },
      })
    ).json<{ id: string }>();
    const made = (await post(worker, assessment(), someone.id)).json<Assessment>();
    await t.call(worker, { method: 'GET', url: `/api/v1/persons/${someone.id}/assessments` });
    await t.call(worker, { method: 'GET', url: `/api/v1/assessments/${made.id}` });
    await t.call(worker, {
      method: 'PATCH',
      url: `/api/v1/assessments/${made.id}`,
      payload: { version: 1, needs: 'Autre chose' },
    });
    const admin = await t.login('admin@namur.demo', { address: '10.6.0.9' });
    const events = (
      await t.call(admin, { method: 'GET', url: '/api/v1/audit', query: { personId: someone.id } })
    ).json<{ items: Array<{ action: string; details: Record<string, unknown> }> }>().items;
    expect(events.map((e) => e.action)).toEqual([
      'assessment.update',
      'assessment.read',
      'assessment.list',
      'assessment.create',
      'person.create',
    ]);
    expect(events[0]?.details).toEqual({ fields: ['needs'] });
  });
});

describe('an empty assessment', () => {
  const empty = { assessedOn: '2026-10-05', domains: [], aspirations: ' ', needs: '' };

  it('is refused with the reason, on the domains, and records nothing', async () => {
    const before = (
      await ownerRows<{ n: number }>(t.database, sql`select count(*)::int as n from assessments`)
    )[0]?.n;
    const response = await post(worker, empty);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      {
        path: 'domains',
        code: 'validation.assessmentEmpty',
        message:
          'Le bilan est vide : décrivez au moins un domaine de vie, ou remplissez les aspirations, aptitudes, qualifications ou besoins.',
      },
    ]);
    const after = (
      await ownerRows<{ n: number }>(t.database, sql`select count(*)::int as n from assessments`)
    )[0]?.n;
    expect(after).toBe(before);
  });

  it('may not be made by emptying an assessment either', async () => {
    const made = (
      await post(worker, { assessedOn: '2026-10-05', domains: [], needs: 'Un logement' })
    ).json<Assessment>();
    const response = await t.call(worker, {
      method: 'PATCH',
      url: `/api/v1/assessments/${made.id}`,
      payload: { version: 1, needs: '   ' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toMatchObject([{ path: 'domains', code: 'validation.assessmentEmpty' }]);
    const now = (await t.call(worker, { method: 'GET', url: `/api/v1/assessments/${made.id}` })).json();
    expect(now).toMatchObject({ version: 1, needs: 'Un logement' });
  });

  it('records childcare, digital skills and addiction as life domains', async () => {
    const response = await post(worker, {
      assessedOn: '2026-10-06',
      domains: [
        { domain: 'addiction', situation: 'Suivi par un service spécialisé' },
        { domain: 'childcare', obstacles: 'Pas de place en crèche' },
        { domain: 'digital', strengths: 'Utilise un smartphone' },
      ],
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().domains.map((d: { domain: string }) => d.domain)).toEqual([
      'addiction',
      'childcare',
      'digital',
    ]);
  });
});

describe('POST /assessments/{id}/withdraw', () => {
  let person: string;
  beforeAll(async () => {
    person = (
      await t.call(worker, {
        method: 'POST',
        url: '/api/v1/persons',
        payload: {
          firstName: 'Inès',
          lastName: 'Wauters',
          birthDate: '1993-05-05',
          sex: 'F',
          language: 'fr',
        },
      })
    ).json().id;
  });
  const make = async (assessedOn: string) =>
    (await post(worker, assessment({ assessedOn }), person)).json<Assessment>();
  const withdraw = (id: string, body: object, session: string | null = worker) =>
    t.call(session, { method: 'POST', url: `/api/v1/assessments/${id}/withdraw`, payload: body });
  const list = (session: string, query: Record<string, string> = {}) =>
    t.call(session, { method: 'GET', url: `/api/v1/persons/${person}/assessments`, query });
  const traces = async (id: string) =>
    (
      await ownerRows<Record<string, unknown>>(
        t.database,
        sql`select a.version, a.withdrawn_at, a.withdrawal_reason,
                   (select count(*)::int from record_versions v where v.entity_id = a.id) as versions,
                   (select count(*)::int from events e where e.subject_id = a.id) as events
            from assessments a where a.id = ${id}`,
      )
    )[0];

  it('takes a mistaken assessment out of the list, keeping it readable, in the history and on the timeline', async () => {
    const kept = await make('2026-06-01');
    const mistake = await make('2026-06-02');
    t.clock.advance(60_000);
    const response = await withdraw(mistake.id, { version: 1, reason: 'Mauvaise personne' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      id: mistake.id,
      version: 2,
      withdrawal: { at: t.clock.now().toISOString(), by: 'Camille Dubois', reason: 'Mauvaise personne' },
      needs: mistake.needs,
    });
    expect((await list(worker)).json().items.map((a: Assessment) => a.id)).toEqual([kept.id]);
    const byId = await t.call(worker, { method: 'GET', url: `/api/v1/assessments/${mistake.id}` });
    expect(byId.json()).toEqual(response.json());
    expect(await traces(mistake.id)).toMatchObject({ version: 2, versions: 2, events: 2 });
    const timeline = await t.call(worker, { method: 'GET', url: `/api/v1/persons/${person}/timeline` });
    const entries = timeline
      .json()
      .items.filter((e: { id: string }) => e.id === mistake.id)
      .map((e: { type: string; withdrawn: boolean }) => [e.type, e.withdrawn]);
    expect(entries).toEqual([
      ['assessment.withdrawn', true],
      ['assessment.recorded', true],
    ]);
    expect(timeline.body).not.toContain('Mauvaise personne');

    // A team lead or an administrator may list it; a worker may not.
    for (const session of [lead, await t.login('admin@namur.demo', { address: '10.6.0.10' })]) {
      const all = await list(session, { withdrawn: 'include' });
      expect(all.json().items.map((a: Assessment) => [a.id, a.withdrawal?.reason ?? null])).toEqual([
        [mistake.id, 'Mauvaise personne'],
        [kept.id, null],
      ]);
    }
    const refused = await list(worker, { withdrawn: 'include' });
    expect(refused.statusCode).toBe(403);
  });

  it('never changes a withdrawn assessment again', async () => {
    const made = await make('2026-06-03');
    expect((await withdraw(made.id, { version: 1, reason: 'Doublon' })).statusCode).toBe(200);
    const before = await traces(made.id);
    const again = await withdraw(made.id, { version: 2, reason: 'Encore' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe(
      'Ce bilan social a été retiré : il ne peut plus être modifié ni retiré à nouveau.',
    );
    const patch = await t.call(worker, {
      method: 'PATCH',
      url: `/api/v1/assessments/${made.id}`,
      payload: { version: 2, needs: 'Autre' },
    });
    expect(patch.statusCode).toBe(409);
    expect(patch.json().detail).toBe(again.json().detail);
    expect(await traces(made.id)).toEqual(before);
  });

  it('refuses to withdraw an assessment a plan was signed on', async () => {
    const signed = await make('2026-06-04');
    await ownerRows(t.database, sql`update assessments set locked_at = now() where id = ${signed.id}`);
    const before = await traces(signed.id);
    const response = await withdraw(signed.id, { version: 1, reason: 'Erreur' });
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toBe(
      'Un plan a été signé sur ce bilan social : il ne peut pas être retiré, le plan repose sur lui.',
    );
    expect(await traces(signed.id)).toEqual(before);
  });

  it.each([
    ['no reason', { version: 1 }, 'reason', 'validation.required'],
    ['a blank reason', { version: 1, reason: ' ' }, 'reason', 'validation.required'],
    ['a reason too long', { version: 1, reason: 'x'.repeat(2001) }, 'reason', 'validation.tooLong'],
    ['no version', { reason: 'Erreur' }, 'version', 'validation.required'],
    ['a field it does not know', { version: 1, reason: 'Erreur', at: 'now' }, '', 'validation.unknownField'],
  ])('refuses %s with the field named, and changes nothing', async (_name, body, path, code) => {
    const made = await make('2026-06-05');
    const before = await traces(made.id);
    const response = await withdraw(made.id, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path, code })]);
    expect(await traces(made.id)).toEqual(before);
  });

  it('answers 401, 403, 404 and 409 as it should, changing nothing', async () => {
    const made = await make('2026-06-06');
    const before = await traces(made.id);
    expect((await withdraw(made.id, { version: 1, reason: 'Erreur' }, null)).statusCode).toBe(401);
    expect((await withdraw(made.id, { version: 1, reason: 'Erreur' }, federal)).statusCode).toBe(403);
    expect((await withdraw(made.id, { version: 1, reason: 'Erreur' }, gent)).statusCode).toBe(404);
    const stale = await withdraw(made.id, { version: 2, reason: 'Erreur' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().currentVersion).toBe(1);
    expect(await traces(made.id)).toEqual(before);
  });
});
