/**
 * Authentication and authorisation in one place. Each API route declares `config.access`; a route
 * without it refuses to start. For a route that needs a signed-in caller, the session is looked up
 * and the access checked in the request's one transaction (src/http/context.ts withCentre /
 * withActor), before its validation outcome is looked at, so a caller without the right learns
 * nothing from validation messages. A route whose handler answers without having passed that
 * check answers 500 instead: forgetting the check fails closed.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../features/auth/cookie.ts';
import { Problem } from '../features/problem.ts';
import { negotiateLocale } from '../i18n/catalogues.ts';
import { problemBody } from './errors.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function installAccessControl(app: FastifyInstance) {
  app.decorateRequest('actor', null);
  app.decorateRequest('locale', 'en');

  app.decorate('accessRules', []);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`route ${route.method} ${route.url} declares no access rule`);
    // Validation waits for the access check, which needs the request's transaction.
    if (access !== 'public') route.attachValidation = true;
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.accessRules.push({ method, url: route.url, access });
    }
  });

  app.decorateRequest('accessChecked', false);
  app.decorateRequest('sessionLookedUp', false);
  app.addHook('onRequest', async (request) => {
    request.locale = negotiateLocale(request.headers['accept-language']);
    const sessionId = request.cookies[SESSION_COOKIE];
    const api = isApi(request);
    if (UNSAFE.has(request.method) && api && (sessionId || isLogin(request))) {
      if (!isSameOrigin(request, app.deps.config.publicOrigins))
        throw new Problem('forbidden', 'errors.crossSite');
    }
  });

  // Without a session cookie there is nobody to look up: answered before any database work.
  app.addHook('preValidation', async (request) => {
    if (needsCaller(request) && !request.cookies[SESSION_COOKIE]) {
      throw new Problem('unauthenticated', 'errors.unauthenticated');
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!needsCaller(request) || request.accessChecked || reply.statusCode >= 400) return payload;
    request.log.error({ route: request.routeOptions.url }, 'a route answered without checking access');
    reply.code(500).type('application/problem+json; charset=utf-8');
    return problemBody(request, new Problem('internal', 'errors.internal'));
  });
}

function needsCaller(request: FastifyRequest) {
  const access = request.routeOptions.config?.access;
  return access !== undefined && access !== 'public';
}

/**
 * An API request by the route the router chose, whatever the spelling of the URL (an absolute-form
 * or percent-encoded target reaches the same route without starting with /api/); the raw URL only
 * when no route matched.
 */
function isApi(request: FastifyRequest) {
  return (request.routeOptions.url ?? request.url).startsWith('/api/');
}

/**
 * By the route the router chose, not the raw URL: the router also takes `/api/v1/session/` (and
 * whatever other spelling it normalises), and each of those must be checked as the login is.
 */
function isLogin(request: FastifyRequest) {
  return request.routeOptions.url === '/api/v1/session';
}

/**
 * Cookie-authenticated writes must come from our own pages (OWASP: verify the Origin header,
 * fall back to Referer). SameSite=Lax already stops most cross-site posts; this closes the rest.
 */
function isSameOrigin(request: FastifyRequest, extraOrigins: readonly string[]): boolean {
  const source = request.headers.origin ?? originOf(request.headers.referer);
  if (!source || source === 'null') return false;
  const own = `${request.protocol}://${request.host}`;
  return source === own || extraOrigins.includes(source);
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
