/**
 * Log in, log out, who am I. Sessions live in the database so any app process serves any request.
 *
 * Logging in is the one use case given the pool rather than a transaction: it must not hold a
 * transaction (and the rows of its login budget) open while a password hash is verified, and it
 * acts before anyone is known (asSystem 'login'), then as the user (inTenant) for the audit.
 */
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Database, Executor } from '../../db/connect.ts';
import {
  asSystem,
  inSession,
  inTenant,
  type SessionAccount,
  type SystemTx,
  type TenantTx,
} from '../../db/tenancy.ts';
import { isLocale, type Locale } from '../../i18n/catalogues.ts';
import { recordAudit } from '../audit/service.ts';
import type { ActorContext, ServiceContext } from '../context.ts';
import { Problem } from '../problem.ts';
import {
  type Actor,
  countingFailures,
  LOGIN_BUDGETS,
  type LoginBudget,
  loginThrottleKeys,
  loginWaitSeconds,
  type Role,
} from './policy.ts';
import {
  deleteEndedSessions,
  deleteSession,
  deleteStaleThrottleRows,
  endOwnSession,
  findUserForLogin,
  insertSession,
  lockThrottleRows,
  selectMe,
  setThrottleFailures,
  updateUserLocale,
} from './queries.ts';
import type { Me } from './schemas.ts';

export const hashPassword = (password: string) => hash(password);

