/**
 * What the sanction API tests share: an active PIIS made through the API, as a worker makes it,
 * and a proposal the law allows on it. Only the tests import this file.
 */
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import type { Sanction } from './schemas.ts';

/** A 1×1 PNG: enough for a signature sent through the API. */
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export interface Plan {
  id: string;
  personId: string;
  version: number;
}

/**
 * A person with an assessment and a plan, signed today (2026-11-23) unless `state` says
 * otherwise: a PIIS on the integration income by default.
 */
export async function makePlan(
  t: TestApp,
  session: string,
  lastName: string,
  options: { state?: 'draft' | 'active' | 'closed'; change?: Record<string, unknown> } = {},
): Promise<Plan> {
  const call = (method: 'POST' | 'GET', url: string, payload?: object) =>
    t.call(session, { method, url, ...(payload ? { payload } : {}) });
  const person = await call('POST', '/api/v1/persons', {
    firstName: 'Yanis',
    lastName,
    birthDate: '1990-03-14',
    sex: 'M',
    language: 'fr',
  });
  const personId = person.json<{ id: string }>().id;
  await call('POST', `/api/v1/persons/${personId}/assessments`, {
    assessedOn: '2026-09-01',
    domains: [{ domain: 'workExperience', situation: 'Cherche un emploi de magasinier' }],
  });
  const drafted = await call('POST', '/api/v1/trajectories', {
    personId,
    form: 'piis',
    situation: 'integrationIncome',
    incomeCategory: 'single',
    decisionDate: '2026-09-10',
    notificationDate: '2026-09-14',
    incomeInPreviousThreeMonths: false,
    orientations: ['employment'],
    objectives: [{ id: 'o1', text: 'Trouver un emploi' }],
    startOn: '2026-10-01',
    plannedEndOn: '2027-09-30',
    ...options.change,
  });
  expect(drafted.statusCode).toBe(201);
  let plan = drafted.json<{ id: string; version: number; form: string }>();
  if (options.state === 'draft') return { id: plan.id, personId, version: plan.version };
  const step = async (name: string, body: object) => {
    const response = await call('POST', `/api/v1/trajectories/${plan.id}/${name}`, {
      version: plan.version,
      ...body,
    });
    expect(response.statusCode, response.body).toBe(200);
    plan = response.json();
  };
  await step('inform', {
    informedOn: '2026-09-20',
    language: 'fr',
    supportPersonExplained: true,
    reflectionRequested: false,
  });
  const signature = { kind: 'screen', image: PNG };
  await step('sign', {
    signedOn: '2026-09-22',
    person: plan.form === 'piis' ? signature : null,
    worker: plan.form === 'piis' ? signature : null,
  });
  if (options.state === 'closed') {
    await step('close', { closedOn: '2026-11-23', outcome: 'employment' });
  }
  return { id: plan.id, personId, version: plan.version };
}

/** A first sanction the law allows on 2026-11-23: notice, opinion and hearing before, 1 month. */
export const proposal = (change: Record<string, unknown> = {}) => ({
  noticeOn: '2026-11-02',
  workerOpinion: 'Trois rendez-vous manqués sans justification malgré la mise en demeure.',
  workerOpinionOn: '2026-11-09',
  hearingOn: '2026-11-16',
  hearingAssisted: true,
  extent: 'total',
  startOn: '2026-12-01',
  endOn: '2026-12-31',
  suspended: false,
  ...change,
});

export function sanctionCalls(t: TestApp) {
  return {
    propose: (session: string, planId: string, body: object) =>
      t.call(session, { method: 'POST', url: `/api/v1/trajectories/${planId}/sanctions`, payload: body }),
    ofPlan: (session: string, planId: string) =>
      t.call(session, { method: 'GET', url: `/api/v1/trajectories/${planId}/sanctions` }),
    read: (session: string, id: string) => t.call(session, { method: 'GET', url: `/api/v1/sanctions/${id}` }),
    correct: (session: string, id: string, body: object) =>
      t.call(session, { method: 'PATCH', url: `/api/v1/sanctions/${id}`, payload: body }),
    step: (session: string, id: string, name: string, body: object) =>
      t.call(session, { method: 'POST', url: `/api/v1/sanctions/${id}/${name}`, payload: body }),
  };
}

/** Counts that must not move when a request is refused. */
export async function writes(t: TestApp) {
  const rows = await ownerRows<{ sanctions: number; events: number; versions: number }>(
    t.database,
    sql`select (select count(*)::int from sanctions) as sanctions, (select count(*)::int from events) as events,
               (select count(*)::int from record_versions) as versions`,
  );
  return rows[0];
}

export async function proposeOk(t: TestApp, session: string, planId: string, change = {}): Promise<Sanction> {
  const response = await sanctionCalls(t).propose(session, planId, proposal(change));
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Sanction>();
}
