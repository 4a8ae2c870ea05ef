/**
 * Cost lines of a plan over the API, on the real database: recording, listing with the total,
 * removing, each refusal with its exact message, and the event and audit rows of every change.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import type { CostLine, PlanCosts } from './schemas.ts';

// The test clock stands on Monday 23 November 2026 (test/database-names.ts). The Namur worker
// reads French: every message is checked as they get it.
let t: TestApp;
let worker: string;
let gent: string;
let federal: string;
let personId: string;
let planId: string;

async function newPlan(session: string, person: string) {
  const response = await t.call(session, {
    method: 'POST',
    url: '/api/v1/trajectories',
    payload: {
      personId: person,
      form: 'growthPlan',
      situation: 'integrationIncome',
      orientations: ['socialActivation'],
      objectives: [{ id: 'o1', text: 'Suivre une formation' }],
      personCommitments: [],
      centreCommitments: [],
      actions: [],
      reactualisedAfterShortJob: true,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

/** Moves the plan's drafting back (as the owner): costs may then be dated from that day. */
const draftedAt = (id: string, instant: string) =>
  ownerRows(t.database, sql`update trajectories set created_at = ${instant}::timestamptz where id = ${id}`);

const record = (body: object, id = planId, session = worker) =>
  t.call(session, {
    method: 'POST',
    url: `/api/v1/trajectories/${id}/costs`,
    payload: body,
  });
const list = (id = planId, session = worker) =>
  t.call(session, { method: 'GET', url: `/api/v1/trajectories/${id}/costs` });
const remove = (costId: string, version: number | string, id = planId, session = worker) =>
  t.call(session, {
    method: 'DELETE',
    url: `/api/v1/trajectories/${id}/costs/${costId}?version=${version}`,
  });

const line = (overrides: Record<string, unknown> = {}) => ({
  incurredOn: '2026-11-02',
  amountCents: 125050,
  description: 'Inscription à la formation de cariste',
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('worker@namur.demo', { address: '10.61.0.1' });
  gent = await t.login('worker@gent.demo', { address: '10.61.0.2' });
  federal = await t.login('federal@spp.demo', { address: '10.61.0.3' });
  const person = await t.call(worker, {
    method: 'POST',
    url: '/api/v1/persons',
    payload: { firstName: 'Noor', lastName: 'Coûteux', birthDate: '1991-03-14', sex: 'F', language: 'fr' },
  });
  personId = person.json<{ id: string }>().id;
  planId = await newPlan(worker, personId);
  await draftedAt(planId, '2026-10-01T08:00:00Z');
});
afterAll(() => t.close());

