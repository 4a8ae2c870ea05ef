import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import { pdfText } from '../../../test/pdf-text.ts';
import { catalogues } from '../../i18n/catalogues.ts';
import type { PlanVersion, Trajectory } from './schemas.ts';

// The smallest valid PNG (1 × 1): what a signature pad sends, only smaller.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

let t: TestApp;
let worker: string;
let gent: string;
let federal: string;
let signedId: string;

async function newPerson(lastName: string, language: string) {
  const response = await t.call(worker, {
    method: 'POST',
    url: '/api/v1/persons',
    payload: { firstName: 'Aïssatou', lastName, birthDate: '2003-05-10', sex: 'F', language },
  });
  return response.json<{ id: string; version: number }>();
}

async function draftPlan(personId: string) {
  await t.call(worker, {
    method: 'POST',
    url: `/api/v1/persons/${personId}/assessments`,
    payload: { assessedOn: '2026-10-01', domains: [{ domain: 'housing', situation: 'Loue un studio' }] },
  });
  const response = await t.call(worker, {
    method: 'POST',
    url: '/api/v1/trajectories',
    payload: {
      personId,
      form: 'piis',
      situation: 'integrationIncome',
      decisionDate: '2026-10-15',
      orientations: ['training'],
      objectives: [{ id: 'o1', text: 'Obtenir le permis cariste' }],
      personCommitments: [{ objectiveId: 'o1', text: 'Suivre la formation chaque lundi' }],
      centreCommitments: [{ objectiveId: 'o1', text: 'Payer l’inscription' }],
      actions: [
        { id: 'a1', what: 'S’inscrire au Forem', who: 'la personne', dueOn: '2026-12-15', objectiveId: 'o1' },
      ],
      supportPerson: { name: 'Fatou Sow', relation: 'amie' },
      startOn: '2026-12-01',
      plannedEndOn: '2027-11-30',
    },
  });
  expect(response.statusCode).toBe(201);
  return response.json<Trajectory>().id;
}

const command = async (id: string, name: string, payload: object) => {
  const response = await t.call(worker, {
    method: 'POST',
    url: `/api/v1/trajectories/${id}/${name}`,
    payload,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Trajectory>();
};

const print = (id: string, session = worker, query: Record<string, string> = {}) =>
  t.call(session, { method: 'GET', url: `/api/v1/trajectories/${id}/document`, query });

const versions = async (id: string) =>
  (await t.call(worker, { method: 'GET', url: `/api/v1/trajectories/${id}/versions` })).json<{
    items: PlanVersion[];
  }>().items;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('worker@namur.demo', { address: '10.9.0.1' });
  gent = await t.login('worker@gent.demo', { address: '10.9.0.2' });
  federal = await t.login('federal@spp.demo', { address: '10.9.0.3' });
  const person = await newPerson('Imprimé', 'fr');
  signedId = await draftPlan(person.id);
  await command(signedId, 'inform', {
    version: 1,
    informedOn: '2026-11-23',
    language: 'fr',
    supportPersonExplained: true,
    reflectionRequested: false,
  });
  await command(signedId, 'sign', {
    version: 2,
    signedOn: '2026-11-23',
    person: { kind: 'screen', image: PNG },
    worker: { kind: 'screen', image: PNG },
  });
});
afterAll(() => t.close());

