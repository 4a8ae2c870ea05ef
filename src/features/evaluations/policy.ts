/**
 * Rules of evaluations, as pure functions. Only a plan in force (signed, not closed) is evaluated;
 * an evaluation is its holder's account of a meeting: only they correct it, and a correction keeps
 * what it said before. A missed appointment records that the person did not come, nothing more.
 */
import { formatDayMonthYear } from '../../domain/typed-dates.ts';
import { type Actor, can } from '../auth/policy.ts';
import { type FieldError, Problem, staleVersion } from '../problem.ts';

export interface EvaluationRecord {
  centreId: string;
  heldBy: string;
  version: number;
}

type PlanState = 'draft' | 'informed' | 'active' | 'closed';

export function evaluationAccessProblem(
  actor: Pick<Actor, 'centreId'>,
  evaluation: Pick<EvaluationRecord, 'centreId'> | undefined,
): Problem | null {
  if (!evaluation || evaluation.centreId !== actor.centreId)
    return new Problem('not-found', 'errors.evaluationNotFound');
  return null;
}

/** A plan is evaluated once it is signed and until it is closed. */
export function evaluablePlanProblem(planState: PlanState): Problem | null {
  if (planState === 'active') return null;
  if (planState === 'closed')
    return new Problem('conflict', 'errors.planClosed', { extensions: { rule: 'plan.closed' } });
  return new Problem('conflict', 'errors.evaluationPlanNotActive', {
    extensions: { rule: 'evaluation.activePlanOnly', state: planState },
  });
}

/** Checked in this order: it exists for the caller, is theirs, its plan is open, the version is the one read. */
export function evaluationCorrectionProblem(
  actor: Pick<Actor, 'centreId' | 'userId'>,
  evaluation: EvaluationRecord | undefined,
  planState: PlanState,
  readVersion: number,
): Problem | null {
  const access = evaluationAccessProblem(actor, evaluation);
  if (access || !evaluation) return access;
  if (evaluation.heldBy !== actor.userId) return new Problem('forbidden', 'errors.evaluationNotHolder');
  if (planState === 'closed')
    return new Problem('conflict', 'errors.planClosed', { extensions: { rule: 'plan.closed' } });
  if (evaluation.version !== readVersion) return staleVersion(readVersion, evaluation.version);
  return null;
}

/** Earlier states of a corrected evaluation: for those who supervise the files. */
export function maySeeEarlierVersions(actor: Pick<Actor, 'role'>): boolean {
  return can(actor, 'record.history');
}

export interface EvaluationFacts {
  heldOn: string;
  missed: boolean;
  nextOn: string | null;
  personCame: boolean;
  objectiveIds: readonly string[];
  withMeasurement: boolean;
}

export interface EvaluationContext {
  today: string;
  /** The plan's start (or its signature when no start was given). */
  planStart: string;
  /** The objectives an evaluation may speak of. */
  objectives: ReadonlySet<string>;
  /** Whether the version in force has objectives at all. */
  planHasObjectives: boolean;
}

/** What is wrong with an evaluation as a whole, each on its field; empty when nothing is. */
export function evaluationProblems(e: EvaluationFacts, c: EvaluationContext): FieldError[] {
  const errors: FieldError[] = [];
  if (e.heldOn > c.today) errors.push({ path: 'heldOn', key: 'validation.dateInFuture' });
  else if (e.heldOn < c.planStart)
    errors.push({
      path: 'heldOn',
      key: 'validation.evaluationBeforePlanStart',
      params: { date: formatDayMonthYear(c.planStart) },
    });
  if (e.nextOn !== null && e.nextOn <= e.heldOn)
    errors.push({ path: 'nextOn', key: 'validation.nextAfterHeld' });
  if (e.missed) {
    if (e.personCame) errors.push({ path: 'attendance.person', key: 'validation.missedButCame' });
    if (e.objectiveIds.length > 0)
      errors.push({ path: 'objectiveProgress', key: 'validation.missedNoProgress' });
    if (e.withMeasurement) errors.push({ path: 'measurement', key: 'validation.missedNoMeasurement' });
  } else if (c.planHasObjectives && e.objectiveIds.length === 0) {
    errors.push({ path: 'objectiveProgress', key: 'validation.progressRequired' });
  }
  e.objectiveIds.forEach((id, index) => {
    if (!c.objectives.has(id))
      errors.push({ path: `objectiveProgress.${index}.objectiveId`, key: 'validation.unknownObjective' });
  });
  return errors;
}
