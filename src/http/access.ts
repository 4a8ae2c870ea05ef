/**
 * Authentication and authorisation in one place. Each API route declares `config.access`; a route
 * without it refuses to start. The check runs before validation, so a caller without the right
 * learns nothing from validation messages.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../features/auth/cookie.ts';
import { can } from '../features/auth/policy.ts';
import { resolveSession } from '../features/auth/service.ts';
import { Problem } from '../features/problem.ts';
import { negotiateLocale } from '../i18n/catalogues.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function installAccessControl(app: FastifyInstance) {
  app.decorateRequest('actor', null);
  app.decorateRequest('locale', 'en');

  app.decorate('accessRules', []);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`route ${route.method} ${route.url} declares no access rule`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.accessRules.push({ method, url: route.url, access });
    }
  });

  app.addHook('onRequest', async (request) => {
    request.locale = negotiateLocale(request.headers['accept-language']);
    const sessionId = request.cookies[SESSION_COOKIE];
    const api = isApi(request);
    if (sessionId && api) {
      request.actor = await resolveSession(
        app.deps.database.db,
        app.deps.clock,
        sessionId,
        app.deps.config.sessionIdleMinutes,
      );
      if (request.actor) request.locale = request.actor.locale;
    }
    if (UNSAFE.has(request.method) && api && (sessionId || isLogin(request))) {
      if (!isSameOrigin(request, app.deps.config.publicOrigins))
        throw new Problem('forbidden', 'errors.crossSite');
    }
  });

  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || access === 'public') return;
    if (!request.actor) throw new Problem('unauthenticated', 'errors.unauthenticated');
    if (!can(request.actor, access)) throw new Problem('forbidden', 'errors.forbidden');
  });
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
