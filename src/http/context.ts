/**
 * Bridges Fastify requests to use cases: the one place a request's transaction opens (one per
 * request, at the edge), with the caller's centre and the restricted role.
 */
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/connect.ts';
import { inSession, type SessionKey, type TenantTx } from '../db/tenancy.ts';
import { SESSION_COOKIE } from '../features/auth/cookie.ts';
import { type Actor, can, type Permission } from '../features/auth/policy.ts';
import { hashSessionId, toActor } from '../features/auth/service.ts';
import type { ActorContext, CentreContext, ServiceContext } from '../features/context.ts';
import { Problem } from '../features/problem.ts';
import type { Locale } from '../i18n/catalogues.ts';

export interface AppDependencies {
  database: Database;
  clock: Clock;
  config: Config;
}

/** 'public': no sign-in needed. Otherwise the permission the caller's role must hold. */
export type Access = 'public' | Permission;

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDependencies;
    /** Every API route with the access it declared: the authorisation matrix test walks it. */
    accessRules: Array<{ method: string; url: string; access: Access }>;
  }
  interface FastifyRequest {
    actor: Actor | null;
    locale: Locale;
    /** Set once the route's declared access was checked against a signed-in caller. */
    accessChecked: boolean;
    /** Set once the session cookie was looked up, found or not. */
    sessionLookedUp: boolean;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

export function serviceContext(request: FastifyRequest): ServiceContext {
  return {
    clock: request.server.deps.clock,
    actor: request.actor,
    requestId: request.id,
    // Always a valid IP (src/http/address.ts): the audit trail and the login budgets count by it.
    address: request.clientAddress,
  };
}

/** Inside the request's transaction, once its session has named the caller. */
export function actorContext(request: FastifyRequest): ActorContext {
  const ctx = serviceContext(request);
  if (!ctx.actor) throw new Problem('unauthenticated', 'errors.unauthenticated');
  return ctx as ActorContext;
}

/**
 * The request's one transaction, for every route that needs a signed-in caller: the session
 * lookup, the role and the centre in its first statement (src/db/tenancy.ts inSession), then the
 * access check of the route's declared permission, then the validation outcome (held back by
 * Fastify until now, src/http/access.ts, so a caller without the right learns nothing from
 * validation messages), then the use case. A GET changes nothing but writes its audit row: it
 * commits without waiting for the flush.
 */
function inRequestTransaction<T>(
  request: FastifyRequest,
  work: (tx: TenantTx, ctx: ActorContext) => Promise<T>,
): Promise<T> {
  const key = sessionKeyOf(request);
  if (!key) throw new Problem('unauthenticated', 'errors.unauthenticated');
  return inSession(
    request.server.deps.database,
    key,
    async (tx, account) => {
      request.sessionLookedUp = true;
      if (!account) throw new Problem('unauthenticated', 'errors.unauthenticated');
      const actor = toActor(account, key.idHash);
      request.actor = actor;
      request.locale = actor.locale;
      const access = request.routeOptions.config.access;
      if (!access || access === 'public' || !can(actor, access)) {
        throw new Problem('forbidden', 'errors.forbidden');
      }
      request.accessChecked = true;
      if (request.validationError) throw request.validationError;
      return work(tx, actorContext(request));
    },
    { readOnly: request.method === 'GET' },
  );
}

/** What finds the request's session: the hash of its cookie, now, and the idle limit; null without a cookie. */
export function sessionKeyOf(request: FastifyRequest): SessionKey | null {
  const sessionId = request.cookies?.[SESSION_COOKIE];
  if (!sessionId) return null;
  const { clock, config } = request.server.deps;
  return { idHash: hashSessionId(sessionId), now: clock.now(), idleMs: config.sessionIdleMinutes * 60_000 };
}

/** Runs a use case of the caller's centre in the request's one transaction. */
export function withCentre<T>(
  request: FastifyRequest,
  work: (tx: TenantTx, ctx: CentreContext) => Promise<T>,
): Promise<T> {
  return inRequestTransaction(request, (tx, ctx) => {
    // The federal role holds no centre permission, but say so in types.
    if (!ctx.actor.centreId) throw new Problem('forbidden', 'errors.forbidden');
    return work(tx, ctx as CentreContext);
  });
}

/** Runs a use case of any signed-in user (the federal analyst included) in one transaction. */
export function withActor<T>(
  request: FastifyRequest,
  work: (tx: TenantTx, ctx: ActorContext) => Promise<T>,
): Promise<T> {
  return inRequestTransaction(request, work);
}
