/**
 * Resource and state rules of a person's record, as pure functions: who may do what to which
 * record in which state. The role → permission map (auth/policy.ts) has already let the caller in;
 * these decide on the record itself. Each returns the problem to answer, or null.
 */

import { type Actor, FOLLOWER_ROLES, type Role } from '../auth/policy.ts';
import { invalidFields, Problem, staleVersion } from '../problem.ts';

export interface PersonRecord {
  centreId: string;
  version: number;
}

/** Another centre's person does not exist for the caller (404, never 403: nothing leaks). */
export function personAccessProblem(actor: Pick<Actor, 'centreId'>, person: PersonRecord | undefined) {
  if (!person || person.centreId !== actor.centreId) return new Problem('not-found', 'errors.personNotFound');
  return null;
}

/** A change must start from the version now stored: a stale one would overwrite a colleague. */
export function personUpdateProblem(
  actor: Pick<Actor, 'centreId'>,
  person: PersonRecord | undefined,
  readVersion: number,
): Problem | null {
  return (
    personAccessProblem(actor, person) ??
    (person && person.version !== readVersion ? staleVersion(readVersion, person.version) : null)
  );
}

/**
 * A file is followed by a worker or a lead of the person's own centre: not an administrator, not
 * an account of another centre (which the caller cannot see, so it is "unknown" here too).
 */
export function responsibleProblem(
  candidate: { role: string } | undefined,
  path = 'responsibleUserId',
): Problem | null {
  if (!candidate) return invalidFields([{ path, key: 'errors.responsibleUnknown' }]);
  if (!FOLLOWER_ROLES.includes(candidate.role as Role)) {
    return invalidFields([{ path, key: 'errors.responsibleNotFollower' }]);
  }
  return null;
}
