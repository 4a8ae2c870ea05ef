/**
 * The authorisation matrix over every API route: each role gets 403 exactly where its permissions
 * say so, and nobody gets past 401 without a session. Routes added later are covered automatically.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, ROLES, type Role } from '../src/features/auth/policy.ts';
import { createTestApp, type TestApp } from './app.ts';

let t: TestApp;
const sessions = {} as Record<Role, string>;
const LOGINS: Record<Role, string> = {
  worker: 'worker@namur.demo',
  lead: 'lead@namur.demo',
  admin: 'admin@namur.demo',
  federal: 'federal@spp.demo',
};

beforeAll(async () => {
  t = await createTestApp();
  for (const [index, role] of ROLES.entries()) {
    sessions[role] = await t.login(LOGINS[role], { address: `10.4.0.${index}` });
  }
});
afterAll(() => t.close());

/** A concrete URL for a route pattern: parameters get values that name nothing. */
const concrete = (url: string) =>
  url.replace(/:id\b/g, '00000000-0000-4000-8000-000000000000').replace(/:key\b/g, 'no-such-key');

describe('authorisation matrix', () => {
  it('covers every API route', () => {
    expect(t.app.accessRules.length).toBeGreaterThanOrEqual(15);
  });

  it('answers 401 on every non-public route without a session', async () => {
    for (const rule of t.app.accessRules.filter((r) => r.access !== 'public')) {
      const response = await t.call(null, {
        method: rule.method as never,
        url: concrete(rule.url),
        payload: {},
      });
      expect(response.statusCode, `${rule.method} ${rule.url}`).toBe(401);
    }
  });

  for (const role of ROLES) {
    it(`${role}: 403 exactly where the role lacks the permission`, async () => {
      for (const rule of t.app.accessRules) {
        // Logging out would end the session the next calls use; it is tested on its own.
        if (rule.method === 'DELETE' && rule.url === '/api/v1/session') continue;
        const response = await t.call(sessions[role], {
          method: rule.method as never,
          url: concrete(rule.url),
          payload: {},
        });
        const allowed = rule.access === 'public' || can({ role }, rule.access);
        const label = `${role} ${rule.method} ${rule.url} → ${response.statusCode}`;
        if (allowed) expect(response.statusCode, label).not.toBe(403);
        else expect(response.statusCode, label).toBe(403);
        expect(response.statusCode, label).toBeLessThan(500);
      }
    });
  }
});
