/** Settings read from the environment once, at start. */
import { isIP } from 'node:net';
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
  /**
   * Which peers may speak for the client through X-Forwarded-* (TRUST_PROXY): nobody (false), the
   * nearest N hops, or the proxies at these addresses/CIDRs (Fastify takes it through
   * `trustProxyOption` in src/http/address.ts).
   */
  trustProxy: false | number | string[];
  /** Behind a TLS-terminating proxy: X-Forwarded-Proto decides https, so cookies are Secure and HSTS is sent. */
  behindProxy: boolean;
  /** Bearer token that GET /metrics requires (METRICS_TOKEN); without one, /metrics does not exist. */
  metricsToken: string | null;
  /** Extra origins allowed to make cookie-authenticated unsafe requests (comma-separated PUBLIC_ORIGINS). */
  publicOrigins: string[];
  sessionDays: number;
  /** A session unused this long ends (SESSION_IDLE_MINUTES): a worker who walks away is signed out. */
  sessionIdleMinutes: number;
  /** Node processes serving on one port (WORKERS); more than one needs a PostgreSQL server. */
  workers: number;
  /** Connections each process keeps to PostgreSQL (DATABASE_POOL_SIZE). */
  poolSize: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const fixedToday = env.PASSERELLE_TODAY?.trim() || null;
  if (fixedToday && !isIsoDate(fixedToday)) {
    throw new Error(`PASSERELLE_TODAY must be a date YYYY-MM-DD, got "${fixedToday}"`);
  }
  const trustProxy = readTrustProxy(env.TRUST_PROXY);
  return {
    port: positiveInteger('PORT', env.PORT, 8080),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL?.trim() || null,
    dataDir: resolve(env.PASSERELLE_DATA_DIR ?? 'data'),
    fixedToday,
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy,
    behindProxy: trustProxy !== false,
    metricsToken: readMetricsToken(env.METRICS_TOKEN),
    publicOrigins: (env.PUBLIC_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    sessionDays: positiveInteger('SESSION_DAYS', env.SESSION_DAYS, 14),
    sessionIdleMinutes: positiveInteger('SESSION_IDLE_MINUTES', env.SESSION_IDLE_MINUTES, 30),
    workers: positiveInteger('WORKERS', env.WORKERS, 1),
    poolSize: positiveInteger('DATABASE_POOL_SIZE', env.DATABASE_POOL_SIZE, 10),
  };
}

/**
 * A number setting is checked at start: a typo must stop Passerelle with a clear message, not
 * become NaN and fail every request later (an idle limit of NaN minutes fails every session lookup).
 */
export function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  const text = value?.trim() ?? '';
  if (text === '') return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    throw new Error(`${name} must be a whole number of at least 1, got "${value}"`);
  }
  return Number(text);
}

/** The names @fastify/proxy-addr knows for the private ranges. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry) || isIP(entry)) return true;
  const cidr = /^([^/]+)\/(\d{1,3})$/.exec(entry);
  if (!cidr) return false;
  const family = isIP(cidr[1] as string);
  const bits = Number(cidr[2]);
  return (family === 4 && bits <= 32) || (family === 6 && bits <= 128);
}

/**
 * A wrong setting must stop the start, not quietly trust every client's X-Forwarded-For (anyone
 * could then pick the address the audit trail records and the login throttle counts).
 */
export function readTrustProxy(value: string | undefined): false | number | string[] {
  const text = value?.trim().toLowerCase() ?? '';
  if (text === '' || text === 'false' || text === '0') return false;
  // `true` once meant "trust every hop"; one hop is what a single TLS proxy in front needs.
  if (text === 'true') return 1;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((entry) => entry.trim());
  const wrong = entries.find((entry) => !isProxyAddress(entry));
  if (wrong !== undefined) {
    throw new Error(
      `TRUST_PROXY must be false, true (one proxy), a number of proxies, or comma-separated proxy addresses or CIDRs (loopback, linklocal and uniquelocal also work); "${wrong}" is none of these`,
    );
  }
  return entries;
}

const MIN_METRICS_TOKEN_LENGTH = 16;

function readMetricsToken(value: string | undefined): string | null {
  const token = value?.trim() ?? '';
  if (token === '') return null;
  if (token.length < MIN_METRICS_TOKEN_LENGTH) {
    throw new Error(`METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters long`);
  }
  return token;
}
