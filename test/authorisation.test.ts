/**
 * The authorisation matrix over every API route, written out by hand from what the product should
 * be, not derived from the permission code it checks (src/features/auth/policy.ts is not imported):
 * a route declared with the wrong permission answers differently from this table and fails here.
 *
 * The table must name exactly the routes the app registers: a new route fails the test until its
 * row is added here, and a row for a route that no longer exists fails it too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app.ts';

const ROLES = ['worker', 'lead', 'admin', 'federal'] as const;
type Role = (typeof ROLES)[number];

/** Each signed-in role's answer: allowed (the route runs), or refused with exactly 403. */
const OK = 'allowed';
const NO = 'refused';
type Cell = typeof OK | typeof NO;
/** 'public': anyone, signed in or not. Otherwise one cell per role, in the order of ROLES. */
type Row = 'public' | readonly [worker: Cell, lead: Cell, admin: Cell, federal: Cell];

/** A person's file: every centre role, never the federal analyst (aggregates only). */
const FILE = [OK, OK, OK, NO] as const;
/** Any signed-in user, the federal analyst included: their own session and profile. */
const SELF = [OK, OK, OK, OK] as const;
/** Centre administrators only. */
const ADMIN = [NO, NO, OK, NO] as const;
/** Giving files to another worker: the team lead and the administrator. */
const LEAD_ADMIN = [NO, OK, OK, NO] as const;
/** Study questionnaires: the federal analyst (all centres) and a centre administrator (their own). */
const STUDY_MANAGERS = [NO, NO, OK, OK] as const;

