import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const installation = () => t.call(null, { method: 'GET', url: '/api/v1/installation' });

describe('GET /installation', () => {
  it('tells anyone, before logging in, whether demo accounts exist, and nothing about them', async () => {
    const response = await installation();
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ demoAccounts: true });
    expect(response.body).not.toContain('demo.');
  });

  it('says no once no account is a demo account', async () => {
    await ownerRows(t.database, sql`update users set is_demo = false`);
    expect((await installation()).json()).toEqual({ demoAccounts: false });
    await ownerRows(t.database, sql`update users set is_demo = true where email like '%.demo'`);
    expect((await installation()).json()).toEqual({ demoAccounts: true });
  });
});
