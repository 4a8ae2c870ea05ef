import { and, eq, gt, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { centres, loginAttempts, sessions, users } from '../../db/schema.ts';

export function findUserForLogin(tx: Executor, email: string) {
  return tx
    .select({
      id: users.id,
      centreId: users.centreId,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(eq(users.email, email))
    .then((rows) => rows[0]);
}

/** The signed-in user behind a session, or nothing when the session is unknown or expired. */
export function findSessionUser(tx: Executor, idHash: string, now: Date) {
  return tx
    .select({
      userId: users.id,
      centreId: users.centreId,
      role: users.role,
      locale: users.locale,
      email: users.email,
      displayName: users.displayName,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now)))
    .then((rows) => rows[0]);
}

export async function insertSession(
  tx: Executor,
  session: { idHash: string; userId: string; centreId: string | null; now: Date; expiresAt: Date },
) {
  await tx.insert(sessions).values({
    idHash: session.idHash,
    userId: session.userId,
    centreId: session.centreId,
    createdAt: session.now,
    lastSeenAt: session.now,
    expiresAt: session.expiresAt,
  });
}

export async function deleteSession(tx: Executor, idHash: string) {
  await tx.delete(sessions).where(eq(sessions.idHash, idHash));
}

export async function deleteExpiredSessions(tx: Executor, now: Date) {
  await tx.delete(sessions).where(lt(sessions.expiresAt, now));
}

export function recentFailures(tx: Executor, email: string, address: string, since: Date) {
  return tx
    .select({ email: loginAttempts.email, address: loginAttempts.address, at: loginAttempts.at })
    .from(loginAttempts)
    .where(
      and(
        gt(loginAttempts.at, since),
        or(eq(loginAttempts.email, email), eq(loginAttempts.address, address)),
      ),
    );
}

export async function insertFailure(tx: Executor, email: string, address: string, at: Date) {
  await tx.insert(loginAttempts).values({ email, address, at });
}

export async function clearFailures(tx: Executor, email: string) {
  await tx.delete(loginAttempts).where(eq(loginAttempts.email, email));
}

export function selectMe(tx: Executor, userId: string) {
  return tx
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      locale: users.locale,
      centreId: centres.id,
      centreName: centres.name,
      centreLanguage: centres.language,
    })
    .from(users)
    .leftJoin(centres, eq(centres.id, users.centreId))
    .where(eq(users.id, userId))
    .then((rows) => rows[0]);
}

export async function updateUserLocale(tx: Executor, userId: string, locale: string) {
  await tx
    .update(users)
    .set({ locale, version: sql`${users.version} + 1` })
    .where(eq(users.id, userId));
}