const TABLE: Record<string, Row> = {
  'POST /api/v1/session': 'public',
  'GET /api/v1/installation': 'public',
  'DELETE /api/v1/session': SELF,
  'GET /api/v1/me': SELF,
  'PATCH /api/v1/me': SELF,

  'GET /api/v1/persons': FILE,
  'POST /api/v1/persons': FILE,
  'GET /api/v1/persons/:id': FILE,
  'PATCH /api/v1/persons/:id': FILE,
  'POST /api/v1/persons/reassign': LEAD_ADMIN,
  'GET /api/v1/workers': FILE,

  'GET /api/v1/persons/:id/assessments': FILE,
  'POST /api/v1/persons/:id/assessments': FILE,
  'GET /api/v1/assessments/:id': FILE,
  'PATCH /api/v1/assessments/:id': FILE,
  'POST /api/v1/assessments/:id/withdraw': FILE,

  'GET /api/v1/persons/:id/measurements': FILE,
  'POST /api/v1/persons/:id/measurements': FILE,
  'GET /api/v1/persons/:id/progress': FILE,
  'GET /api/v1/measurements/:id': FILE,
  'PATCH /api/v1/measurements/:id': FILE,
  'POST /api/v1/measurements/:id/withdraw': FILE,
  'GET /api/v1/persons/:id/timeline': FILE,
  'GET /api/v1/persons/:id/journal': FILE,
  'POST /api/v1/persons/:id/journal': FILE,
  'GET /api/v1/journal/:id': FILE,
  'PATCH /api/v1/journal/:id': FILE,

  'GET /api/v1/trajectories': FILE,
  'POST /api/v1/trajectories': FILE,
  'GET /api/v1/trajectories/:id': FILE,
  'PATCH /api/v1/trajectories/:id': FILE,
  'POST /api/v1/trajectories/:id/inform': FILE,
  'PUT /api/v1/trajectories/:id/versions/:number/paper-scan': FILE,
  'POST /api/v1/trajectories/:id/sign': FILE,
  'POST /api/v1/trajectories/:id/amend': FILE,
  'POST /api/v1/trajectories/:id/close': FILE,
  'GET /api/v1/trajectories/:id/versions': FILE,
  'GET /api/v1/trajectories/:id/versions/:number/changes': FILE,
  'GET /api/v1/trajectories/:id/deadlines': FILE,
  'POST /api/v1/trajectories/:id/interview-requests': FILE,
  'GET /api/v1/trajectories/:id/document': FILE,
  'GET /api/v1/trajectories/:id/costs': FILE,
  'POST /api/v1/trajectories/:id/costs': FILE,
  'DELETE /api/v1/trajectories/:id/costs/:costId': FILE,
  'GET /api/v1/trajectories/:id/evaluations': FILE,
  'POST /api/v1/trajectories/:id/evaluations': FILE,
  'GET /api/v1/evaluations/:id': FILE,
  'PATCH /api/v1/evaluations/:id': FILE,

  'GET /api/v1/today': FILE,
  'GET /api/v1/today/team': LEAD_ADMIN,
  'GET /api/v1/dashboards/worker': FILE,
  'GET /api/v1/dashboards/team': LEAD_ADMIN,
  'GET /api/v1/reports/annual': LEAD_ADMIN,
  'GET /api/v1/federal/indicators': [NO, NO, NO, OK],
  'GET /api/v1/reports/annual/members': LEAD_ADMIN,
  'PUT /api/v1/reports/annual/:year/settings': ADMIN,
  'POST /api/v1/reports/annual/:year/close': ADMIN,
  'GET /api/v1/me/calendar': FILE,
  'POST /api/v1/me/calendar': FILE,
  'DELETE /api/v1/me/calendar': FILE,
  'GET /api/v1/calendar/:file': 'public',

  // The person's anonymous feedback: a worker makes the link, the person answers with no sign-in.
  'POST /api/v1/feedback-links': FILE,
  'GET /api/v1/feedback/:secret': 'public',
  'POST /api/v1/feedback/:secret': 'public',
  // Studies: every role lists and opens them (managers their own, staff those addressed to them);
  // the federal analyst and administrators manage them; workers and leads answer.
  'GET /api/v1/studies': SELF,
  'POST /api/v1/studies': STUDY_MANAGERS,
  'GET /api/v1/studies/centres': STUDY_MANAGERS,
  'GET /api/v1/studies/:id': SELF,
  'PATCH /api/v1/studies/:id': STUDY_MANAGERS,
  'POST /api/v1/studies/:id/publish': STUDY_MANAGERS,
  'POST /api/v1/studies/:id/close': STUDY_MANAGERS,
  'POST /api/v1/studies/:id/answers': [OK, OK, NO, NO],
  'GET /api/v1/studies/:id/results': STUDY_MANAGERS,

  'GET /api/v1/services': FILE,
  'POST /api/v1/services': ADMIN,
  'PATCH /api/v1/services/:id': ADMIN,
  'PUT /api/v1/services/:id/members': ADMIN,
  'GET /api/v1/trajectories/:id/referrals': FILE,
  'POST /api/v1/trajectories/:id/referrals': FILE,
  'GET /api/v1/referrals': FILE,
  'GET /api/v1/referrals/:id': FILE,
  'POST /api/v1/referrals/:id/accept': FILE,
  'POST /api/v1/referrals/:id/decline': FILE,
  'POST /api/v1/referrals/:id/withdraw': FILE,
  'POST /api/v1/referrals/:id/end': FILE,

  'GET /api/v1/trajectories/:id/sanctions': FILE,
  'POST /api/v1/trajectories/:id/sanctions': FILE,
  'GET /api/v1/sanctions': LEAD_ADMIN,
  'GET /api/v1/sanctions/:id': FILE,
  'PATCH /api/v1/sanctions/:id': FILE,
  'POST /api/v1/sanctions/:id/approve': LEAD_ADMIN,
  'POST /api/v1/sanctions/:id/refuse': LEAD_ADMIN,
  'POST /api/v1/sanctions/:id/decide': FILE,
  'POST /api/v1/sanctions/:id/withdraw': FILE,

  'GET /api/v1/modules': FILE,
  'POST /api/v1/modules': ADMIN,
  'GET /api/v1/modules/:id': FILE,
  'PATCH /api/v1/modules/:id': ADMIN,
  'POST /api/v1/modules/:id/sessions': ADMIN,
  'PATCH /api/v1/module-sessions/:id': ADMIN,
  'GET /api/v1/module-sessions/:id/attendance': FILE,
  'PUT /api/v1/module-sessions/:id/attendance': FILE,
  'GET /api/v1/trajectories/:id/modules': FILE,
  'POST /api/v1/trajectories/:id/modules': FILE,
  'POST /api/v1/module-enrolments/:id/leave': FILE,

  'GET /api/v1/instruments': FILE,
  'GET /api/v1/instruments/:key': FILE,
  'GET /api/v1/instruments/schema': 'public',
  'POST /api/v1/instruments': ADMIN,

  'GET /api/v1/audit': ADMIN,

  'GET /api/v1/centre/policy': FILE,
  'PATCH /api/v1/centre/policy': ADMIN,
  'GET /api/v1/centre/signing-delegations': FILE,
  'POST /api/v1/centre/signing-delegations': ADMIN,
  'PATCH /api/v1/centre/signing-delegations/:id': ADMIN,
};

