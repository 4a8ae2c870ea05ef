import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { assessments, users } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';

export type AssessmentRow = typeof assessments.$inferSelect;
export type AssessmentValues = Pick<
  AssessmentRow,
  'assessedOn' | 'domains' | 'aspirations' | 'aptitudes' | 'qualifications' | 'needs'
>;

const withdrawer = alias(users, 'withdrawer');
const withNames = {
  assessment: assessments,
  author: users.displayName,
  withdrawnBy: withdrawer.displayName,
};
export type AssessmentWithNames = {
  assessment: AssessmentRow;
  author: string | null;
  withdrawnBy: string | null;
};

function selectWithNames(tx: TenantTx) {
  return tx
    .select(withNames)
    .from(assessments)
    .leftJoin(users, eq(users.id, assessments.createdBy))
    .leftJoin(withdrawer, eq(withdrawer.id, assessments.withdrawnBy));
}

/** The person's assessments, latest first; the withdrawn ones only when asked for. */
export function selectAssessments(
  tx: TenantTx,
  centreId: string,
  personId: string,
  options: { includeWithdrawn?: boolean } = {},
) {
  return selectWithNames(tx)
    .where(
      and(
        eq(assessments.centreId, centreId),
        eq(assessments.personId, personId),
        options.includeWithdrawn ? undefined : isNull(assessments.withdrawnAt),
      ),
    )
    .orderBy(desc(assessments.assessedOn), desc(assessments.createdAt));
}

export function selectAssessment(
  tx: TenantTx,
  centreId: string,
  id: string,
  forUpdate = false,
): Promise<AssessmentWithNames | undefined> {
  const query = selectWithNames(tx).where(and(eq(assessments.centreId, centreId), eq(assessments.id, id)));
  return (forUpdate ? query.for('update', { of: assessments }) : query).then((rows) => rows[0]);
}

export function insertAssessment(
  tx: TenantTx,
  values: AssessmentValues & { centreId: string; personId: string; createdBy: string; now: Date },
): Promise<AssessmentRow> {
  const { now, ...rest } = values;
  return tx
    .insert(assessments)
    .values({ ...rest, updatedBy: values.createdBy, createdAt: now, updatedAt: now })
    .returning()
    .then((rows) => rows[0] as AssessmentRow);
}

/** Changes an assessment still at the version read, unlocked and in force; undefined otherwise. */
export function updateAssessmentAtVersion(
  tx: TenantTx,
  key: { centreId: string; id: string; version: number },
  values: Partial<AssessmentValues> & { updatedBy: string; now: Date },
) {
  const { now, ...rest } = values;
  return tx
    .update(assessments)
    .set({ ...rest, updatedAt: now, version: sql`${assessments.version} + 1` })
    .where(
      and(
        eq(assessments.centreId, key.centreId),
        eq(assessments.id, key.id),
        eq(assessments.version, key.version),
        isNull(assessments.lockedAt),
        isNull(assessments.withdrawnAt),
      ),
    )
    .returning()
    .then((rows) => rows[0]);
}

/** Withdraws an assessment still at the version read, unlocked and in force; undefined otherwise. */
export function withdrawAssessmentAtVersion(
  tx: TenantTx,
  key: { centreId: string; id: string; version: number },
  values: { by: string; reason: string; now: Date },
) {
  return tx
    .update(assessments)
    .set({
      withdrawnAt: values.now,
      withdrawnBy: values.by,
      withdrawalReason: values.reason,
      updatedAt: values.now,
      updatedBy: values.by,
      version: sql`${assessments.version} + 1`,
    })
    .where(
      and(
        eq(assessments.centreId, key.centreId),
        eq(assessments.id, key.id),
        eq(assessments.version, key.version),
        isNull(assessments.lockedAt),
        isNull(assessments.withdrawnAt),
      ),
    )
    .returning()
    .then((rows) => rows[0]);
}

/** Sets the lock a signed plan puts on the assessment it rests on (once: a second plan keeps the first lock). */
export function lockAssessmentRow(tx: TenantTx, key: { centreId: string; id: string }, at: Date) {
  return tx
    .update(assessments)
    .set({ lockedAt: at })
    .where(
      and(
        eq(assessments.centreId, key.centreId),
        eq(assessments.id, key.id),
        isNull(assessments.lockedAt),
        isNull(assessments.withdrawnAt),
      ),
    )
    .returning({ id: assessments.id });
}
