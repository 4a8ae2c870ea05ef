/** What the module tests share: the data they build through the API, and the owner's view. */
import { sql } from 'drizzle-orm';
import type { TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import type { Module, Session } from './schemas.ts';

export async function centreId(t: TestApp, name: string) {
  const rows = await ownerRows<{ id: string }>(t.database, sql`select id from centres where name = ${name}`);
  return rows[0]?.id as string;
}

/** A service row made as the owner: another feature manages services; these tests only need one. */
export async function service(
  t: TestApp,
  centre: string,
  kind: 'partner' | 'internal',
  name: string,
  active = true,
) {
  const rows = await ownerRows<{ id: string }>(
    t.database,
    sql`insert into services (centre_id, kind, name, active) values (${centre}, ${kind}, ${name}, ${active})
        returning id`,
  );
  return rows[0]?.id as string;
}

export async function count(t: TestApp, table: string) {
  const rows = await ownerRows<{ n: number }>(
    t.database,
    sql`select count(*)::int as n from ${sql.identifier(table)}`,
  );
  return rows[0]?.n as number;
}

export async function makeModule(t: TestApp, admin: string, body: Record<string, unknown>) {
  const response = await t.call(admin, {
    method: 'POST',
    url: '/api/v1/modules',
    payload: { kind: 'collective', ...body },
  });
  if (response.statusCode !== 201) throw new Error(`module: ${response.statusCode} ${response.body}`);
  return response.json<Module>();
}

export async function makeSession(
  t: TestApp,
  admin: string,
  moduleId: string,
  startsAt: string,
  endsAt: string,
  place: string | null = null,
) {
  const response = await t.call(admin, {
    method: 'POST',
    url: `/api/v1/modules/${moduleId}/sessions`,
    payload: { startsAt, endsAt, place },
  });
  if (response.statusCode !== 201) throw new Error(`session: ${response.statusCode} ${response.body}`);
  return response.json<Session>();
}

/** A person with an assessment and a draft plan: what enrolment starts from. */
export async function makePlan(t: TestApp, worker: string, firstName: string, lastName: string) {
  const person = await t.call(worker, {
    method: 'POST',
    url: '/api/v1/persons',
    payload: { firstName, lastName, birthDate: '1990-03-14', sex: 'F', language: 'fr' },
  });
  const personId = person.json<{ id: string }>().id;
  await t.call(worker, {
    method: 'POST',
    url: `/api/v1/persons/${personId}/assessments`,
    payload: { assessedOn: '2026-10-01', domains: [{ domain: 'housing', situation: 'Loue un studio' }] },
  });
  const plan = await t.call(worker, {
    method: 'POST',
    url: '/api/v1/trajectories',
    payload: {
      personId,
      form: 'piis',
      situation: 'integrationIncome',
      incomeCategory: 'single',
      decisionDate: '2026-10-15',
      notificationDate: '2026-10-20',
      incomeInPreviousThreeMonths: false,
      orientations: ['socialActivation'],
      objectives: [{ id: 'o1', text: 'Sortir de l’isolement' }],
      personCommitments: [],
      centreCommitments: [],
      actions: [],
      startOn: '2026-12-01',
      plannedEndOn: '2027-11-30',
    },
  });
  if (plan.statusCode !== 201) throw new Error(`plan: ${plan.statusCode} ${plan.body}`);
  return { personId, trajectoryId: plan.json<{ id: string; version: number }>().id };
}
