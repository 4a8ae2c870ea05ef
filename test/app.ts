/** An app on a fresh database, with helpers to log in and call the API as each demo user. */
import { Writable } from 'node:stream';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { manualClock } from '../src/clock.ts';
import { readConfig } from '../src/config.ts';
import type { Database } from '../src/db/connect.ts';
import { buildApp } from '../src/http/app.ts';
import { DEMO_PASSWORD } from '../src/seed/demo.ts';
import { testDatabase } from './database.ts';
import { TEST_START } from './database-names.ts';

/** app.inject() talks to http://localhost:80: our own origin for the cross-site check. */
export const ORIGIN = 'http://localhost:80';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  clock: ReturnType<typeof manualClock>;
  logs: string[];
  /** Logs in and returns the session cookie header value. */
  login(email: string, options?: { password?: string; address?: string }): Promise<string>;
  /** Calls the API as the holder of a session cookie (or anonymously with null). */
  call(session: string | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function createTestApp(): Promise<TestApp> {
  const database = await testDatabase();
  const clock = manualClock(TEST_START);
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const app = await buildApp({ database, clock, config: readConfig({ LOG_LEVEL: 'info' }), logStream });
  await app.ready();

  const call: TestApp['call'] = (session, options) =>
    app.inject({
      ...options,
      headers: {
        origin: ORIGIN,
        ...(session ? { cookie: session } : {}),
        ...options.headers,
      },
    });

  return {
    app,
    database,
    clock,
    logs,
    call,
    async login(email, options = {}) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/session',
        headers: { origin: ORIGIN },
        remoteAddress: options.address ?? '127.0.0.1',
        payload: { email, password: options.password ?? DEMO_PASSWORD },
      });
      if (response.statusCode !== 200)
        throw new Error(`login ${email}: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'passerelle_session');
      if (!cookie) throw new Error('no session cookie');
      return `passerelle_session=${cookie.value}`;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
