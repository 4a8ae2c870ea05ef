import { and, eq, lte, sql } from 'drizzle-orm';
import { feedbackAnswers, feedbackLinks } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';

export function insertLink(
  tx: TenantTx,
  values: { secretHash: string; centreId: string; language: string; expiresAt: Date },
) {
  return tx.insert(feedbackLinks).values(values);
}

/** Links nobody answered in time: nothing to keep. */
export function deleteExpiredLinks(tx: TenantTx, centreId: string, now: Date) {
  return tx
    .delete(feedbackLinks)
    .where(and(eq(feedbackLinks.centreId, centreId), lte(feedbackLinks.expiresAt, now)));
}

/** Uses the link up: true when it was there (and still valid) to delete. */
export function deleteLink(tx: TenantTx, centreId: string, secretHash: string, now: Date) {
  return tx
    .delete(feedbackLinks)
    .where(
      and(
        eq(feedbackLinks.centreId, centreId),
        eq(feedbackLinks.secretHash, secretHash),
        sql`${feedbackLinks.expiresAt} > ${now}`,
      ),
    )
    .returning({ centreId: feedbackLinks.centreId })
    .then((rows) => rows.length === 1);
}

export function insertAnswer(tx: TenantTx, values: typeof feedbackAnswers.$inferInsert) {
  return tx.insert(feedbackAnswers).values(values);
}

export function selectYearScores(tx: TenantTx, centreId: string, year: number) {
  return tx
    .select({
      understandable: feedbackAnswers.understandable,
      heard: feedbackAnswers.heard,
      helpFits: feedbackAnswers.helpFits,
    })
    .from(feedbackAnswers)
    .where(and(eq(feedbackAnswers.centreId, centreId), eq(feedbackAnswers.year, year)));
}
