/**
 * What the worker's day reads, a few set-wise queries whatever the caseload: the open plans of the
 * people a worker follows (or of the whole centre, for the team's counts), then the interview
 * requests, evaluations and referral periods of those plans by id, then what colleagues wait for.
 */
import { and, asc, eq, exists, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import {
  evaluations,
  interviewRequests,
  persons,
  referrals,
  sanctions,
  serviceMembers,
  trajectories,
  trajectoryVersions,
  users,
} from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';

const personColumns = {
  personId: persons.id,
  firstName: persons.firstName,
  lastName: persons.lastName,
};

/**
 * The plans not closed of the people `workerId` follows, and of those whose plan they took over
 * through an accepted referral; every open plan of the centre with `workerId` null.
 */
export function selectOpenPlans(tx: TenantTx, centreId: string, workerId: string | null) {
  return tx
    .select({
      trajectory: trajectories,
      current: trajectoryVersions,
      ...personColumns,
      responsibleUserId: persons.responsibleUserId,
    })
    .from(trajectories)
    .innerJoin(
      trajectoryVersions,
      and(
        eq(trajectoryVersions.centreId, trajectories.centreId),
        eq(trajectoryVersions.trajectoryId, trajectories.id),
        eq(trajectoryVersions.number, trajectories.currentVersion),
      ),
    )
    .innerJoin(
      persons,
      and(eq(persons.centreId, trajectories.centreId), eq(persons.id, trajectories.personId)),
    )
    .where(
      and(
        eq(trajectories.centreId, centreId),
        ne(trajectories.state, 'closed'),
        workerId === null
          ? undefined
          : or(
              eq(persons.responsibleUserId, workerId),
              exists(
                tx
                  .select({ one: sql`1` })
                  .from(referrals)
                  .where(
                    and(
                      eq(referrals.centreId, trajectories.centreId),
                      eq(referrals.trajectoryId, trajectories.id),
                      eq(referrals.receivingUserId, workerId),
                      eq(referrals.state, 'accepted'),
                    ),
                  ),
              ),
            ),
      ),
    );
}

export function selectInterviewRequestsOf(tx: TenantTx, centreId: string, trajectoryIds: string[]) {
  if (trajectoryIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      trajectoryId: interviewRequests.trajectoryId,
      requestedOn: interviewRequests.requestedOn,
      heldOn: interviewRequests.heldOn,
    })
    .from(interviewRequests)
    .where(
      and(eq(interviewRequests.centreId, centreId), inArray(interviewRequests.trajectoryId, trajectoryIds)),
    )
    .orderBy(asc(interviewRequests.requestedOn), asc(interviewRequests.createdAt));
}

export function selectEvaluationsOf(tx: TenantTx, centreId: string, trajectoryIds: string[]) {
  if (trajectoryIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      trajectoryId: evaluations.trajectoryId,
      heldOn: evaluations.heldOn,
      mode: evaluations.mode,
      missed: evaluations.missed,
      nextOn: evaluations.nextOn,
    })
    .from(evaluations)
    .where(and(eq(evaluations.centreId, centreId), inArray(evaluations.trajectoryId, trajectoryIds)))
    .orderBy(asc(evaluations.heldOn));
}

/** The referrals that gave (or give) a plan to a receiving worker for a while. */
export function selectReferralPeriodsOf(tx: TenantTx, centreId: string, trajectoryIds: string[]) {
  if (trajectoryIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      trajectoryId: referrals.trajectoryId,
      state: referrals.state,
      answeredOn: referrals.answeredOn,
      endedOn: referrals.endedOn,
      receivingUserId: referrals.receivingUserId,
    })
    .from(referrals)
    .where(
      and(
        eq(referrals.centreId, centreId),
        inArray(referrals.trajectoryId, trajectoryIds),
        inArray(referrals.state, ['accepted', 'ended']),
      ),
    );
}

/**
 * Referrals waiting for an answer from `workerId`: addressed to them, or to an internal service
 * they belong to without a named worker. With `workerId` null, every pending referral of the
 * centre with each member who may answer it (`answererId`).
 */
export function selectReferralsAwaiting(tx: TenantTx, centreId: string, workerId: string | null) {
  return (
    tx
      .select({
        referralId: referrals.id,
        trajectoryId: referrals.trajectoryId,
        sentOn: referrals.sentOn,
        answererId: sql<string>`coalesce(${referrals.toUserId}, ${serviceMembers.userId})`,
        ...personColumns,
      })
      .from(referrals)
      .innerJoin(persons, and(eq(persons.centreId, referrals.centreId), eq(persons.id, referrals.personId)))
      // A referral of a plan closed meanwhile waits for nobody.
      .innerJoin(
        trajectories,
        and(
          eq(trajectories.centreId, referrals.centreId),
          eq(trajectories.id, referrals.trajectoryId),
          ne(trajectories.state, 'closed'),
        ),
      )
      .leftJoin(
        serviceMembers,
        and(
          eq(serviceMembers.centreId, referrals.centreId),
          eq(serviceMembers.serviceId, referrals.serviceId),
          isNull(referrals.toUserId),
        ),
      )
      .where(
        and(
          eq(referrals.centreId, centreId),
          eq(referrals.state, 'pending'),
          workerId === null
            ? undefined
            : or(
                eq(referrals.toUserId, workerId),
                and(isNull(referrals.toUserId), eq(serviceMembers.userId, workerId)),
              ),
        ),
      )
  );
}

/** Sanction proposals waiting for an approver, with who proposed each (who may not approve it). */
export function selectSanctionsAwaitingApproval(tx: TenantTx, centreId: string) {
  return tx
    .select({
      sanctionId: sanctions.id,
      trajectoryId: sanctions.trajectoryId,
      proposedBy: sanctions.proposedBy,
      createdAt: sanctions.createdAt,
      ...personColumns,
    })
    .from(sanctions)
    .innerJoin(persons, and(eq(persons.centreId, sanctions.centreId), eq(persons.id, sanctions.personId)))
    .innerJoin(
      trajectories,
      and(
        eq(trajectories.centreId, sanctions.centreId),
        eq(trajectories.id, sanctions.trajectoryId),
        ne(trajectories.state, 'closed'),
      ),
    )
    .where(and(eq(sanctions.centreId, centreId), eq(sanctions.state, 'proposed')));
}

/** One user of the centre, to name the worker whose day a lead looks at. */
export function selectUser(tx: TenantTx, centreId: string, userId: string) {
  return tx
    .select({ id: users.id, displayName: users.displayName, role: users.role })
    .from(users)
    .where(and(eq(users.centreId, centreId), eq(users.id, userId)))
    .then((rows) => rows[0]);
}