export function hashSessionId(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

// Verified when the account does not exist, so timing does not tell whether it does.
const decoyHash = hash('passerelle-decoy-password');

export interface SessionSettings {
  sessionDays: number;
  idleMinutes: number;
}

/**
 * Counts this attempt against every budget before the password is checked, atomically (the rows
 * are locked), so any number of simultaneous attempts cannot check more passwords than the budget
 * allows. Returns the seconds to wait when a budget is spent.
 */
async function spendLoginAttempt(
  tx: SystemTx,
  keys: Record<LoginBudget, string>,
  now: Date,
): Promise<number> {
  const rows = await lockThrottleRows(tx, Object.values(keys));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  let wait = 0;
  for (const budget of Object.keys(keys) as LoginBudget[]) {
    const row = byKey.get(keys[budget]);
    if (row) wait = Math.max(wait, loginWaitSeconds(row, now, LOGIN_BUDGETS[budget].free));
  }
  if (wait > 0) return wait;
  for (const key of Object.values(keys)) {
    const row = byKey.get(key);
    await setThrottleFailures(tx, key, (row ? countingFailures(row, now) : 0) + 1, now);
  }
  return 0;
}

/** A right password gives back what the attempt spent; the account-and-address budget starts over. */
async function refundLoginAttempt(tx: SystemTx, keys: Record<LoginBudget, string>, now: Date) {
  const rows = await lockThrottleRows(tx, Object.values(keys));
  for (const row of rows) {
    const failures = row.key === keys.accountAddress ? 0 : Math.max(countingFailures(row, now) - 1, 0);
    await setThrottleFailures(tx, row.key, failures, failures > 0 ? row.lastFailureAt : null);
  }
  await deleteStaleThrottleRows(tx, new Date(now.getTime() - 86_400_000));
}

/** Failed logins stay in the audit trail of the account's centre (or outside any centre when unknown). */
async function recordFailedLogin(
  db: Executor,
  ctx: ServiceContext,
  account: { id: string; centreId: string | null } | undefined,
  reason: 'password' | 'throttled',
) {
  const centreId = account?.centreId ?? null;
  await inTenant(db, { centreId, userId: null }, (tx) =>
    recordAudit(tx, ctx, {
      action: 'session.loginFailed',
      centreId,
      subjectType: account ? 'user' : undefined,
      subjectId: account?.id,
      details: { reason, knownAccount: Boolean(account) },
    }),
  );
}

export async function login(
  database: Database,
  ctx: ServiceContext,
  input: { email: string; password: string; previousSessionIdHash: string | null } & SessionSettings,
): Promise<{ sessionId: string; me: Me }> {
  const { db } = database;
  const email = input.email.trim().toLowerCase();
  const now = ctx.clock.now();
  const keys = loginThrottleKeys(email, ctx.address);
  const { user, wait } = await asSystem(db, 'login', async (tx) => ({
    user: await findUserForLogin(tx, email),
    wait: await spendLoginAttempt(tx, keys, now),
  }));
  if (wait > 0) {
    await recordFailedLogin(db, ctx, user, 'throttled');
    throw new Problem('throttled', 'errors.throttled', {
      params: { count: Math.ceil(wait / 60) },
      headers: { 'retry-after': String(wait) },
    });
  }
  const passwordOk = await verify(user?.passwordHash ?? (await decoyHash), input.password).catch(() => false);
  if (!user || !passwordOk) {
    await recordFailedLogin(db, ctx, user, 'password');
    throw new Problem('unauthenticated', 'errors.invalidCredentials');
  }
  const sessionId = randomBytes(32).toString('base64url');
  const idHash = hashSessionId(sessionId);
  const idleMs = input.idleMinutes * 60_000;
  await asSystem(db, 'session', async (tx) => {
    // A new id at every login: a session id planted before login is worth nothing after it.
    if (input.previousSessionIdHash) await deleteSession(tx, input.previousSessionIdHash);
    await deleteEndedSessions(tx, now, idleMs);
    await refundLoginAttempt(tx, keys, now);
    await insertSession(tx, {
      idHash,
      userId: user.id,
      centreId: user.centreId,
      now,
      expiresAt: new Date(now.getTime() + input.sessionDays * 86_400_000),
    });
  });
  // The session just created, entered as any later request enters it: its audit and the answer.
  const me = await inSession(database, { idHash, now, idleMs }, async (tx, account) => {
    if (!account) throw new Error('session just created cannot be read back');
    const actor = toActor(account, idHash);
    await recordAudit(tx, { ...ctx, actor }, { action: 'session.login' });
    return readMe(tx, actor.userId, ctx.clock.today());
  });
  return { sessionId, me };
}

/** Logging out is recorded as the user, and the session ends, in the request's one transaction. */
export async function logout(tx: TenantTx, ctx: ActorContext): Promise<void> {
  await recordAudit(tx, ctx, { action: 'session.logout' });
  if (ctx.actor.sessionIdHash) await endOwnSession(tx, ctx.actor.sessionIdHash);
}

/** The actor of a request from the account its session belongs to. */
export function toActor(account: SessionAccount, sessionIdHash: string | null): Actor {
  return {
    userId: account.userId,
    centreId: account.centreId,
    role: account.role as Role,
    locale: isLocale(account.locale) ? account.locale : 'en',
    email: account.email,
    displayName: account.displayName,
    sessionIdHash,
  };
}

async function readMe(tx: TenantTx, userId: string, today: string): Promise<Me> {
  const row = await selectMe(tx, userId);
  if (!row) throw new Problem('not-found', 'errors.notFound');
  return {
    user: {
      id: row.id,
      email: row.email,
      displayName: row.displayName,
      role: row.role as Role,
      locale: row.locale as Locale,
    },
    centre:
      row.centreId && row.centreName && row.centreLanguage
        ? { id: row.centreId, name: row.centreName, language: row.centreLanguage as Locale }
        : null,
    today,
  };
}

export function getMe(tx: TenantTx, ctx: ActorContext): Promise<Me> {
  return readMe(tx, ctx.actor.userId, ctx.clock.today());
}

export async function updateMe(tx: TenantTx, ctx: ActorContext, input: { locale: Locale }): Promise<Me> {
  await updateUserLocale(tx, ctx.actor.userId, input.locale);
  await recordAudit(tx, ctx, {
    action: 'user.update',
    subjectType: 'user',
    subjectId: ctx.actor.userId,
    details: { fields: ['locale'] },
  });
  return readMe(tx, ctx.actor.userId, ctx.clock.today());
}
