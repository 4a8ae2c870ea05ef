/** Every error leaves as application/problem+json in the caller's language, never with a stack trace. */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { isDatabaseUnavailable } from '../db/errors.ts';
import { inSession, inTenant } from '../db/tenancy.ts';
import { recordAudit } from '../features/audit/service.ts';
import { toActor } from '../features/auth/service.ts';
import { type FieldError, Problem, type ProblemType, problemTypeUri } from '../features/problem.ts';
import { issueMessage } from '../i18n/issues.ts';
import { translate } from '../i18n/translate.ts';
import { serviceContext, sessionKeyOf } from './context.ts';

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem) {
  reply.code(problem.status).type('application/problem+json; charset=utf-8');
  for (const [name, value] of Object.entries(problem.options.headers ?? {})) reply.header(name, value);
  return reply.send(problemBody(request, problem));
}

/** The problem+json text of a problem, in the caller's language. */
export function problemBody(request: FastifyRequest, problem: Problem): string {
  const locale = request.locale;
  const body: Record<string, unknown> = {
    type: problemTypeUri(problem.type),
    title: translate(locale, `problems.${problem.type}`),
    status: problem.status,
    detail: translate(locale, problem.key, problem.options.params),
    instance: request.url.split('?')[0],
    ...problem.options.extensions,
  };
  if (problem.options.errors) {
    body.errors = problem.options.errors.map((e) => ({
      path: e.path,
      code: e.key,
      message: translate(locale, e.key, e.params),
    }));
  }
  if (problem.options.warnings) {
    body.warnings = problem.options.warnings.map((w) => ({
      code: w.code,
      message: translate(locale, w.key),
      ...(w.field ? { field: w.field } : {}),
      ...w.extensions,
    }));
  }
  return JSON.stringify(body);
}

/** fastify-type-provider-zod flattens zod issues; rebuild enough of each to name its message. */
function fieldErrorsFromValidation(request: FastifyRequest, error: FastifyError): FieldError[] {
  const input = {
    body: request.body,
    querystring: request.query,
    params: request.params,
    headers: request.headers,
  }[error.validationContext ?? 'body'];
  return (error.validation ?? []).map((v) => {
    const entry = v as unknown as { keyword: string; instancePath: string; message: string; params: object };
    const path = entry.instancePath.split('/').filter(Boolean);
    // Zod keeps no input in its issues (nothing personal leaks); look the value up to tell "missing".
    // A refinement names its own message, which says more than "required" (e.g. "one of two scores").
    if (
      valueAt(input, path) === undefined &&
      entry.keyword !== 'unrecognized_keys' &&
      entry.keyword !== 'custom'
    ) {
      return { path: path.join('.'), key: 'validation.required' };
    }
    const issue = { ...entry.params, code: entry.keyword, message: entry.message, path } as z.core.$ZodIssue;
    const { key, params } = issueMessage(issue);
    return { path: path.join('.'), key, params };
  });
}

function valueAt(input: unknown, path: string[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const FASTIFY_CODES: Record<string, [ProblemType, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['bad-request', 'errors.badJson'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['bad-request', 'errors.badJson'],
  FST_ERR_CTP_BODY_TOO_LARGE: ['payload-too-large', 'errors.payloadTooLarge'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported-media-type', 'errors.unsupportedMediaType'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['bad-request', 'errors.badRequest'],
};

/**
 * A signed-in caller refused a route (403) or a record (404: another centre's record is "not
 * found") leaves a trace, in its own transaction: the request's own transaction rolled back with
 * the refusal. Recording must never turn a refusal into a 500.
 */
async function recordDenied(request: FastifyRequest, problem: Problem) {
  const actor = request.actor;
  const route = request.routeOptions.url;
  if (!actor || !route?.startsWith('/api/v1/') || (problem.status !== 403 && problem.status !== 404)) return;
  const params = recordableParams(request.params);
  const id = typeof params.id === 'string' ? params.id : undefined;
  try {
    await inTenant(request.server.deps.database.db, actor, (tx) =>
      recordAudit(tx, serviceContext(request), {
        action: 'access.denied',
        personId: route.startsWith('/api/v1/persons/:id') && id && UUID.test(id) ? id : null,
        subjectType: 'route',
        subjectId: `${request.method} ${route}`,
        details: { status: problem.status, problem: problem.type, params },
      }),
    );
  } catch (error) {
    request.log.error({ err: error }, 'could not record a denied access');
  }
}

/**
 * A request refused before its transaction opened (a body that is not JSON, a cross-site write)
 * still comes from someone when it carries a live session: look them up, so the refusal speaks
 * their language and a refused write is traced to them. Only on this error path; never fails.
 */
async function identifyCaller(request: FastifyRequest) {
  const key = sessionKeyOf(request);
  if (request.actor || request.sessionLookedUp || !key) return;
  if (!(request.routeOptions.url ?? request.url).startsWith('/api/')) return;
  try {
    const account = await inSession(request.server.deps.database, key, async (_tx, found) => found, {
      readOnly: true,
    });
    if (account) {
      request.actor = toActor(account, key.idHash);
      request.locale = request.actor.locale;
    }
  } catch (lookupError) {
    request.log.warn({ err: lookupError }, 'could not identify the caller of a refused request');
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A key has a letter: a bare number (a national number typed into a URL) is not a key.
const KEY = /^(?=[a-z0-9-]*[a-z])[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * A refused route is refused before validation, so its path parameters are whatever was typed:
 * only ids and keys are kept, anything else (a name, a national number typed into a URL) is not.
 */
function recordableParams(params: unknown): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries((params ?? {}) as Record<string, unknown>)) {
    kept[name] =
      typeof value === 'string' && (UUID.test(value) || KEY.test(value)) ? value : '[not recorded]';
  }
  return kept;
}

export function installErrorHandling(app: FastifyInstance, options: { spaIndex: boolean }) {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    await identifyCaller(request);
    if (error instanceof Problem) {
      await recordDenied(request, error);
      return sendProblem(request, reply, error);
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return sendProblem(
        request,
        reply,
        new Problem('unavailable', 'errors.databaseUnavailable', { headers: { 'retry-after': '5' } }),
      );
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendProblem(
        request,
        reply,
        new Problem('validation', 'errors.validation', { errors: fieldErrorsFromValidation(request, error) }),
      );
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) return sendProblem(request, reply, new Problem(known[0], known[1]));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.info({ code: error.code }, 'client error');
      return sendProblem(request, reply, new Problem('bad-request', 'errors.badRequest'));
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(request, reply, new Problem('internal', 'errors.internal'));
  });

  app.setNotFoundHandler((request, reply) => {
    // The web app routes on the client: any other page GET outside /api serves its shell.
    if (options.spaIndex && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendProblem(request, reply, new Problem('not-found', 'errors.routeNotFound'));
  });
}
