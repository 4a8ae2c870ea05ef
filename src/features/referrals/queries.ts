import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import { persons, referrals, services, trajectories, users } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';

export type ReferralRow = typeof referrals.$inferSelect;

const toUser = alias(users, 'to_user');
const sender = alias(users, 'sender');
const answerer = alias(users, 'answerer');
const receiver = alias(users, 'receiver');

const withNames = {
  referral: referrals,
  firstName: persons.firstName,
  lastName: persons.lastName,
  fileResponsibleId: persons.responsibleUserId,
  planState: trajectories.state,
  serviceKind: services.kind,
  serviceName: services.name,
  serviceActive: services.active,
  toUserName: toUser.displayName,
  sentByName: sender.displayName,
  answeredByName: answerer.displayName,
  receivingUserName: receiver.displayName,
};
export type ReferralWithNames = {
  referral: ReferralRow;
  firstName: string;
  lastName: string;
  fileResponsibleId: string | null;
  planState: string;
  serviceKind: string;
  serviceName: string;
  serviceActive: boolean;
  toUserName: string | null;
  sentByName: string;
  answeredByName: string | null;
  receivingUserName: string | null;
};

const r = referrals;
const sameCentreUser = (table: { centreId: AnyPgColumn; id: AnyPgColumn }, column: AnyPgColumn) =>
  and(eq(table.centreId, r.centreId), eq(table.id, column));

function selectWithNames(tx: TenantTx) {
  return tx
    .select(withNames)
    .from(r)
    .innerJoin(persons, and(eq(persons.centreId, r.centreId), eq(persons.id, r.personId)))
    .innerJoin(trajectories, and(eq(trajectories.centreId, r.centreId), eq(trajectories.id, r.trajectoryId)))
    .innerJoin(services, and(eq(services.centreId, r.centreId), eq(services.id, r.serviceId)))
    .innerJoin(sender, sameCentreUser(sender, r.sentBy))
    .leftJoin(toUser, sameCentreUser(toUser, r.toUserId))
    .leftJoin(answerer, sameCentreUser(answerer, r.answeredBy))
    .leftJoin(receiver, sameCentreUser(receiver, r.receivingUserId));
}

export function selectReferral(
  tx: TenantTx,
  centreId: string,
  id: string,
  forUpdate = false,
): Promise<ReferralWithNames | undefined> {
  const query = selectWithNames(tx).where(and(eq(r.centreId, centreId), eq(r.id, id)));
  return (forUpdate ? query.for('update', { of: r }) : query).then((rows) => rows[0]);
}

/** A plan's referrals, the latest sent first (a handful per plan). */
export function selectPlanReferrals(tx: TenantTx, centreId: string, trajectoryId: string) {
  return selectWithNames(tx)
    .where(and(eq(r.centreId, centreId), eq(r.trajectoryId, trajectoryId)))
    .orderBy(desc(r.sentOn), desc(r.createdAt), desc(r.id));
}

/**
 * The pending referrals waiting for this worker's answer: addressed to them, or to an internal
 * service they belong to with no worker named; the oldest first.
 */
export function selectAwaiting(tx: TenantTx, centreId: string, userId: string, serviceIds: string[]) {
  return selectWithNames(tx)
    .where(
      and(
        eq(r.centreId, centreId),
        eq(r.state, 'pending'),
        or(
          eq(r.toUserId, userId),
          serviceIds.length > 0 ? and(isNull(r.toUserId), inArray(r.serviceId, serviceIds)) : undefined,
        ),
      ),
    )
    .orderBy(asc(r.sentOn), asc(r.createdAt), asc(r.id));
}

export function insertReferral(
  tx: TenantTx,
  values: {
    centreId: string;
    trajectoryId: string;
    personId: string;
    serviceId: string;
    toUserId: string | null;
    handoverNote: string;
    sentOn: string;
    sentBy: string;
    now: Date;
  },
) {
  const { now, ...rest } = values;
  return tx
    .insert(r)
    .values({ ...rest, state: 'pending', updatedBy: values.sentBy, createdAt: now, updatedAt: now })
    .returning()
    .then((rows) => rows[0] as ReferralRow);
}

export function updateReferralAtVersion(
  tx: TenantTx,
  key: { centreId: string; id: string; version: number },
  values: Partial<
    Pick<ReferralRow, 'state' | 'answeredOn' | 'answeredBy' | 'answerNote' | 'receivingUserId' | 'endedOn'>
  > & { updatedBy: string; now: Date },
) {
  const { now, ...rest } = values;
  return tx
    .update(r)
    .set({ ...rest, updatedAt: now, version: sql`${r.version} + 1` })
    .where(and(eq(r.centreId, key.centreId), eq(r.id, key.id), eq(r.version, key.version)))
    .returning({ id: r.id })
    .then((rows) => rows[0]);
}
