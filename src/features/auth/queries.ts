import { eq, inArray, lt, sql } from 'drizzle-orm';
import { centres, loginThrottle, sessions, users } from '../../db/schema.ts';
import type { SystemTx, TenantTx } from '../../db/tenancy.ts';

export function findUserForLogin(tx: SystemTx, email: string) {
  return tx
    .select({ id: users.id, centreId: users.centreId, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email))
    .then((rows) => rows[0]);
}

export async function insertSession(
  tx: SystemTx,
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

/** Ends the session of the transaction's own user (migration 0004 passerelle_end_session). */
export async function endOwnSession(tx: TenantTx, idHash: string) {
  await tx.execute(sql`select passerelle_end_session(${idHash})`);
}

export async function deleteSession(tx: SystemTx, idHash: string) {
  await tx.delete(sessions).where(eq(sessions.idHash, idHash));
}

export async function deleteEndedSessions(tx: SystemTx, now: Date, idleMs: number) {
  await tx
    .delete(sessions)
    .where(
      sql`${sessions.expiresAt} < ${now} or ${sessions.lastSeenAt} < ${new Date(now.getTime() - idleMs)}`,
    );
}

/**
 * The budgets of one login attempt, locked until the transaction ends: concurrent attempts on the
 * same keys queue here, so each sees the failures counted by the ones before it.
 */
export async function lockThrottleRows(tx: SystemTx, keys: readonly string[]) {
  // Always the same order, for the new rows the insert locks and the old ones the select locks:
  // two attempts sharing keys then never wait on each other in a circle.
  const sorted = [...keys].sort();
  await tx
    .insert(loginThrottle)
    .values(sorted.map((key) => ({ key })))
    .onConflictDoNothing();
  return tx
    .select()
    .from(loginThrottle)
    .where(inArray(loginThrottle.key, sorted))
    .orderBy(loginThrottle.key)
    .for('update');
}

export async function setThrottleFailures(tx: SystemTx, key: string, failures: number, at: Date | null) {
  await tx.update(loginThrottle).set({ failures, lastFailureAt: at }).where(eq(loginThrottle.key, key));
}

/** Budgets untouched for a day hold no information worth keeping. */
export async function deleteStaleThrottleRows(tx: SystemTx, before: Date) {
  await tx.delete(loginThrottle).where(lt(loginThrottle.lastFailureAt, before));
}

export function selectMe(tx: TenantTx, userId: string) {
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

export async function updateUserLocale(tx: TenantTx, userId: string, locale: string) {
  await tx
    .update(users)
    .set({ locale, version: sql`${users.version} + 1` })
    .where(eq(users.id, userId));
}
