/**
 * What the dashboards read: counts grouped in the database, and for the centre's figures only the
 * dates the pure rules of src/domain/dashboard-figures.ts need. Always filtered by centre.
 */
import { and, asc, eq, gte, inArray, isNotNull, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { evaluations, persons, trajectories, trajectoryVersions } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';

/** The people a worker is responsible for, and of them those with a plan not closed. */
export async function selectCaseload(tx: TenantTx, centreId: string, workerId: string) {
  const [row] = await tx
    .select({
      people: sql<number>`count(*)::int`,
      withOpenPlan: sql<number>`count(*) filter (where exists (
        select 1 from trajectories t
        where t.centre_id = persons.centre_id and t.person_id = persons.id and t.state <> 'closed'))::int`,
    })
    .from(persons)
    .where(and(eq(persons.centreId, centreId), eq(persons.responsibleUserId, workerId)));
  return { people: row?.people ?? 0, withOpenPlan: row?.withOpenPlan ?? 0 };
}

/**
 * Per responsible worker (null: nobody), the plans not closed by state and the people who have
 * one (active files).
 */
export function selectOpenPlansByWorker(tx: TenantTx, centreId: string, workerId: string | null = null) {
  return tx
    .select({
      responsibleUserId: persons.responsibleUserId,
      state: trajectories.state,
      plans: sql<number>`count(*)::int`,
      people: sql<number>`count(distinct ${persons.id})::int`,
    })
    .from(trajectories)
    .innerJoin(
      persons,
      and(eq(persons.centreId, trajectories.centreId), eq(persons.id, trajectories.personId)),
    )
    .where(
      and(
        eq(trajectories.centreId, centreId),
        ne(trajectories.state, 'closed'),
        workerId === null ? undefined : eq(persons.responsibleUserId, workerId),
      ),
    )
    .groupBy(persons.responsibleUserId, trajectories.state);
}

/** People with a plan not closed, per responsible worker (a person with two open plans is one file). */
export function selectActiveFilesByWorker(tx: TenantTx, centreId: string) {
  return tx
    .select({
      responsibleUserId: persons.responsibleUserId,
      people: sql<number>`count(distinct ${persons.id})::int`,
    })
    .from(trajectories)
    .innerJoin(
      persons,
      and(eq(persons.centreId, trajectories.centreId), eq(persons.id, trajectories.personId)),
    )
    .where(and(eq(trajectories.centreId, centreId), ne(trajectories.state, 'closed')))
    .groupBy(persons.responsibleUserId);
}

/** The number of files nobody is responsible for. */
export async function countUnassignedFiles(tx: TenantTx, centreId: string) {
  const [row] = await tx
    .select({ files: sql<number>`count(*)::int` })
    .from(persons)
    .where(and(eq(persons.centreId, centreId), isNull(persons.responsibleUserId)));
  return row?.files ?? 0;
}

/** The number of the latest signed version of a plan: the version in force. */
const versionInForce = sql`(select max(v.number) from trajectory_versions v
  where v.centre_id = trajectories.centre_id and v.trajectory_id = trajectories.id and v.signed_on is not null)`;

/**
 * Active plans of a worker's people whose version in force ends in [from, to], by date then name.
 */
export function selectPlansEnding(
  tx: TenantTx,
  centreId: string,
  workerId: string,
  from: string,
  to: string,
) {
  return tx
    .select({
      trajectoryId: trajectories.id,
      personId: persons.id,
      firstName: persons.firstName,
      lastName: persons.lastName,
      plannedEndOn: sql<string>`${trajectoryVersions.plannedEndOn}`,
    })
    .from(trajectories)
    .innerJoin(
      persons,
      and(eq(persons.centreId, trajectories.centreId), eq(persons.id, trajectories.personId)),
    )
    .innerJoin(
      trajectoryVersions,
      and(
        eq(trajectoryVersions.centreId, trajectories.centreId),
        eq(trajectoryVersions.trajectoryId, trajectories.id),
        eq(trajectoryVersions.number, versionInForce),
      ),
    )
    .where(
      and(
        eq(trajectories.centreId, centreId),
        eq(trajectories.state, 'active'),
        eq(persons.responsibleUserId, workerId),
        gte(trajectoryVersions.plannedEndOn, from),
        lte(trajectoryVersions.plannedEndOn, to),
      ),
    )
    .orderBy(
      asc(trajectoryVersions.plannedEndOn),
      asc(persons.lastName),
      asc(persons.firstName),
      asc(trajectories.id),
    );
}

/** PIIS plans with a decision date, with the day of their first signature, first signed in [from, to]. */
export function selectFirstPiisSignatures(tx: TenantTx, centreId: string, from: string, to: string) {
  const firstSigned = sql<string>`min(${trajectoryVersions.signedOn})`;
  return tx
    .select({
      trajectoryId: trajectories.id,
      decisionDate: sql<string>`${trajectories.decisionDate}`,
      signedOn: firstSigned,
    })
    .from(trajectories)
    .innerJoin(
      trajectoryVersions,
      and(
        eq(trajectoryVersions.centreId, trajectories.centreId),
        eq(trajectoryVersions.trajectoryId, trajectories.id),
        isNotNull(trajectoryVersions.signedOn),
      ),
    )
    .where(
      and(
        eq(trajectories.centreId, centreId),
        eq(trajectories.form, 'piis'),
        isNotNull(trajectories.decisionDate),
      ),
    )
    .groupBy(trajectories.id, trajectories.decisionDate)
    .having(and(gte(firstSigned, from), lte(firstSigned, to)));
}

/**
 * Signed plans whose evaluation slots may fall in [from, to]: the dates of their version in force
 * (start, or the signature when it has none; planned end), not closed before `from`, started by `to`.
 */
export function selectSignedPlansFor(tx: TenantTx, centreId: string, from: string, to: string) {
  const start = sql<string>`coalesce(${trajectoryVersions.startOn}, ${trajectoryVersions.signedOn})`;
  return tx
    .select({
      trajectoryId: trajectories.id,
      startOn: start,
      plannedEndOn: sql<string>`${trajectoryVersions.plannedEndOn}`,
      closedOn: trajectories.closedOn,
    })
    .from(trajectories)
    .innerJoin(
      trajectoryVersions,
      and(
        eq(trajectoryVersions.centreId, trajectories.centreId),
        eq(trajectoryVersions.trajectoryId, trajectories.id),
        eq(trajectoryVersions.number, versionInForce),
      ),
    )
    .where(
      and(
        eq(trajectories.centreId, centreId),
        isNotNull(trajectoryVersions.plannedEndOn),
        or(isNull(trajectories.closedOn), gte(trajectories.closedOn, from)),
        lte(start, to),
      ),
    );
}

/** The evaluations recorded (held or missed) of some plans. */
export function selectEvaluationsOf(tx: TenantTx, centreId: string, trajectoryIds: string[]) {
  if (trajectoryIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      trajectoryId: evaluations.trajectoryId,
      heldOn: evaluations.heldOn,
      missed: evaluations.missed,
    })
    .from(evaluations)
    .where(and(eq(evaluations.centreId, centreId), inArray(evaluations.trajectoryId, trajectoryIds)));
}

/** Evaluations recorded in [from, to]: how many, how many missed. */
export async function countEvaluationsIn(tx: TenantTx, centreId: string, from: string, to: string) {
  const [row] = await tx
    .select({
      recorded: sql<number>`count(*)::int`,
      missed: sql<number>`count(*) filter (where ${evaluations.missed})::int`,
    })
    .from(evaluations)
    .where(
      and(eq(evaluations.centreId, centreId), gte(evaluations.heldOn, from), lte(evaluations.heldOn, to)),
    );
  return { recorded: row?.recorded ?? 0, missed: row?.missed ?? 0 };
}
