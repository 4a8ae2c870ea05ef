/**
 * Tenancy that fails closed (DESIGN.md §1.4, docs/architecture.md "Tenancy").
 *
 * Every pooled connection already runs as the restricted role `passerelle_app` (src/db/connect.ts),
 * so a query that forgets its centre sees no centre's rows. On top of that, the types make it hard
 * to forget: a feature's queries take a `TenantTx`, which only `inTenant` produces, and the few
 * places that must act before a centre is known take a `SystemTx`, which only `asSystem` produces,
 * naming why it switches up.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from './connect.ts';

declare const tenantBrand: unique symbol;
declare const systemBrand: unique symbol;

/** A transaction bound to one centre (or to none, for the federal analyst) under the restricted role. */
export type TenantTx = Executor & { readonly [tenantBrand]: true };

/** A transaction running as the connecting owner role, outside row-level security. */
export type SystemTx = Executor & { readonly [systemBrand]: true };

export interface TenantContext {
  /** Null for a federal analyst: no centre row is visible. */
  centreId: string | null;
  userId: string | null;
}

export interface TenantOptions {
  /**
   * A read whose only write is its own audit row: commit without waiting for the WAL flush. A
   * crash of the database server (not of Passerelle) may lose under a second of such read events;
   * every change, and the audit of every change, stays synchronous (docs/security.md).
   */
  readOnly?: boolean;
}

/**
 * One transaction naming the centre and the user. The role is set again here (it is already the
 * connection's default), so a connection whose default was changed by mistake still cannot bypass
 * the policies; all three settings are one statement, one round trip.
 */
export function inTenant<T>(
  db: Executor,
  context: TenantContext,
  work: (tx: TenantTx) => Promise<T>,
  options: TenantOptions = {},
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', 'passerelle_app', true), set_config('app.centre_id', ${context.centreId ?? ''}, true), set_config('app.user_id', ${context.userId ?? ''}, true), set_config('synchronous_commit', ${options.readOnly ? 'off' : 'on'}, true)`,
    );
    return work(tx as unknown as TenantTx);
  });
}

/**
 * Why a piece of code may leave row-level security. Each reason is one use: adding one is a
 * decision to write down in docs/security.md.
 * - login: find an account by e-mail and count failed attempts, before anyone is known;
 * - session: find the user behind a session cookie, create and end sessions;
 * - seed: create the demo centres and their users;
 * - administration: create the first centre and administrator from the command line;
 * - installation: tell the login page whether demo accounts exist.
 */
export type SystemReason = 'login' | 'session' | 'seed' | 'administration' | 'installation';

/** Switches up to the connecting owner role for one transaction, explicitly and by name. */
export function asSystem<T>(
  db: Executor,
  reason: SystemReason,
  work: (tx: SystemTx) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', 'none', true), set_config('application_name', ${`passerelle:${reason}`}, true)`,
    );
    return work(tx as unknown as SystemTx);
  });
}