describe('POST /trajectories/{id}/costs', () => {
  it('records a line: 201 with the line, its audit row and its event in the same transaction', async () => {
    const response = await record(line());
    expect(response.statusCode, response.body).toBe(201);
    const made = response.json<CostLine>();
    expect(made).toEqual({
      id: expect.any(String),
      trajectoryId: planId,
      incurredOn: '2026-11-02',
      amountCents: 125050,
      description: 'Inscription à la formation de cariste',
      version: 1,
      recordedBy: 'Camille Dubois',
      createdAt: '2026-11-23T09:00:00.000Z',
    });
    const events = await ownerRows(
      t.database,
      sql`select type, subject_type as "subjectType", subject_id as "subjectId", person_id as "personId",
                 occurred_on::text as "occurredOn", payload
            from events where payload->>'costId' = ${made.id}`,
    );
    expect(events).toEqual([
      {
        type: 'trajectory.costRecorded',
        subjectType: 'trajectory',
        subjectId: planId,
        personId,
        occurredOn: '2026-11-02',
        payload: { costId: made.id, amountCents: 125050, incurredOn: '2026-11-02' },
      },
    ]);
    const audit = await ownerRows(
      t.database,
      sql`select action, person_id as "personId", subject_type as "subjectType", subject_id as "subjectId", details
            from audit_events where details->>'costId' = ${made.id}`,
    );
    expect(audit).toEqual([
      {
        action: 'trajectory.costRecorded',
        personId,
        subjectType: 'trajectory',
        subjectId: planId,
        details: { costId: made.id },
      },
    ]);
  });

  it('accepts the bounds: 1 cent, 1,000,000.00 €, the day the plan was drafted, today', async () => {
    for (const body of [
      line({ amountCents: 1, incurredOn: '2026-10-01', description: 'Timbre' }),
      line({ amountCents: 100_000_000, incurredOn: '2026-11-23', description: 'x'.repeat(300) }),
    ]) {
      const response = await record(body);
      expect(response.statusCode, response.body).toBe(201);
    }
  });

  it.each([
    ['amountCents', { amountCents: 12.5 }, 'validation.wholeNumber', 'Tapez un nombre entier.'],
    [
      'amountCents',
      { amountCents: 0 },
      'validation.costAmount',
      'Indiquez un montant de 0,01 € à 1 000 000,00 €.',
    ],
    [
      'amountCents',
      { amountCents: -100 },
      'validation.costAmount',
      'Indiquez un montant de 0,01 € à 1 000 000,00 €.',
    ],
    [
      'amountCents',
      { amountCents: 100_000_001 },
      'validation.costAmount',
      'Indiquez un montant de 0,01 € à 1 000 000,00 €.',
    ],
    ['amountCents', { amountCents: '12,50' }, 'validation.invalidType', 'Valeur attendue : number.'],
    ['amountCents', { amountCents: undefined }, 'validation.required', 'Ce champ est obligatoire.'],
    [
      'incurredOn',
      { incurredOn: '2026-02-30' },
      'validation.invalidDate',
      'Indiquez une date réelle au format AAAA-MM-JJ.',
    ],
    [
      'incurredOn',
      { incurredOn: '23/11/2026' },
      'validation.invalidDate',
      'Indiquez une date réelle au format AAAA-MM-JJ.',
    ],
    ['incurredOn', { incurredOn: '2026-11-24' }, 'validation.dateInFuture', 'Cette date est dans le futur.'],
    [
      'incurredOn',
      { incurredOn: '2026-09-30' },
      'costs.errors.beforeDrafted',
      'Un coût ne peut pas être daté d’avant la rédaction du projet (01/10/2026).',
    ],
    ['description', { description: '   ' }, 'validation.required', 'Ce champ est obligatoire.'],
    ['description', { description: 'x'.repeat(301) }, 'validation.tooLong', 'Au plus 300 caractères.'],
    ['description', { description: undefined }, 'validation.required', 'Ce champ est obligatoire.'],
  ])('400 on %s for %j', async (path, overrides, code, message) => {
    const response = await record(line(overrides));
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({
      type: '/api/v1/problems/validation',
      errors: [{ path, code, message }],
    });
  });

  it('400 on an unknown field', async () => {
    const unknown = await record({ ...line(), currency: 'EUR' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      { path: '', code: 'validation.unknownField', message: 'Champ inconnu : currency.' },
    ]);
  });

  it('404 for a plan of another centre (in Dutch for a Gent worker), and for a plan that does not exist', async () => {
    const response = await record(line(), planId, gent);
    expect(response.statusCode).toBe(404);
    expect(response.json().detail).toBe('Dit plan bestaat niet in uw OCMW.');
    const none = await record(line(), '00000000-0000-4000-8000-000000000000');
    expect(none.statusCode).toBe(404);
  });

  it('403 for the federal analyst', async () => {
    expect((await record(line(), planId, federal)).statusCode).toBe(403);
  });

  it('a closed plan takes costs up to its closing day, not after (409)', async () => {
    const closedPlan = await newPlan(worker, personId);
    await draftedAt(closedPlan, '2026-10-01T08:00:00Z');
    const closed = await t.call(worker, {
      method: 'POST',
      url: `/api/v1/trajectories/${closedPlan}/close`,
      payload: { version: 1, closedOn: '2026-11-10', outcome: 'volunteering' },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const late = await record(line({ incurredOn: '2026-11-10', amountCents: 4500 }), closedPlan);
    expect(late.statusCode, late.body).toBe(201);
    const after = await record(line({ incurredOn: '2026-11-11' }), closedPlan);
    expect(after.statusCode).toBe(409);
    expect(after.json()).toMatchObject({
      type: '/api/v1/problems/conflict',
      detail: 'Ce projet a été clôturé le 10/11/2026 : il n’accepte que des coûts datés jusqu’à ce jour.',
    });
    const costs = (await list(closedPlan)).json<PlanCosts>();
    expect(costs.items.map((i) => [i.incurredOn, i.amountCents])).toEqual([['2026-11-10', 4500]]);
    expect(costs.totalCents).toBe(4500);
  });
});

describe('GET /trajectories/{id}/costs', () => {
  it('lists the lines by day then by when recorded, with the total in cents', async () => {
    const plan = await newPlan(worker, personId);
    await draftedAt(plan, '2026-09-01T08:00:00Z');
    await record(line({ incurredOn: '2026-11-05', amountCents: 2999, description: 'Abonnement TEC' }), plan);
    t.clock.advance(60_000);
    await record(
      line({ incurredOn: '2026-09-15', amountCents: 15000, description: 'Chaussures de sécurité' }),
      plan,
    );
    t.clock.advance(60_000);
    await record(line({ incurredOn: '2026-11-05', amountCents: 1, description: 'Photocopie' }), plan);
    const response = await list(plan);
    expect(response.statusCode).toBe(200);
    const costs = response.json<PlanCosts>();
    expect(costs.items.map((i) => [i.incurredOn, i.amountCents, i.description])).toEqual([
      ['2026-09-15', 15000, 'Chaussures de sécurité'],
      ['2026-11-05', 2999, 'Abonnement TEC'],
      ['2026-11-05', 1, 'Photocopie'],
    ]);
    expect(costs.totalCents).toBe(18000);
    const reads = await ownerRows(
      t.database,
      sql`select details from audit_events where action = 'trajectory.read' and subject_id = ${plan}
           and details ? 'costs'`,
    );
    expect(reads).toEqual([{ details: { costs: 3 } }]);
  });

  it('an empty list for a plan without costs; 404 for another centre’s plan; 403 federal', async () => {
    const plan = await newPlan(worker, personId);
    expect((await list(plan)).json()).toEqual({ items: [], totalCents: 0 });
    const other = await list(plan, gent);
    expect(other.statusCode).toBe(404);
    expect(other.json().type).toBe('/api/v1/problems/not-found');
    expect((await list(plan, federal)).statusCode).toBe(403);
  });
});

describe('DELETE /trajectories/{id}/costs/{costId}', () => {
  it('removes a line: 204, the row gone, the removal event and audit row written', async () => {
    const plan = await newPlan(worker, personId);
    await draftedAt(plan, '2026-10-01T08:00:00Z');
    const made = (await record(line({ amountCents: 777 }), plan)).json<CostLine>();
    const response = await remove(made.id, 1, plan);
    expect(response.statusCode, response.body).toBe(204);
    expect(response.body).toBe('');
    expect((await list(plan)).json()).toEqual({ items: [], totalCents: 0 });
    const events = await ownerRows(
      t.database,
      sql`select type, person_id as "personId", occurred_on::text as "occurredOn", payload
            from events where payload->>'costId' = ${made.id} order by type`,
    );
    expect(events).toEqual([
      {
        type: 'trajectory.costRecorded',
        personId,
        occurredOn: '2026-11-02',
        payload: { costId: made.id, amountCents: 777, incurredOn: '2026-11-02' },
      },
      { type: 'trajectory.costRemoved', personId, occurredOn: '2026-11-23', payload: { costId: made.id } },
    ]);
    const audit = await ownerRows(
      t.database,
      sql`select action, details from audit_events where details->>'costId' = ${made.id} order by id`,
    );
    expect(audit).toEqual([
      { action: 'trajectory.costRecorded', details: { costId: made.id } },
      { action: 'trajectory.costRemoved', details: { costId: made.id, incurredOn: '2026-11-02' } },
    ]);
    // Removed once: a second time it is not found.
    const again = await remove(made.id, 1, plan);
    expect(again.statusCode).toBe(404);
    expect(again.json().detail).toBe('Cette ligne de coût n’existe pas dans ce projet.');
  });

  it('409 on a stale version, nothing removed', async () => {
    const made = (await record(line({ amountCents: 888 }))).json<CostLine>();
    const response = await remove(made.id, 2);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      type: '/api/v1/problems/conflict',
      detail:
        "Quelqu'un a modifié cette fiche depuis que vous l'avez ouverte (vous aviez la version 2, elle est maintenant à la version 1). Rechargez-la et refaites votre modification.",
      currentVersion: 1,
    });
    expect((await list()).json<PlanCosts>().items.some((i) => i.id === made.id)).toBe(true);
  });

  it('400 without a version, 404 from another centre or through another plan', async () => {
    const made = (await record(line({ amountCents: 999 }))).json<CostLine>();
    const missing = await t.call(worker, {
      method: 'DELETE',
      url: `/api/v1/trajectories/${planId}/costs/${made.id}`,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([
      { path: 'version', code: 'validation.required', message: 'Ce champ est obligatoire.' },
    ]);
    expect((await remove(made.id, 1, planId, gent)).statusCode).toBe(404);
    const otherPlan = await newPlan(worker, personId);
    expect((await remove(made.id, 1, otherPlan)).statusCode).toBe(404);
    expect((await remove(made.id, 1, planId, federal)).statusCode).toBe(403);
  });
});

/** Opens or closes the Namur centre's report year as the owner (the reports feature's own step is tested there). */
const closeYear = (year: number, closed: boolean) =>
  ownerRows(
    t.database,
    sql`insert into report_years (centre_id, year, closed_at, closed_by)
        select centre_id, ${year}, ${closed ? sql`now()` : sql`null`}, ${closed ? sql`id` : sql`null`}
          from users where email = 'admin@namur.demo'
        on conflict (centre_id, year) do update set closed_at = excluded.closed_at, closed_by = excluded.closed_by`,
  );

describe('a closed reporting year', () => {
  it('refuses a line of that year, and the removal of one, with 409 "the year is closed"', async () => {
    const plan = await newPlan(worker, personId);
    await draftedAt(plan, '2025-02-01T08:00:00Z');
    // Whatever the demo holds for 2025: open while the first line is recorded.
    await closeYear(2025, false);
    const before = (
      await record(line({ incurredOn: '2025-06-30', amountCents: 5000 }), plan)
    ).json<CostLine>();
    expect(before.incurredOn).toBe('2025-06-30');
    await closeYear(2025, true);
    const added = await record(line({ incurredOn: '2025-12-31' }), plan);
    expect(added.statusCode).toBe(409);
    expect(added.json()).toMatchObject({
      type: '/api/v1/problems/conflict',
      detail: "L'année 2025 est clôturée : ses chiffres ne changent plus.",
    });
    const removed = await remove(before.id, 1, plan);
    expect(removed.statusCode).toBe(409);
    expect(removed.json().detail).toBe("L'année 2025 est clôturée : ses chiffres ne changent plus.");
    // The next year is open.
    const next = await record(line({ incurredOn: '2026-01-02', amountCents: 100 }), plan);
    expect(next.statusCode, next.body).toBe(201);
    expect((await list(plan)).json<PlanCosts>().totalCents).toBe(5100);
  });
});
