import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { renderInstrumentSchema, renderOpenApi, renderWebTypes } from '../../test/openapi-render.ts';
import { ownerRows } from '../../test/owner.ts';
import { formatNiss, makeNiss } from '../domain/niss.ts';
import { withCentre } from './context.ts';

let t: TestApp;
let worker: string;
beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('worker@namur.demo', { address: '10.7.0.1' });
});
afterAll(() => t.close());

describe('errors are problem+json in the caller language, never a stack trace', () => {
  it.each([
    ['unknown route', { method: 'GET', url: '/api/v1/nowhere' }, 404, 'Dit adres bestaat niet in de API.'],
    [
      'malformed JSON',
      {
        method: 'POST',
        url: '/api/v1/persons',
        payload: '{"firstName": ',
        headers: { 'content-type': 'application/json' },
      },
      400,
      'De inhoud van het verzoek is geen geldige JSON.',
    ],
    [
      'oversized body',
      {
        method: 'POST',
        url: '/api/v1/persons',
        payload: JSON.stringify({ firstName: 'x'.repeat(1_100_000) }),
        headers: { 'content-type': 'application/json' },
      },
      413,
      'De inhoud van het verzoek is te groot.',
    ],
    [
      'wrong content type',
      {
        method: 'POST',
        url: '/api/v1/persons',
        payload: 'firstName=x',
        headers: { 'content-type': 'text/csv' },
      },
      415,
      'Dit inhoudstype wordt niet aanvaard; stuur application/json.',
    ],
  ] as const)('%s', async (_name, request, status, detail) => {
    // The worker's own language is French; an anonymous caller gets Accept-Language.
    const response = await t.call(request.url.includes('nowhere') ? null : worker, {
      ...request,
      headers: { 'accept-language': 'nl-BE', ...('headers' in request ? request.headers : {}) },
    } as never);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = response.json();
    expect(body.status).toBe(status);
    expect(body.type).toMatch(/^\/api\/v1\/problems\//);
    if (request.url.includes('nowhere')) expect(body.detail).toBe(detail);
    else expect(typeof body.detail).toBe('string');
    expect(response.body).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('answers in the user language when signed in', async () => {
    const response = await t.call(worker, {
      method: 'POST',
      url: '/api/v1/persons',
      payload: '{',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    });
    expect(response.json().detail).toBe("Le corps de la requête n'est pas du JSON valable.");
  });

  it('falls back to English for a machine client without Accept-Language', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(response.json().detail).toBe('Please log in.');
  });
});

describe('input the database cannot store', () => {
  it('refuses a NUL character anywhere (body, nested JSON, query, path) with 400 and changes nothing', async () => {
    const admin = await t.login('admin@namur.demo', { address: '10.7.0.2' });
    const text = { fr: 'x', nl: 'x', de: 'x', en: 'x' };
    const cases = [
      {
        method: 'POST',
        url: '/api/v1/persons',
        payload: { firstName: 'a\u0000b', lastName: 'x', birthDate: '1990-01-01', sex: 'F', language: 'fr' },
        path: 'firstName',
      },
      {
        method: 'POST',
        url: '/api/v1/instruments',
        payload: { key: 'k', name: { ...text, fr: 'a\u0000' }, domains: [] },
        path: 'name.fr',
      },
      { method: 'GET', url: '/api/v1/instruments/a%00b', path: 'key' },
      { method: 'GET', url: '/api/v1/persons?q=a%00b', path: 'q' },
    ] as const;
    const count = async () =>
      (
        await ownerRows<{ n: number }>(
          t.database,
          sql`select (select count(*) from persons) + (select count(*) from instruments) as n`,
        )
      )[0]?.n;
    const before = await count();
    for (const { path, ...request } of cases) {
      const response = await t.call(admin, request as never);
      expect(response.statusCode, request.url).toBe(400);
      expect(response.json().errors).toContainEqual(
        expect.objectContaining({ path, code: 'validation.nulCharacter' }),
      );
    }
    expect(await count()).toBe(before);
  });
});

describe('logs', () => {
  it('never contain a national number, a name or a cookie given in a request', async () => {
    const niss = makeNiss('1975-10-10', 77);
    await t.call(worker, { method: 'GET', url: '/api/v1/persons', query: { q: formatNiss(niss) } });
    await t.call(worker, { method: 'GET', url: `/api/v1/persons?q=${niss}` });
    // Accepted once, then refused (a birth date in the future): neither may leave a trace.
    for (const birthDate of ['1975-10-10', '2999-10-10']) {
      const payload = {
        firstName: 'Zéphyrine',
        lastName: 'Quasimodo',
        birthDate,
        sex: 'X',
        language: 'de',
        nationalNumber: niss,
      };
      await t.call(worker, { method: 'POST', url: '/api/v1/persons', payload });
    }
    const output = t.logs.join('');
    expect(output.length).toBeGreaterThan(0);
    expect(output).toContain('/api/v1/persons');
    for (const secret of [
      niss,
      formatNiss(niss),
      'Quasimodo',
      'Zéphyrine',
      'passerelle-demo',
      worker.split('=')[1] as string,
    ]) {
      expect(output).not.toContain(secret);
    }
  });
});

describe('operations endpoints', () => {
  it('healthz and readyz answer without a session; metrics only exist with METRICS_TOKEN', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).json()).toMatchObject({ status: 'ready' });
    // The token itself is tested in hardening.test.ts.
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.statusCode).toBe(404);
  });

  it('sends security headers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('OpenAPI', () => {
  it('is served and matches the committed openapi.json and web client types', async () => {
    const served = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(served.statusCode).toBe(200);
    const rendered = await renderOpenApi();
    expect(`${JSON.stringify(served.json(), null, 2)}\n`).toBe(rendered);
    expect(readFileSync('openapi.json', 'utf8'), 'run `npm run openapi` and commit').toBe(rendered);
    expect(readFileSync('web/src/api/schema.d.ts', 'utf8'), 'run `npm run openapi` and commit').toBe(
      await renderWebTypes(rendered),
    );
    expect(readFileSync('docs/instrument.schema.json', 'utf8'), 'run `npm run openapi`').toBe(
      renderInstrumentSchema(),
    );
  });

  it('documents every API route with its errors', async () => {
    const document = JSON.parse(await renderOpenApi());
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(
        methods as Record<string, { responses: Record<string, unknown>; security?: unknown[] }>,
      ).map(([m, op]) => ({
        path,
        m,
        op,
      })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(8);
    for (const { path, m, op } of operations) {
      expect(path.startsWith('/api/v1/'), `${m} ${path}`).toBe(true);
      const codes = Object.keys(op.responses);
      expect(
        codes.some((c) => c.startsWith('2')),
        `${m} ${path} success`,
      ).toBe(true);
      // Only an operation open to everyone (security: []) may have no error to document.
      if (op.security?.length === 0) continue;
      expect(
        codes.some((c) => c.startsWith('4')),
        `${m} ${path} errors`,
      ).toBe(true);
    }
  });

  it('refuses to start with an API route that declares no access rule', async () => {
    const { buildApp } = await import('./app.ts');
    const { readConfig } = await import('../config.ts');
    const app = await buildApp({
      database: t.database,
      clock: t.clock,
      config: readConfig({ LOG_LEVEL: 'silent' }),
    });
    expect(() => app.get('/api/v1/forgotten', async () => 'oops')).toThrow(/declares no access rule/);
    await app.close();
  });

  it('turns into a 500 the answer of a route that never checked its access', async () => {
    const { buildApp } = await import('./app.ts');
    const { readConfig } = await import('../config.ts');
    const app = await buildApp({
      database: t.database,
      clock: t.clock,
      config: readConfig({ LOG_LEVEL: 'silent' }),
    });
    // A handler that forgot withCentre: it answers without a transaction and without a check.
    app.get('/api/v1/forgetful', { config: { access: 'audit.read' } }, async () => ({ secret: 'leaked' }));
    app.get('/api/v1/careful', { config: { access: 'audit.read' } }, (request) =>
      withCentre(request, async () => ({ fine: true })),
    );
    const forgetful = await app.inject({
      method: 'GET',
      url: '/api/v1/forgetful',
      headers: { cookie: worker },
    });
    expect(forgetful.statusCode).toBe(500);
    expect(forgetful.body).not.toContain('leaked');
    expect(forgetful.json().type).toBe('/api/v1/problems/internal');
    // The same shape through withCentre: a worker holds no audit.read, an admin does.
    const refused = await app.inject({ method: 'GET', url: '/api/v1/careful', headers: { cookie: worker } });
    expect(refused.statusCode).toBe(403);
    const admin = await t.login('admin@namur.demo', { address: '10.7.0.3' });
    const allowed = await app.inject({ method: 'GET', url: '/api/v1/careful', headers: { cookie: admin } });
    expect([allowed.statusCode, allowed.json()]).toEqual([200, { fine: true }]);
    await app.close();
  });
});
