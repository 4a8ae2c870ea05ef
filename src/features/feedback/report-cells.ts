/**
 * The yearly report's hook for the person's feedback: the cells of one centre and year (see
 * src/domain/feedback.ts feedbackReportCells for their names and meaning). Counts only: the free
 * text never leaves the answers. The caller suppresses small cells where it publishes them.
 */
import type { TenantTx } from '../../db/tenancy.ts';
import { feedbackReportCells } from '../../domain/feedback.ts';
import { selectYearScores } from './queries.ts';

export async function feedbackCells(
  tx: TenantTx,
  centreId: string,
  year: number,
): Promise<Array<{ cell: string; count: number; amount: number }>> {
  return feedbackReportCells(await selectYearScores(tx, centreId, year));
}
export { FEEDBACK_QUESTIONS, FEEDBACK_SCALE } from '../../domain/feedback.ts';
