/**
 * The timeline is the person's slice of the event log: every change writes its event in its own
 * transaction, and the timeline shows them without knowing the features that wrote them.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import type { TimelineEvent } from './schemas.ts';

let t: TestApp;
let worker: string;
let admin: string;
let gent: string;
let personId: string;
let assessmentId: string;
let measurementId: string;

const step = () => t.clock.advance(1000);

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('worker@namur.demo', { address: '10.11.0.1' });
  admin = await t.login('admin@namur.demo', { address: '10.11.0.2' });
  gent = await t.login('worker@gent.demo', { address: '10.11.0.3' });
  const person = await t.call(worker, {
    method: 'POST',
    url: '/api/v1/persons',
    payload: { firstName: 'Aïcha', lastName: 'Dethier', birthDate: '1988-06-15', sex: 'F', language: 'fr' },
  });
  personId = person.json().id;
  step();
  const patched = await t.call(worker, {
    method: 'PATCH',
    url: `/api/v1/persons/${personId}`,
    payload: { version: 1, phone: '0470 123456' },
  });
  expect(patched.statusCode).toBe(200);
  step();
  const assessment = await t.call(worker, {
    method: 'POST',
    url: `/api/v1/persons/${personId}/assessments`,
    payload: { assessedOn: '2026-10-01', domains: [{ domain: 'housing', situation: 'Studio' }] },
  });
  assessmentId = assessment.json().id;
  step();
  const measurement = await t.call(worker, {
    method: 'POST',
    url: `/api/v1/persons/${personId}/measurements`,
    payload: {
      instrumentKey: 'participation-ladder',
      measuredOn: '2026-11-01',
      context: 'intake',
      scores: [{ domain: 'participation', workerScore: 2 }],
    },
  });
  expect(measurement.statusCode).toBe(201);
  measurementId = measurement.json().id;
  step();
  const updated = await t.call(worker, {
    method: 'PATCH',
    url: `/api/v1/assessments/${assessmentId}`,
    payload: { version: 1, needs: 'Un logement sain' },
  });
  expect(updated.statusCode).toBe(200);
});
afterAll(() => t.close());

const timeline = (session: string, id = personId) =>
  t.call(session, { method: 'GET', url: `/api/v1/persons/${id}/timeline` });

describe('GET /persons/{id}/timeline', () => {
  it('shows every event of the file, by the day it happened, newest first', async () => {
    const response = await timeline(worker);
    expect(response.statusCode).toBe(200);
    const items = response.json<{ items: TimelineEvent[] }>().items;
    expect(items.map((e) => [e.type, e.kind, e.id, e.date, e.by])).toEqual([
      ['assessment.updated', 'assessment', assessmentId, '2026-11-23', 'Camille Dubois'],
      ['person.updated', 'person', personId, '2026-11-23', 'Camille Dubois'],
      ['person.registered', 'registered', personId, '2026-11-23', 'Camille Dubois'],
      ['measurement.recorded', 'measurement', measurementId, '2026-11-01', 'Camille Dubois'],
      ['assessment.recorded', 'assessment', assessmentId, '2026-10-01', 'Camille Dubois'],
    ]);
    expect(items.map((e) => e.detail)).toEqual([
      { fields: ['needs'] },
      { fields: ['phone'] },
      {},
      { instrumentKey: 'participation-ladder', instrumentVersion: 1, context: 'intake' },
      { domains: 1 },
    ]);
    expect(new Set(items.map((e) => e.eventId)).size).toBe(5);
  });

  it('holds ids and field names, never the values typed', async () => {
    const body = (await timeline(worker)).body;
    for (const value of ['0470 123456', 'Un logement sain', 'Studio', 'Dethier'])
      expect(body).not.toContain(value);
  });

  it("answers 404 for another centre's person and records the reading for the centre's own", async () => {
    expect((await timeline(gent)).statusCode).toBe(404);
    const before = await reads();
    await timeline(worker);
    expect(await reads()).toBe(before + 1);
  });
});

async function reads() {
  const response = await t.call(admin, {
    method: 'GET',
    url: '/api/v1/audit',
    query: { personId, action: 'timeline.read', limit: '200' },
  });
  return response.json<{ items: unknown[] }>().items.length;
}

describe('the event log', () => {
  it('numbers the events of each record in order, and keeps their ids', async () => {
    const rows = await ownerRows<{ type: string; subject_type: string; subject_seq: number; actor: string }>(
      t.database,
      sql`select e.type, e.subject_type, e.subject_seq, u.email as actor from events e
          left join users u on u.id = e.actor_user_id
          where e.person_id = ${personId} order by e.position`,
    );
    expect(rows).toEqual([
      { type: 'person.registered', subject_type: 'person', subject_seq: 1, actor: 'worker@namur.demo' },
      { type: 'person.updated', subject_type: 'person', subject_seq: 2, actor: 'worker@namur.demo' },
      { type: 'assessment.recorded', subject_type: 'assessment', subject_seq: 1, actor: 'worker@namur.demo' },
      {
        type: 'measurement.recorded',
        subject_type: 'measurement',
        subject_seq: 1,
        actor: 'worker@namur.demo',
      },
      { type: 'assessment.updated', subject_type: 'assessment', subject_seq: 2, actor: 'worker@namur.demo' },
    ]);
  });

  it('is written in the same transaction as the change: a refused change leaves no event', async () => {
    const count = async () =>
      (
        await ownerRows<{ n: number }>(
          t.database,
          sql`select count(*)::int as n from events where person_id = ${personId}`,
        )
      )[0]?.n;
    const before = await count();
    const stale = await t.call(worker, {
      method: 'PATCH',
      url: `/api/v1/persons/${personId}`,
      payload: { version: 1, phone: '0470 999999' },
    });
    expect(stale.statusCode).toBe(409);
    const invalid = await t.call(worker, {
      method: 'POST',
      url: `/api/v1/persons/${personId}/assessments`,
      payload: { assessedOn: '1980-01-01', domains: [] },
    });
    expect(invalid.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });
});
