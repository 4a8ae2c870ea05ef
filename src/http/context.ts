/**
 * Bridges Fastify requests to use cases: the one place a request's transaction opens (one per
 * request, at the edge), with the caller's centre and the restricted role.
 */
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/connect.ts';
import { inTenant, type TenantTx } from '../db/tenancy.ts';
import type { Actor, Permission } from '../features/auth/policy.ts';
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

/** For routes whose access is not 'public': the access check has already ensured an actor. */
export function actorContext(request: FastifyRequest): ActorContext {
  const ctx = serviceContext(request);
  if (!ctx.actor) throw new Problem('unauthenticated', 'errors.unauthenticated');
  return ctx as ActorContext;
}

/** For centre-bound routes: the federal role never reaches them (no permission), but say so in types. */
export function centreContext(request: FastifyRequest): CentreContext {
  const ctx = actorContext(request);
  if (!ctx.actor.centreId) throw new Problem('forbidden', 'errors.forbidden');
  return ctx as CentreContext;
}

/** A GET changes nothing but writes its audit row: it may commit without waiting for the flush. */
const tenantOptions = (request: FastifyRequest) => ({ readOnly: request.method === 'GET' });

/** Runs a use case of the caller's centre in the request's one transaction. */
export function withCentre<T>(
  request: FastifyRequest,
  work: (tx: TenantTx, ctx: CentreContext) => Promise<T>,
): Promise<T> {
  const ctx = centreContext(request);
  return inTenant(request.server.deps.database.db, ctx.actor, (tx) => work(tx, ctx), tenantOptions(request));
}

/** Runs a use case of any signed-in user (the federal analyst included) in one transaction. */
export function withActor<T>(
  request: FastifyRequest,
  work: (tx: TenantTx, ctx: ActorContext) => Promise<T>,
): Promise<T> {
  const ctx = actorContext(request);
  return inTenant(request.server.deps.database.db, ctx.actor, (tx) => work(tx, ctx), tenantOptions(request));
}
