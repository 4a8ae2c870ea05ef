/** Bridges Fastify requests to the services' plain context objects. */
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/connect.ts';
import type { Actor, Permission } from '../features/auth/policy.ts';
import type { ActorContext, ServiceContext } from '../features/context.ts';
import type { Locale } from '../i18n/catalogues.ts';
import { Problem } from './problem.ts';

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
  const { database, clock } = request.server.deps;
  return { db: database.db, clock, actor: request.actor, requestId: request.id, address: request.ip };
}

/** For routes whose access is not 'public': the access check has already ensured an actor. */
export function actorContext(request: FastifyRequest): ActorContext {
  const ctx = serviceContext(request);
  if (!ctx.actor) throw new Problem('unauthenticated', 'errors.unauthenticated');
  return ctx as ActorContext;
}

/** For centre-bound routes: the federal role never reaches them (no permission), but say so in types. */
export function centreContext(
  request: FastifyRequest,
): ActorContext & { actor: Actor & { centreId: string } } {
  const ctx = actorContext(request);
  if (!ctx.actor.centreId) throw new Problem('forbidden', 'errors.forbidden');
  return ctx as ActorContext & { actor: Actor & { centreId: string } };
}
