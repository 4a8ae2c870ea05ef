/**
 * Rules of the centre's services and partners, as pure functions. The administrator manages them;
 * a service is deactivated, never deleted (past referrals keep naming it); only an internal
 * service has members, and they are the centre's social workers and team leads, who answer its
 * referrals. Each returns the problem to answer, or null.
 */
import { foldForSearch } from '../../domain/text.ts';
import { type Actor, can, FOLLOWER_ROLES, type Role } from '../auth/policy.ts';
import { type FieldError, invalidFields, Problem, staleVersion } from '../problem.ts';

export interface ServiceRecord {
  id: string;
  centreId: string;
  kind: string;
  name: string;
  version: number;
}

export function serviceAccessProblem(
  actor: Pick<Actor, 'centreId'>,
  service: Pick<ServiceRecord, 'centreId'> | undefined,
): Problem | null {
  if (!service || service.centreId !== actor.centreId)
    return new Problem('not-found', 'errors.serviceNotFound');
  return null;
}

/** Exists for the caller and is at the version read: every change starts here. */
export function serviceChangeProblem(
  actor: Pick<Actor, 'centreId'>,
  service: ServiceRecord | undefined,
  readVersion: number,
): Problem | null {
  const access = serviceAccessProblem(actor, service);
  if (access || !service) return access;
  if (service.version !== readVersion) return staleVersion(readVersion, service.version);
  return null;
}

/** A partner has no account here: nobody answers for it as a member. */
export function membersProblem(service: Pick<ServiceRecord, 'kind'>): Problem | null {
  if (service.kind !== 'internal') {
    return new Problem('conflict', 'errors.partnerHasNoMembers', {
      extensions: { rule: 'service.partnerHasNoMembers' },
    });
  }
  return null;
}

/**
 * Each member must be a worker or team lead of the centre (an administrator follows no person).
 * `found` holds the users of the caller's centre among those asked for.
 */
export function memberCandidatesProblem(
  userIds: readonly string[],
  found: readonly { id: string; role: string }[],
): Problem | null {
  const roles = new Map(found.map((user) => [user.id, user.role]));
  const errors: FieldError[] = [];
  userIds.forEach((id, index) => {
    const role = roles.get(id);
    if (role === undefined) errors.push({ path: `userIds.${index}`, key: 'errors.memberUnknown' });
    else if (!FOLLOWER_ROLES.includes(role as Role)) {
      errors.push({ path: `userIds.${index}`, key: 'errors.memberNotFollower' });
    }
  });
  return errors.length > 0 ? invalidFields(errors) : null;
}

/**
 * Two services of a centre may not share a name (accents and case aside), deactivated ones
 * included: a worker picks a service by its name, and past referrals keep naming the old one.
 */
export function nameTakenProblem(
  name: string,
  others: readonly Pick<ServiceRecord, 'id' | 'name'>[],
  selfId: string | null,
): Problem | null {
  const folded = foldForSearch(name);
  const taken = others.some((other) => other.id !== selfId && foldForSearch(other.name) === folded);
  return taken ? invalidFields([{ path: 'name', key: 'errors.serviceNameTaken' }]) : null;
}

/** Deactivated services are listed for those who manage them (to reactivate one), not for referring. */
export function listInactiveProblem(actor: Pick<Actor, 'role'>, include: 'active' | 'inactive') {
  if (include === 'inactive' && !can(actor, 'services.manage')) {
    return new Problem('forbidden', 'errors.forbidden');
  }
  return null;
}
