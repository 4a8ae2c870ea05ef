import { and, asc, desc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { centrePolicies, signingDelegations, users } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';

export function selectCentrePolicy(tx: TenantTx, centreId: string) {
  return tx
    .select()
    .from(centrePolicies)
    .where(eq(centrePolicies.centreId, centreId))
    .then((rows) => rows[0]);
}

/** The stored policy with the name of who changed it last; locked for the change when asked. */
export function selectCentrePolicyWithAuthor(tx: TenantTx, centreId: string, forUpdate = false) {
  const query = tx
    .select({ row: centrePolicies, updatedByName: users.displayName })
    .from(centrePolicies)
    .leftJoin(users, and(eq(users.centreId, centrePolicies.centreId), eq(users.id, centrePolicies.updatedBy)))
    .where(eq(centrePolicies.centreId, centreId));
  return (forUpdate ? query.for('update', { of: centrePolicies }) : query).then((rows) => rows[0]);
}

/** The first change of a centre's policy; undefined when another request wrote it first. */
export function insertCentrePolicy(
  tx: TenantTx,
  values: { centreId: string; policy: unknown; updatedBy: string; now: Date },
) {
  return tx
    .insert(centrePolicies)
    .values({
      centreId: values.centreId,
      policy: values.policy,
      version: 1,
      updatedBy: values.updatedBy,
      updatedAt: values.now,
    })
    .onConflictDoNothing()
    .returning()
    .then((rows) => rows[0]);
}

export function updateCentrePolicyAtVersion(
  tx: TenantTx,
  key: { centreId: string; version: number },
  values: { policy: unknown; updatedBy: string; now: Date },
) {
  return tx
    .update(centrePolicies)
    .set({
      policy: values.policy,
      updatedBy: values.updatedBy,
      updatedAt: values.now,
      version: sql`${centrePolicies.version} + 1`,
    })
    .where(and(eq(centrePolicies.centreId, key.centreId), eq(centrePolicies.version, key.version)))
    .returning()
    .then((rows) => rows[0]);
}

const d = signingDelegations;
const withUser = { delegation: d, userName: users.displayName };

/** Every delegation of the centre (a few per worker at most), by name, the latest first. */
export function selectDelegations(tx: TenantTx, centreId: string) {
  return tx
    .select(withUser)
    .from(d)
    .innerJoin(users, and(eq(users.centreId, d.centreId), eq(users.id, d.userId)))
    .where(eq(d.centreId, centreId))
    .orderBy(asc(users.displayName), desc(d.since), asc(d.id));
}

export function selectDelegation(tx: TenantTx, centreId: string, id: string, forUpdate = false) {
  const query = tx
    .select(withUser)
    .from(d)
    .innerJoin(users, and(eq(users.centreId, d.centreId), eq(users.id, d.userId)))
    .where(and(eq(d.centreId, centreId), eq(d.id, id)));
  return (forUpdate ? query.for('update', { of: d }) : query).then((rows) => rows[0]);
}

/** One user's delegations (its index: centre, user, since). */
export function selectUserDelegations(tx: TenantTx, centreId: string, userId: string) {
  return tx
    .select({ id: d.id, since: d.since, until: d.until })
    .from(d)
    .where(and(eq(d.centreId, centreId), eq(d.userId, userId)))
    .orderBy(desc(d.since));
}

/**
 * Serialises the writes of one user's delegations until the transaction ends, so two requests
 * cannot both find no overlap and both write one.
 */
export async function lockUserDelegations(tx: TenantTx, centreId: string, userId: string) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`signing_delegations:${centreId}:${userId}`}))`,
  );
}

export function insertDelegation(
  tx: TenantTx,
  values: {
    centreId: string;
    userId: string;
    since: string;
    until: string | null;
    createdBy: string;
    now: Date;
  },
) {
  const { now, ...rest } = values;
  return tx
    .insert(d)
    .values({ ...rest, createdAt: now })
    .returning()
    .then((rows) => rows[0] as typeof d.$inferSelect);
}

export function updateDelegationUntil(tx: TenantTx, centreId: string, id: string, until: string | null) {
  return tx
    .update(d)
    .set({ until })
    .where(and(eq(d.centreId, centreId), eq(d.id, id)))
    .returning()
    .then((rows) => rows[0] as typeof d.$inferSelect);
}

/** The delegation of this user that covers this day, the latest one when several would. */
export function selectActiveDelegation(tx: TenantTx, centreId: string, userId: string, day: string) {
  return tx
    .select({ id: d.id, since: d.since })
    .from(d)
    .where(
      and(
        eq(d.centreId, centreId),
        eq(d.userId, userId),
        lte(d.since, day),
        or(isNull(d.until), gte(d.until, day)),
      ),
    )
    .orderBy(desc(d.since))
    .limit(1)
    .then((rows) => rows[0] ?? null);
}

/** A user of the centre, with the role that says whether they may sign on its behalf. */
export function selectCentreUser(tx: TenantTx, centreId: string, userId: string) {
  return tx
    .select({ id: users.id, role: users.role, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.centreId, centreId), eq(users.id, userId)))
    .then((rows) => rows[0]);
}
