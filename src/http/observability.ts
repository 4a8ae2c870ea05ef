/** Logs without personal data, Prometheus metrics, health and readiness. */
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

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
    },
  };
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
  app.get('/metrics', { config: { access: 'public' }, schema: hidden }, async (_request, reply) => {
    reply.type(registry.contentType);
    return registry.metrics();
  });
}
