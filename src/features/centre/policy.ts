/**
 * Rules of the centre's own settings, as pure functions: the policy a centre writes must hold
 * together, and a signing delegation goes to someone who follows files, for a period that does not
 * overlap another of theirs. Each returns the problem to answer, or null.
 */
import type { CentrePolicy } from '../../domain/centre-policy.ts';
import { type Actor, FOLLOWER_ROLES, type Role } from '../auth/policy.ts';
import { invalidFields, Problem } from '../problem.ts';

/** How many evaluations a year the policy asks for at least (every 4 months: 3). */
export function evaluationsPerYear(evaluation: CentrePolicy['evaluation']): number {
  return evaluation.kind === 'perYear' ? evaluation.minimum : Math.floor(12 / evaluation.months);
}

/**
 * What the schema's bounds cannot see alone: of the evaluations a year, the in-person ones can be
 * all, never more (3 a year with 4 in person could not be kept).
 */
export function centrePolicyProblem(policy: CentrePolicy): Problem | null {
  const max = evaluationsPerYear(policy.evaluation);
  if (policy.inPersonMinimum > max) {
    return invalidFields([
      { path: 'inPersonMinimum', key: 'validation.inPersonAboveEvaluations', params: { max } },
    ]);
  }
  return null;
}

/** The fields whose value differs, in the order of the policy. */
export function changedPolicyFields(before: CentrePolicy, after: CentrePolicy): Array<keyof CentrePolicy> {
  return (Object.keys(after) as Array<keyof CentrePolicy>).filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
}

/**
 * Plans are signed on the centre's behalf by a worker or a team lead of the centre (not an
 * administrator; another centre's account is unknown here).
 */
export function delegateProblem(candidate: { role: string } | undefined): Problem | null {
  if (!candidate) return invalidFields([{ path: 'userId', key: 'errors.delegateUnknown' }]);
  if (!FOLLOWER_ROLES.includes(candidate.role as Role)) {
    return invalidFields([{ path: 'userId', key: 'errors.delegateNotFollower' }]);
  }
  return null;
}

export interface DelegationPeriod {
  id: string;
  since: string;
  until: string | null;
}

/** Whether two periods of days (ends included, null: no end) share a day. */
export function periodsOverlap(a: Omit<DelegationPeriod, 'id'>, b: Omit<DelegationPeriod, 'id'>): boolean {
  return (a.until === null || b.since <= a.until) && (b.until === null || a.since <= b.until);
}

/** One delegation at a time per person: a second over the same days would say nothing new. */
export function delegationOverlapProblem(
  period: DelegationPeriod,
  others: DelegationPeriod[],
): Problem | null {
  const clash = others.find((other) => other.id !== period.id && periodsOverlap(period, other));
  if (!clash) return null;
  return new Problem('conflict', 'errors.delegationOverlap', { extensions: { delegationId: clash.id } });
}

/** Another centre's delegation does not exist for the caller. */
export function delegationAccessProblem(
  actor: Pick<Actor, 'centreId'>,
  delegation: { centreId: string } | undefined,
): Problem | null {
  if (!delegation || delegation.centreId !== actor.centreId)
    return new Problem('not-found', 'errors.delegationNotFound');
  return null;
}

/** The last day may change (to end a delegation, or to correct its end), never before the first. */
export function delegationEndProblem(since: string, until: string | null): Problem | null {
  if (until !== null && until < since) {
    return invalidFields([{ path: 'until', key: 'validation.endBeforeStart' }]);
  }
  return null;
}

/** Whether a delegation covers this day. */
export function coversDay(period: Omit<DelegationPeriod, 'id'>, day: string): boolean {
  return period.since <= day && (period.until === null || day <= period.until);
}
