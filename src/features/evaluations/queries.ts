import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { evaluations, recordVersions, users } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';

export type EvaluationRow = typeof evaluations.$inferSelect;
export type EvaluationValues = Pick<
  EvaluationRow,
  | 'heldOn'
  | 'mode'
  | 'missed'
  | 'attendance'
  | 'objectiveProgress'
  | 'personDid'
  | 'centreDid'
  | 'nextSteps'
  | 'nextOn'
>;

const withHolder = { evaluation: evaluations, heldByName: users.displayName };
export type EvaluationWithHolder = { evaluation: EvaluationRow; heldByName: string };

function selectWithHolder(tx: TenantTx) {
  return tx
    .select(withHolder)
    .from(evaluations)
    .innerJoin(users, and(eq(users.centreId, evaluations.centreId), eq(users.id, evaluations.heldBy)));
}

/** A plan's evaluations, newest first (a plan has a few a year: no paging). */
export function selectEvaluations(tx: TenantTx, centreId: string, trajectoryId: string) {
  return selectWithHolder(tx)
    .where(and(eq(evaluations.centreId, centreId), eq(evaluations.trajectoryId, trajectoryId)))
    .orderBy(desc(evaluations.heldOn), desc(evaluations.createdAt), desc(evaluations.id));
}

export function selectEvaluation(
  tx: TenantTx,
  centreId: string,
  id: string,
  forUpdate = false,
): Promise<EvaluationWithHolder | undefined> {
  const query = selectWithHolder(tx).where(and(eq(evaluations.centreId, centreId), eq(evaluations.id, id)));
  return (forUpdate ? query.for('update', { of: evaluations }) : query).then((rows) => rows[0]);
}

/** What the schedule reads of the evaluations of some plans, on the trajectory index. */
export function selectEvaluationFacts(tx: TenantTx, centreId: string, trajectoryIds: readonly string[]) {
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
    .where(and(eq(evaluations.centreId, centreId), inArray(evaluations.trajectoryId, [...trajectoryIds])))
    .orderBy(asc(evaluations.heldOn), asc(evaluations.createdAt));
}

export function insertEvaluation(
  tx: TenantTx,
  values: EvaluationValues & {
    centreId: string;
    trajectoryId: string;
    personId: string;
    measurementId: string | null;
    heldBy: string;
    now: Date;
  },
): Promise<EvaluationRow> {
  const { now, ...rest } = values;
  return tx
    .insert(evaluations)
    .values({ ...rest, createdBy: values.heldBy, updatedBy: values.heldBy, createdAt: now, updatedAt: now })
    .returning()
    .then((rows) => rows[0] as EvaluationRow);
}

export function updateEvaluationAtVersion(
  tx: TenantTx,
  key: { centreId: string; id: string; version: number },
  values: Partial<EvaluationValues> & { updatedBy: string; now: Date },
) {
  const { now, ...rest } = values;
  return tx
    .update(evaluations)
    .set({ ...rest, updatedAt: now, version: sql`${evaluations.version} + 1` })
    .where(
      and(
        eq(evaluations.centreId, key.centreId),
        eq(evaluations.id, key.id),
        eq(evaluations.version, key.version),
      ),
    )
    .returning()
    .then((rows) => rows[0]);
}

/** The states an evaluation had before its current one, oldest first. */
export function selectEarlierVersions(tx: TenantTx, centreId: string, id: string, currentVersion: number) {
  return tx
    .select({
      version: recordVersions.version,
      data: recordVersions.data,
      changedAt: recordVersions.changedAt,
    })
    .from(recordVersions)
    .where(
      and(
        eq(recordVersions.centreId, centreId),
        eq(recordVersions.entity, 'evaluation'),
        eq(recordVersions.entityId, id),
        lt(recordVersions.version, currentVersion),
      ),
    )
    .orderBy(asc(recordVersions.version));
}
