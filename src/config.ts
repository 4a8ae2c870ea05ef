/** Settings read from the environment once, at start. */
import { resolve } from 'node:path';
import { isIsoDate } from './domain/dates.ts';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  /** Fixed calendar date for demos and tests (PASSERELLE_TODAY). */
  fixedToday: string | null;
  logLevel: string;
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* (and so mark cookies Secure). */
  trustProxy: boolean;
  /** Extra origins allowed to make cookie-authenticated unsafe requests (comma-separated PUBLIC_ORIGINS). */
  publicOrigins: string[];
  sessionDays: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const fixedToday = env.PASSERELLE_TODAY?.trim() || null;
  if (fixedToday && !isIsoDate(fixedToday)) {
    throw new Error(`PASSERELLE_TODAY must be a date YYYY-MM-DD, got "${fixedToday}"`);
  }
  return {
    port: Number(env.PORT ?? 8080),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL?.trim() || null,
    dataDir: resolve(env.PASSERELLE_DATA_DIR ?? 'data'),
    fixedToday,
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.TRUST_PROXY === 'true' || env.TRUST_PROXY === '1',
    publicOrigins: (env.PUBLIC_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    sessionDays: Number(env.SESSION_DAYS ?? 14),
  };
}