describe('GET /trajectories/{id}/document', () => {
  it('prints the signed plan as a PDF in the person’s language', async () => {
    const response = await print(signedId);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename="plan-1.pdf"');
    const bytes = response.rawPayload;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(bytes);
    for (const expected of [
      'Mon PIIS',
      'Aïssatou Imprimé',
      'Suivre la formation chaque lundi',
      'Payer l’inscription',
      // The first suggested evaluation (evaluationSchedule from 1 December 2026 to 30 November 2027).
      'Nous nous revoyons vers le 1 avril 2027.',
      'Ce plan commence le 1 décembre 2026 et se termine le 30 novembre 2027.',
      'Votre personne de contact au CPAS : Camille Dubois.',
      'Vous avez choisi : Fatou Sow.',
      '5 jours pour réfléchir',
      'tribunal du travail',
      'Signé le 23 novembre 2026.',
    ]) {
      expect(text).toContain(expected);
    }
    // Both signatures were drawn on screen: embedded as images, not "signed on paper".
    expect(bytes.toString('latin1').match(/\/Subtype \/Image/g)?.length).toBe(2);
    // Laid over white: an alpha channel would be split on the thread pool, and the order of the
    // two signatures in the file (so its hash) would then depend on which finished first.
    expect(bytes.toString('latin1')).not.toContain('/SMask');
    expect(text).not.toContain('Signé sur papier');
  });

  it('prints the same bytes twice, keeps the first print’s SHA-256 and audits each print', async () => {
    const first = (await print(signedId)).rawPayload;
    const second = (await print(signedId, worker, { version: '1' })).rawPayload;
    expect(second.equals(first)).toBe(true);
    const [signed] = await versions(signedId);
    expect(signed?.documentSha256).toBe(sha256(first));
    const audits = await ownerRows<{ details: unknown }>(
      t.database,
      sql`select details from audit_events where action = 'trajectory.print' and subject_id = ${signedId}`,
    );
    expect(audits.length).toBeGreaterThanOrEqual(2);
    expect(audits.every((a) => JSON.stringify(a.details) === '{"version":1}')).toBe(true);
  });

  it('prints an earlier version by number, the draft amendment by default, and keeps no hash of a draft', async () => {
    const signedBytes = (await print(signedId)).rawPayload;
    await command(signedId, 'amend', { version: 3 });
    const draft = await print(signedId);
    expect(draft.statusCode).toBe(200);
    expect(draft.headers['content-disposition']).toBe('attachment; filename="plan-2.pdf"');
    const text = pdfText(draft.rawPayload);
    expect(text).toContain('Projet : pas encore signé.');
    expect(text).toMatch(/Signature : _+/);
    const earlier = await print(signedId, worker, { version: '1' });
    expect(earlier.rawPayload.equals(signedBytes)).toBe(true);
    const [first, second] = await versions(signedId);
    expect(first?.documentSha256).toBe(sha256(signedBytes));
    expect(second?.documentSha256).toBeNull();
  });

  it('answers 404 errors.planVersionNotFound for a version the plan does not have', async () => {
    const response = await print(signedId, worker, { version: '9' });
    expect(response.statusCode).toBe(404);
    const messages = Object.values(catalogues).map((c) => c.errors.planVersionNotFound);
    expect(messages).toContain(response.json().detail);
    expect((await print(signedId, worker, { version: 'x' })).statusCode).toBe(400);
  });

  it('prints in Dutch for a Dutch-speaking person, whatever the worker’s language', async () => {
    const person = await newPerson('Peeters', 'nl');
    const id = await draftPlan(person.id);
    const response = await print(id);
    expect(response.statusCode).toBe(200);
    const text = pdfText(response.rawPayload);
    expect(text).toContain('Mijn GPMI');
    expect(text).toContain('Aïssatou Peeters');
    expect(text).toContain('Wat het OCMW gaat doen');
    expect(text).toContain('We zien elkaar terug rond 1 april 2027.');
    expect(text).toContain('arbeidsrechtbank');
    expect(text).not.toContain('Mon PIIS');
  });

  it('still serves a signed plan whose first print differs, and logs it without personal data', async () => {
    const person = await newPerson('Avant', 'fr');
    const id = await draftPlan(person.id);
    await command(id, 'inform', {
      version: 1,
      informedOn: '2026-11-23',
      language: 'fr',
      supportPersonExplained: true,
      reflectionRequested: false,
    });
    await command(id, 'sign', {
      version: 2,
      signedOn: '2026-11-23',
      person: { kind: 'screen', image: PNG },
      worker: { kind: 'screen', image: PNG },
    });
    const first = (await print(id)).rawPayload;
    const renamed = await t.call(worker, {
      method: 'PATCH',
      url: `/api/v1/persons/${person.id}`,
      payload: { version: person.version, lastName: 'Après' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const logsBefore = t.logs.length;
    const again = await print(id);
    expect(again.statusCode).toBe(200);
    expect(again.rawPayload.equals(first)).toBe(false);
    const [kept] = await versions(id);
    expect(kept?.documentSha256).toBe(sha256(first));
    const logged = t.logs.slice(logsBefore).join('');
    expect(logged).toContain('printed plan differs from its first print');
    expect(logged).not.toMatch(/Après|Avant|Aïssatou/);
  });

  it('answers 401 without a session, 404 for another centre’s plan, 403 to the federal role', async () => {
    expect((await print(signedId, null as unknown as string)).statusCode).toBe(401);
    expect((await print(signedId, gent)).statusCode).toBe(404);
    expect((await print(signedId, federal)).statusCode).toBe(403);
  });
});
