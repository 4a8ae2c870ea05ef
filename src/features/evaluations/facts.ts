/**
 * What other features read of a plan's evaluations: the facts the deadline engine and the worker's
 * day need (src/domain/evaluation-schedule.ts), never the notes.
 */
import type { TenantTx } from '../../db/tenancy.ts';
import type { EvaluationFact, EvaluationMode } from '../../domain/evaluation-schedule.ts';
import { selectEvaluationFacts } from './queries.ts';

/** The evaluations of each plan (missed appointments included), oldest first; none for a plan without. */
export async function evaluationFactsOf(
  tx: TenantTx,
  centreId: string,
  trajectoryIds: readonly string[],
): Promise<Map<string, EvaluationFact[]>> {
  const facts = new Map<string, EvaluationFact[]>();
  for (const row of await selectEvaluationFacts(tx, centreId, trajectoryIds)) {
    const fact: EvaluationFact = {
      heldOn: row.heldOn,
      mode: row.mode as EvaluationMode,
      missed: row.missed,
      nextOn: row.nextOn,
    };
    const list = facts.get(row.trajectoryId);
    if (list) list.push(fact);
    else facts.set(row.trajectoryId, [fact]);
  }
  return facts;
}
