/**
 * Whose day one may read: one's own, or (team.read: leads and administrators) that of any worker
 * of the centre.
 */
import { type Actor, can } from '../auth/policy.ts';
import { Problem } from '../problem.ts';

export function dayAccessProblem(actor: Actor, workerId: string): Problem | null {
  if (workerId === actor.userId || can(actor, 'team.read')) return null;
  return new Problem('forbidden', 'errors.forbidden');
}
