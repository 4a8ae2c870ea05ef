import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORIGIN, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const loginRequest = (email: string, password: string, address = '10.0.0.1', origin = ORIGIN) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/session',
    remoteAddress: address,
    headers: { origin, 'accept-language': 'fr-BE,fr;q=0.9' },
    payload: { email, password },
  });

describe('POST /session', () => {
  it('logs in and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const response = await loginRequest('Worker@Namur.demo ', 'passerelle-demo', '10.0.1.1');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      user: { email: 'worker@namur.demo', role: 'worker', locale: 'fr' },
      centre: { name: 'CPAS de Namur-Démo', language: 'fr' },
    });
    const cookie = response.cookies.find((c) => c.name === 'passerelle_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy(); // plain http here; Secure when served over https
    expect(cookie?.value.length).toBeGreaterThanOrEqual(43);
  });

  it('marks the cookie Secure over https (behind a trusted proxy)', async () => {
    const { buildApp } = await import('../../http/app.ts');
    const { readConfig } = await import('../../config.ts');
    const app = await buildApp({
      database: t.database,
      clock: t.clock,
      config: readConfig({ TRUST_PROXY: 'true', LOG_LEVEL: 'silent' }),
    });
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      remoteAddress: '10.0.1.2',
      headers: {
        origin: 'https://passerelle.example',
        host: 'passerelle.example',
        'x-forwarded-proto': 'https',
      },
      payload: { email: 'lead@namur.demo', password: 'passerelle-demo' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.cookies[0]?.secure).toBe(true);
    await app.close();
  });

  it('says the same thing for a wrong password and an unknown account, in the caller language', async () => {
    const wrong = await loginRequest('worker@namur.demo', 'nope', '10.0.2.1');
    const unknown = await loginRequest('nobody@namur.demo', 'nope', '10.0.2.2');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(wrong.json().detail).toBe("L'adresse e-mail ou le mot de passe n'est pas correct.");
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('refuses missing or malformed fields with each field named', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { origin: ORIGIN },
      payload: { email: 42 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { path: 'email', code: 'validation.invalidType', message: 'Expected string.' },
      { path: 'password', code: 'validation.required', message: 'This field is required.' },
    ]);
  });

  it('rotates the session id at login and destroys the old session', async () => {
    const first = await t.login('worker@namur.demo', { address: '10.0.3.1' });
    const response = await t.call(first, {
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'worker@namur.demo', password: 'passerelle-demo' },
    });
    expect(response.statusCode).toBe(200);
    const second = response.cookies.find((c) => c.name === 'passerelle_session')?.value;
    expect(`passerelle_session=${second}`).not.toBe(first);
    expect((await t.call(first, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    expect(
      (await t.call(`passerelle_session=${second}`, { method: 'GET', url: '/api/v1/me' })).statusCode,
    ).toBe(200);
  });

  it('refuses a login posted from another site', async () => {
    const response = await loginRequest(
      'worker@namur.demo',
      'passerelle-demo',
      '10.0.4.1',
      'https://evil.example',
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().type).toBe('/api/v1/problems/forbidden');
  });
});

describe('login throttling', () => {
  it('gives an account 5 tries per address, then waits a doubling delay; other addresses are not locked out', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await loginRequest('lead@namur.demo', `wrong-${i}`, '10.1.0.1')).statusCode).toBe(401);
    }
    const throttled = await loginRequest('lead@namur.demo', 'passerelle-demo', '10.1.0.1');
    expect(throttled.statusCode).toBe(429);
    expect(throttled.headers['retry-after']).toBe('60');
    expect(throttled.json().detail).toBe('Trop de tentatives échouées. Réessayez dans 1 minute.');
    // The worker at another desk still gets in.
    expect((await loginRequest('lead@namur.demo', 'passerelle-demo', '10.1.0.2')).statusCode).toBe(200);
    t.clock.advance(60_000);
    expect((await loginRequest('lead@namur.demo', 'wrong-again', '10.1.0.1')).statusCode).toBe(401);
    const longer = await loginRequest('lead@namur.demo', 'passerelle-demo', '10.1.0.1');
    expect(longer.statusCode).toBe(429);
    expect(longer.headers['retry-after']).toBe('120');
    t.clock.advance(120_000);
    expect((await loginRequest('lead@namur.demo', 'passerelle-demo', '10.1.0.1')).statusCode).toBe(200);
    // A success starts the account's budget at this address over.
    for (let i = 0; i < 5; i++) {
      expect((await loginRequest('lead@namur.demo', `wrong-${i}`, '10.1.0.1')).statusCode).toBe(401);
    }
    expect((await loginRequest('lead@namur.demo', 'x', '10.1.0.1')).statusCode).toBe(429);
  });

  it('gives one address 20 tries whatever the accounts, without telling which accounts exist', async () => {
    for (let i = 0; i < 20; i++) {
      // Mostly accounts that do not exist, and one that does: each account stays under its own budget.
      const email = i === 3 ? 'worker@gent.demo' : `nobody-${i}@x.demo`;
      expect((await loginRequest(email, 'wrong', '10.2.0.1')).statusCode).toBe(401);
    }
    const known = await loginRequest('admin@gent.demo', 'passerelle-demo', '10.2.0.1');
    const unknown = await loginRequest('ghost@x.demo', 'whatever', '10.2.0.1');
    expect(known.statusCode).toBe(429);
    expect(unknown.statusCode).toBe(429);
    expect(unknown.json().detail).toBe(known.json().detail);
    expect((await loginRequest('admin@gent.demo', 'passerelle-demo', '10.2.0.2')).statusCode).toBe(200);
  });

  it('checks at most 5 passwords when 300 wrong attempts arrive at once', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 300 }, (_, i) => loginRequest('admin@namur.demo', `guess-${i}`, '10.2.1.1')),
    );
    const statuses = attempts.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401).length).toBe(5);
    expect(statuses.filter((s) => s === 429).length).toBe(295);
    expect((await loginRequest('admin@namur.demo', 'passerelle-demo', '10.2.1.1')).statusCode).toBe(429);
  });
});

