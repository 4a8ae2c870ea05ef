/** Logs without personal data, Prometheus metrics, health and readiness. */
import { createHash, timingSafeEqual } from 'node:crypto';
import { DrizzleQueryError } from 'drizzle-orm';
import type { FastifyError, FastifyInstance, FastifyRequest, FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { Problem } from '../features/problem.ts';

/**
 * Requests are logged by path only: query strings carry searches (names, national numbers).
 * Bodies are never logged; known personal and secret fields are censored wherever they appear.
 */
export function loggerOptions(level: string, stream?: DestinationStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.nationalNumber',
        '*.firstName',
        '*.lastName',
        '*.email',
        '*.phone',
        '*.birthDate',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req) => ({ method: req.method, path: String(req.url).split('?')[0], id: req.id }),
      // Fastify types this serializer as returning a message and a stack: a database error has neither.
      err: serializeError as (error: FastifyError) => { type: string; message: string; stack: string },
    },
  };
}

/** SQLSTATE classes (00-58, F0, HV, P0, XX); Node's own codes (EPIPE, EPERM) start with E. */
const SQLSTATE = /^(?:[0-5][0-9A-Z]|F0|HV|P0|XX)[0-9A-Z]{3}$/;

interface DatabaseErrorFields {
  code: string;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  routine?: unknown;
  severity?: unknown;
}

function databaseError(error: unknown): DatabaseErrorFields | null {
  let current = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const candidate = current as { code?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string' && SQLSTATE.test(candidate.code)) {
      return candidate as DatabaseErrorFields;
    }
    current = candidate.cause;
  }
  return null;
}

/** Stack frames only: the lines before them repeat the message. */
function frames(stack: string | undefined): string | undefined {
  return stack
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
}

/**
 * Errors reach the logs without the values they were about. A PostgreSQL error's message and
 * detail quote them ("Key (email)=(…) already exists", a trigger's own text) and drizzle's wrapper
 * lists every parameter of the query: of those, only the fields that name things are kept.
 */
export function serializeError(error: unknown): Record<string, unknown> {
  return serialize(error, 0);
}

function serialize(error: unknown, depth: number): Record<string, unknown> {
  const database = databaseError(error);
  if (database) {
    const { code, constraint, table, column, routine, severity } = database;
    return { type: 'DatabaseError', code, constraint, table, column, routine, severity };
  }
  if (!(error instanceof Error)) return { type: typeof error };
  if (error instanceof DrizzleQueryError) {
    // The query text holds placeholders ($1), not values; the message appends the values.
    return {
      type: 'DrizzleQueryError',
      query: error.query,
      stack: frames(error.stack),
      ...(error.cause !== undefined && depth < 3 ? { cause: serialize(error.cause, depth + 1) } : {}),
    };
  }
  return { type: error.name, message: error.message, stack: error.stack };
}

export function installObservability(app: FastifyInstance) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'passerelle_' });
  const duration = new Histogram({
    name: 'passerelle_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    duration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unknown',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });

  const hidden = { hide: true } as const;
  app.get('/healthz', { config: { access: 'public' }, schema: hidden }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { access: 'public' }, schema: hidden }, async (_request, reply) => {
    try {
      await app.deps.database.ping();
      return { status: 'ready', database: app.deps.database.engine };
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
  // Metrics tell who uses the service and when, and cost a little to compute: not for anyone.
  const token = app.deps.config.metricsToken;
  if (!token) return;
  const expected = sha256(token);
  app.get('/metrics', { config: { access: 'public' }, schema: hidden }, async (request, reply) => {
    if (!hasToken(request, expected)) {
      throw new Problem('unauthenticated', 'errors.metricsToken', {
        headers: { 'www-authenticate': 'Bearer realm="metrics"' },
      });
    }
    reply.type(registry.contentType);
    return registry.metrics();
  });
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Compared as digests of equal length, in constant time: the time taken says nothing of the token. */
function hasToken(request: FastifyRequest, expected: Buffer): boolean {
  const match = /^Bearer +(\S+) *$/i.exec(request.headers.authorization ?? '');
  return Boolean(match) && timingSafeEqual(sha256(match?.[1] ?? ''), expected);
}
