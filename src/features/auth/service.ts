/** Log in, log out, who am I. Sessions live in the database so any app process serves any request. */
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Executor } from '../../db/connect.ts';
import { inSystem, inTenant } from '../../db/tenancy.ts';
import { Problem } from '../../http/problem.ts';
import { isLocale, type Locale } from '../../i18n/catalogues.ts';
import { recordAudit } from '../audit/service.ts';
import type { ActorContext, ServiceContext } from '../context.ts';
import { type Actor, LOGIN_THROTTLE, loginRetryAfter, type Role } from './policy.ts';
import {
  clearFailures,
  deleteExpiredSessions,
  deleteSession,
  findSessionUser,
  findUserForLogin,
  insertFailure,
  insertSession,
  recentFailures,
  selectMe,
  updateUserLocale,
} from './queries.ts';
import type { Me } from './schemas.ts';

export const hashPassword = (password: string) => hash(password);

export function hashSessionId(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

// Verified when the account does not exist, so timing does not tell whether it does.
const decoyHash = hash('passerelle-decoy-password');

export async function login(
  ctx: ServiceContext,
  input: { email: string; password: string; previousSessionIdHash: string | null; sessionDays: number },
): Promise<{ sessionId: string; me: Me }> {
  const email = input.email.trim().toLowerCase();
  const now = ctx.clock.now();

  const { user, failures } = await inSystem(ctx.db, async (tx) => ({
    failures: await recentFailures(tx, email, ctx.address, new Date(now.getTime() - LOGIN_THROTTLE.windowMs)),
    user: await findUserForLogin(tx, email),
  }));
  const retryAfter = Math.max(
    loginRetryAfter(
      failures.filter((f) => f.email === email).map((f) => f.at),
      now,
    ) ?? 0,
    loginRetryAfter(
      failures.filter((f) => f.address === ctx.address).map((f) => f.at),
      now,
    ) ?? 0,
  );
  if (retryAfter > 0) {
    throw new Problem('throttled', 'errors.throttled', {
      params: { minutes: Math.ceil(retryAfter / 60) },
      headers: { 'retry-after': String(retryAfter) },
    });
  }

  const passwordOk = await verify(user?.passwordHash ?? (await decoyHash), input.password).catch(() => false);
  if (!user || !passwordOk) {
    await inSystem(ctx.db, (tx) => insertFailure(tx, email, ctx.address, now));
    throw new Problem('unauthenticated', 'errors.invalidCredentials');
  }

  const sessionId = randomBytes(32).toString('base64url');
  const idHash = hashSessionId(sessionId);
  await inSystem(ctx.db, async (tx) => {
    // A new id at every login: a session id planted before login is worth nothing after it.
    if (input.previousSessionIdHash) await deleteSession(tx, input.previousSessionIdHash);
    await deleteExpiredSessions(tx, now);
    await clearFailures(tx, email);
    await insertSession(tx, {
      idHash,
      userId: user.id,
      centreId: user.centreId,
      now,
      expiresAt: new Date(now.getTime() + input.sessionDays * 86_400_000),
    });
  });
  const actor = await resolveSession(ctx, sessionId);
  if (!actor) throw new Error('session just created cannot be read back');
  const actorCtx = { ...ctx, actor };
  const me = await inTenant(ctx.db, actor, async (tx) => {
    await recordAudit(tx, actorCtx, { action: 'session.login' });
    return readMe(tx, actor.userId, ctx.clock.today());
  });
  return { sessionId, me };
}

export async function logout(ctx: ActorContext): Promise<void> {
  const { sessionIdHash } = ctx.actor;
  await inTenant(ctx.db, ctx.actor, (tx) => recordAudit(tx, ctx, { action: 'session.logout' }));
  if (sessionIdHash) await inSystem(ctx.db, (tx) => deleteSession(tx, sessionIdHash));
}

export async function resolveSession(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  sessionId: string,
): Promise<Actor | null> {
  const idHash = hashSessionId(sessionId);
  const row = await inSystem(ctx.db, (tx) => findSessionUser(tx, idHash, ctx.clock.now()));
  if (!row) return null;
  return {
    userId: row.userId,
    centreId: row.centreId,
    role: row.role as Role,
    locale: isLocale(row.locale) ? row.locale : 'en',
    email: row.email,
    displayName: row.displayName,
    sessionIdHash: idHash,
  };
}

async function readMe(tx: Executor, userId: string, today: string): Promise<Me> {
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

export function getMe(ctx: ActorContext): Promise<Me> {
  return inTenant(ctx.db, ctx.actor, (tx) => readMe(tx, ctx.actor.userId, ctx.clock.today()));
}

export function updateMe(ctx: ActorContext, input: { locale: Locale }): Promise<Me> {
  return inTenant(ctx.db, ctx.actor, async (tx) => {
    await updateUserLocale(tx, ctx.actor.userId, input.locale);
    await recordAudit(tx, ctx, {
      action: 'user.update',
      subjectType: 'user',
      subjectId: ctx.actor.userId,
      details: { fields: ['locale'] },
    });
    return readMe(tx, ctx.actor.userId, ctx.clock.today());
  });
}
