/**
 * Tenancy that fails closed (DESIGN.md §1.4, docs/architecture.md "Tenancy").
 *
 * Every pooled connection already runs as the restricted role `passerelle_app` (src/db/connect.ts),
 * so a query that forgets its centre sees no centre's rows. On top of that, the types make it hard
 * to forget: a feature's queries take a `TenantTx`, which only `inTenant` produces, and the few
 * places that must act before a centre is known take a `SystemTx`, which only `asSystem` produces,
 * naming why it switches up.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Database, Executor } from './connect.ts';

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

/** The signed-in account behind a session, as `passerelle_enter` answers it. */
export interface SessionAccount {
  userId: string;
  centreId: string | null;
  role: string;
  locale: string;
  email: string;
  displayName: string;
}

export interface SessionKey {
  /** SHA-256 of the cookie value. */
  idHash: string;
  now: Date;
  /** A session unused for this long is over. */
  idleMs: number;
}

/**
 * A request's one transaction, entered through its session cookie: the first statement
 * (`passerelle_enter`, migration 0004) finds the live session, marks it seen, and names the user
 * and centre of the transaction under the restricted role; it travels with BEGIN, and the
 * statements deferred with `deferUntilCommit` (the audit rows) travel with COMMIT
 * (src/db/connect.ts batchedTransaction). `work` gets null when the session is unknown, expired or
 * idle too long; nothing is set then, so no centre row is visible to whatever it does.
 */
export function inSession<T>(
  database: Database,
  key: SessionKey,
  work: (tx: TenantTx, account: SessionAccount | null) => Promise<T>,
  options: TenantOptions = {},
): Promise<T> {
  const opening = sql`select set_config('role', 'passerelle_app', true) as "roleSet", e.user_id as "userId", e.centre_id as "centreId", e.role, e.locale, e.email, e.display_name as "displayName"
      from passerelle_enter(${key.idHash}, ${key.now}, ${key.idleMs}, ${options.readOnly === true}) e`;
  return database.batchedTransaction(opening, (executor, rows, defer) => {
    const tx = executor as unknown as TenantTx;
    deferrals.set(tx, defer);
    const row = rows[0] as (SessionAccount & { roleSet: string }) | undefined;
    if (!row) return work(tx, null);
    const { roleSet: _, ...account } = row;
    return work(tx, account);
  });
}

/**
 * A calendar application's request, entered through the secret of its feed URL (SHA-256), like a
 * session: `passerelle_enter_calendar` (migration 0008) finds the worker of a feed not revoked and
 * names their user and centre under the restricted role; `work` gets null for an unknown secret.
 */
export function inCalendarFeed<T>(
  database: Database,
  secretHash: string,
  work: (tx: TenantTx, account: SessionAccount | null) => Promise<T>,
): Promise<T> {
  const opening = sql`select set_config('role', 'passerelle_app', true) as "roleSet", set_config('synchronous_commit', 'off', true) as "syncSet", e.user_id as "userId", e.centre_id as "centreId", e.role, e.locale, e.email, e.display_name as "displayName"
      from passerelle_enter_calendar(${secretHash}) e`;
  return database.batchedTransaction(opening, (executor, rows, defer) => {
    const tx = executor as unknown as TenantTx;
    deferrals.set(tx, defer);
    const row = rows[0] as (SessionAccount & { roleSet: string; syncSet: string }) | undefined;
    if (!row) return work(tx, null);
    const { roleSet: _r, syncSet: _s, ...account } = row;
    return work(tx, account);
  });
}

/** The centre and language of a feedback link, as `passerelle_enter_feedback` answers it. */
export interface FeedbackLinkEntry {
  centreId: string;
  language: string;
}

/**
 * A person's request, entered through the secret of a one-time feedback link (SHA-256):
 * `passerelle_enter_feedback` (migration 0010) finds a link not expired at `now` and names its
 * centre (and no user) under the restricted role; `work` gets null for an unknown, used or
 * expired secret.
 */
export function inFeedbackLink<T>(
  database: Database,
  secretHash: string,
  now: Date,
  work: (tx: TenantTx, link: FeedbackLinkEntry | null) => Promise<T>,
): Promise<T> {
  const opening = sql`select set_config('role', 'passerelle_app', true) as "roleSet", e.centre_id as "centreId", e.language
      from passerelle_enter_feedback(${secretHash}, ${now}) e`;
  return database.batchedTransaction(opening, (executor, rows, defer) => {
    const tx = executor as unknown as TenantTx;
    deferrals.set(tx, defer);
    const row = rows[0] as (FeedbackLinkEntry & { roleSet: string }) | undefined;
    if (!row) return work(tx, null);
    return work(tx, { centreId: row.centreId, language: row.language });
  });
}

const deferrals = new WeakMap<TenantTx, (statement: SQL) => void>();

/**
 * Sends a statement with the transaction's COMMIT instead of now, when the transaction was opened
 * by `inSession`: for writes nothing later in the use case reads (the audit row). Still written in
 * the transaction, so it exists exactly when the rest does. Returns false when the statement must
 * be run by the caller (a transaction opened otherwise).
 */
export function deferUntilCommit(tx: TenantTx, statement: SQL): boolean {
  const defer = deferrals.get(tx);
  if (!defer) return false;
  defer(statement);
  return true;
}

/**
 * Why a piece of code may leave row-level security. Each reason is one use: adding one is a
 * decision to write down in docs/security.md.
 * - login: find an account by e-mail and count failed attempts, before anyone is known;
 * - session: create a session at login and drop ended ones (a request reads its session through
 *   passerelle_enter, in its own transaction, without switching up);
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

declare const federalBrand: unique symbol;

/** A transaction switched to `passerelle_federal`: it reads closed years' counts and regions, nothing else. */
export type FederalTx = Executor & { readonly [federalBrand]: true };

/**
 * Runs the federal figures' reads as `passerelle_federal` (migration 0009), inside the request's
 * transaction, then switches back to the restricted role for the rest (the audit row is written
 * as `passerelle_app`). A failure aborts the whole transaction, so there is nothing to switch back.
 */
export async function asFederalReader<T>(tx: TenantTx, work: (reader: FederalTx) => Promise<T>): Promise<T> {
  await tx.execute(sql`select set_config('role', 'passerelle_federal', true)`);
  const result = await work(tx as unknown as FederalTx);
  await tx.execute(sql`select set_config('role', 'passerelle_app', true)`);
  return result;
}
