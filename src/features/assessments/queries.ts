import { and, desc, eq, sql } from 'drizzle-orm';
import { assessments, users } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';

export type AssessmentRow = typeof assessments.$inferSelect;
export type AssessmentValues = Pick<
  AssessmentRow,
  'assessedOn' | 'domains' | 'aspirations' | 'aptitudes' | 'qualifications' | 'needs'
>;

const withAuthor = { assessment: assessments, author: users.displayName };

export function selectAssessments(tx: TenantTx, centreId: string, personId: string) {
  return tx
    .select(withAuthor)
    .from(assessments)
    .leftJoin(users, eq(users.id, assessments.createdBy))
    .where(and(eq(assessments.centreId, centreId), eq(assessments.personId, personId)))
    .orderBy(desc(assessments.assessedOn), desc(assessments.createdAt));
}

export function selectAssessment(tx: TenantTx, centreId: string, id: string, forUpdate = false) {
  const query = tx
    .select(withAuthor)
    .from(assessments)
    .leftJoin(users, eq(users.id, assessments.createdBy))
    .where(and(eq(assessments.centreId, centreId), eq(assessments.id, id)));
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
        sql`${assessments.lockedAt} is null`,
      ),
    )
    .returning()
    .then((rows) => rows[0]);
}