const LOGINS: Record<Role, string> = {
  worker: 'worker@namur.demo',
  lead: 'lead@namur.demo',
  admin: 'admin@namur.demo',
  federal: 'federal@spp.demo',
};

let t: TestApp;
const sessions = {} as Record<Role, string>;

beforeAll(async () => {
  t = await createTestApp();
  for (const [index, role] of ROLES.entries()) {
    sessions[role] = await t.login(LOGINS[role], { address: `10.4.0.${index + 1}` });
  }
});
afterAll(() => t.close());

/** The routes the app registers, as "METHOD /path" (HEAD is answered by its GET). */
const registered = () => t.app.accessRules.map((rule) => `${rule.method} ${rule.url}`);

/** A concrete URL for a route pattern: parameters get values that name nothing. */
const concrete = (url: string) =>
  url.replace(/:id\b/g, '00000000-0000-4000-8000-000000000000').replace(/:key\b/g, 'no-such-key');

function rowOf(route: string): Row {
  const row = Object.hasOwn(TABLE, route) ? TABLE[route] : undefined;
  if (!row) throw new Error(`${route} is registered but missing from the authorisation table`);
  return row;
}

function expectedFor(route: string, role: Role | null): Cell {
  const row = rowOf(route);
  if (row === 'public') return OK;
  if (role === null) return NO;
  return row[ROLES.indexOf(role)] as Cell;
}

async function callRoute(route: string, session: string | null) {
  const [method, url] = route.split(' ') as [string, string];
  return t.call(session, { method: method as never, url: concrete(url), payload: {} });
}

describe('authorisation table', () => {
  it('names exactly the routes the app registers', () => {
    const routes = registered();
    expect(new Set(routes).size, 'a route is registered twice').toBe(routes.length);
    const missing = routes.filter((route) => !Object.hasOwn(TABLE, route)).sort();
    const stale = Object.keys(TABLE)
      .filter((route) => !routes.includes(route))
      .sort();
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it('holds a well-formed row for every route', () => {
    for (const [route, row] of Object.entries(TABLE)) {
      expect(route, route).toMatch(/^(GET|POST|PATCH|PUT|DELETE) \/api\/v1\/\S+$/);
      if (row !== 'public') expect(row, route).toHaveLength(ROLES.length);
    }
  });

  it('answers exactly 401 on every non-public route without a session', async () => {
    for (const route of registered()) {
      const response = await callRoute(route, null);
      const label = `anonymous ${route} → ${response.statusCode} ${response.body.slice(0, 200)}`;
      if (expectedFor(route, null) === NO) {
        expect(response.statusCode, label).toBe(401);
      } else {
        expect(response.statusCode, label).not.toBe(401);
        expect(response.statusCode, label).not.toBe(403);
        expect(response.statusCode, label).toBeLessThan(500);
      }
    }
  });

  for (const role of ROLES) {
    it(`${role}: exactly 403 where the table refuses, through everywhere else`, async () => {
      for (const route of registered()) {
        // Logging out would end the session the next calls use: tested below, on its own session.
        if (route === 'DELETE /api/v1/session') continue;
        const response = await callRoute(route, sessions[role]);
        const label = `${role} ${route} → ${response.statusCode} ${response.body.slice(0, 200)}`;
        if (expectedFor(route, role) === NO) {
          expect(response.statusCode, label).toBe(403);
        } else {
          expect(response.statusCode, label).not.toBe(401);
          expect(response.statusCode, label).not.toBe(403);
          expect(response.statusCode, label).toBeLessThan(500);
        }
      }
    });
  }

  for (const [index, role] of ROLES.entries()) {
    it(`${role}: DELETE /api/v1/session ends the session`, async () => {
      expect(expectedFor('DELETE /api/v1/session', role)).toBe(OK);
      const session = await t.login(LOGINS[role], { address: `10.4.1.${index + 1}` });
      expect((await t.call(session, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
      const response = await t.call(session, { method: 'DELETE', url: '/api/v1/session' });
      expect(response.statusCode).toBe(204);
      expect((await t.call(session, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
      // The session the other tests use is untouched.
      expect((await t.call(sessions[role], { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
    });
  }
});