describe('sessions end when idle', () => {
  it('ends a session unused for 30 minutes and keeps one in use', async () => {
    const session = await t.login('worker@namur.demo', { address: '10.5.0.1' });
    const me = () => t.call(session, { method: 'GET', url: '/api/v1/me' });
    const lastSeen = async () =>
      (
        await ownerRows<{ at: Date }>(
          t.database,
          sql`select s.last_seen_at as at from sessions s join users u on u.id = s.user_id
              where u.email = 'worker@namur.demo' order by s.created_at desc limit 1`,
        )
      )[0]?.at;
    t.clock.advance(29 * 60_000);
    expect((await me()).statusCode).toBe(200);
    expect(new Date(String(await lastSeen())).toISOString()).toBe(t.clock.now().toISOString());
    t.clock.advance(29 * 60_000);
    expect((await me()).statusCode).toBe(200);
    t.clock.advance(30 * 60_000);
    const expired = await me();
    expect(expired.statusCode).toBe(401);
    expect(expired.json().type).toBe('/api/v1/problems/unauthenticated');
  });
});

describe('GET and PATCH /me, DELETE /session', () => {
  it('needs a session', async () => {
    const response = await t.call(null, {
      method: 'GET',
      url: '/api/v1/me',
      headers: { 'accept-language': 'nl' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({
      type: '/api/v1/problems/unauthenticated',
      detail: 'Gelieve in te loggen.',
    });
  });

  it('tells a federal analyst they belong to no centre', async () => {
    const session = await t.login('federal@spp.demo', { address: '10.3.0.1' });
    const me = await t.call(session, { method: 'GET', url: '/api/v1/me' });
    expect(me.json()).toMatchObject({ user: { role: 'federal' }, centre: null });
  });

  it('remembers the chosen language and answers in it', async () => {
    const session = await t.login('admin@namur.demo', { address: '10.3.0.2' });
    const changed = await t.call(session, { method: 'PATCH', url: '/api/v1/me', payload: { locale: 'de' } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user.locale).toBe('de');
    const again = await t.login('admin@namur.demo', { address: '10.3.0.3' });
    expect((await t.call(again, { method: 'GET', url: '/api/v1/me' })).json().user.locale).toBe('de');
    const bad = await t.call(again, { method: 'PATCH', url: '/api/v1/me', payload: { locale: 'xx' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({
      path: 'locale',
      message: 'Wählen Sie aus: fr, nl, de, en.',
    });
  });

  it('logs out: the session is destroyed on the server and the cookie cleared', async () => {
    const session = await t.login('worker@gent.demo', { address: '10.3.0.4' });
    const response = await t.call(session, { method: 'DELETE', url: '/api/v1/session' });
    expect(response.statusCode).toBe(204);
    expect(response.cookies.find((c) => c.name === 'passerelle_session')?.value).toBe('');
    expect((await t.call(session, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated write without our Origin', async () => {
    const session = await t.login('worker@gent.demo', { address: '10.3.0.5' });
    const noOrigin = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: session },
      payload: { locale: 'fr' },
    });
    expect(noOrigin.statusCode).toBe(403);
    const evil = await t.call(session, {
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { origin: 'https://evil.example' },
    });
    expect(evil.statusCode).toBe(403);
    expect(evil.json().detail).toBe('Dit verzoek komt van een andere site en werd geweigerd.');
    expect((await t.call(session, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
  });
});
