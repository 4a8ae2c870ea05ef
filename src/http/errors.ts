/** Every error leaves as application/problem+json in the caller's language, never with a stack trace. */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { issueMessage } from '../i18n/issues.ts';
import { translate } from '../i18n/translate.ts';
import { type FieldError, Problem, type ProblemType, problemTypeUri } from './problem.ts';

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem) {
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
  reply.code(problem.status).type('application/problem+json; charset=utf-8');
  for (const [name, value] of Object.entries(problem.options.headers ?? {})) reply.header(name, value);
  return reply.send(JSON.stringify(body));
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
    if (valueAt(input, path) === undefined && entry.keyword !== 'unrecognized_keys') {
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

export function installErrorHandling(app: FastifyInstance, options: { spaIndex: boolean }) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof Problem) return sendProblem(request, reply, error);
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
