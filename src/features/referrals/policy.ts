/**
 * Rules of a referral, as pure functions. A plan refers the person to a second-line service of
 * the centre or to a partner; the first-line worker stays responsible for the file. The referral
 * waits (pending) until the receiving side accepts or declines it, or its sender withdraws it; an
 * accepted one runs until its end is recorded. Only one referral per plan and service waits or
 * runs at a time. A member of an internal service answers for it; a partner has no account, so
 * whoever has the file records the partner's answer. Each returns the problem to answer, or null.
 */
import type { Actor } from '../auth/policy.ts';
import { type FieldError, invalidFields, Problem, staleVersion } from '../problem.ts';
import type { ReferralState } from './schemas.ts';

export interface ReferralRecord {
  centreId: string;
  serviceId: string;
  serviceKind: string;
  sentBy: string;
  state: ReferralState;
  sentOn: string;
  answeredOn: string | null;
  version: number;
}

/** What the caller is to the referral: decides who may answer and who may record its end. */
export interface ReferralRelation {
  /** The caller is a member of the receiving internal service. */
  member: boolean;
  /** The caller follows the person's file (persons.responsible_user_id). */
  fileResponsible: boolean;
  /** The caller follows the person in the receiving service. */
  receiving: boolean;
}

const conflict = (key: string, rule: string) => new Problem('conflict', key, { extensions: { rule } });

export function referralAccessProblem(
  actor: Pick<Actor, 'centreId'>,
  referral: Pick<ReferralRecord, 'centreId'> | undefined,
): Problem | null {
  if (!referral || referral.centreId !== actor.centreId) {
    return new Problem('not-found', 'errors.referralNotFound');
  }
  return null;
}

/**
 * Where a new referral may go: an active service of the centre; to a named worker only when that
 * worker is a member of the internal service (a partner has no worker here).
 */
export function destinationProblem(
  service: { kind: string; active: boolean } | undefined,
  toUserId: string | null,
  memberIds: readonly string[],
): Problem | null {
  if (!service) return invalidFields([{ path: 'serviceId', key: 'errors.serviceUnknown' }]);
  if (!service.active) return invalidFields([{ path: 'serviceId', key: 'errors.serviceInactive' }]);
  if (toUserId === null) return null;
  if (service.kind !== 'internal')
    return invalidFields([{ path: 'toUserId', key: 'errors.partnerNoWorker' }]);
  if (!memberIds.includes(toUserId))
    return invalidFields([{ path: 'toUserId', key: 'errors.notServiceMember' }]);
  return null;
}

/** One referral per plan and service waits or runs at a time: a second would answer the same need. */
export function openReferralProblem(
  existing: readonly { serviceId: string; state: string }[],
  serviceId: string,
): Problem | null {
  const open = existing.some(
    (r) => r.serviceId === serviceId && (r.state === 'pending' || r.state === 'accepted'),
  );
  return open ? conflict('errors.referralAlreadyOpen', 'referral.oneOpenPerService') : null;
}

/** The day of a step: a real day, not in the future, and not before the day it follows. */
export function stepDateProblem(
  path: string,
  day: string,
  today: string,
  notBefore: { day: string; key: string },
): Problem | null {
  const errors: FieldError[] = [];
  if (day > today) errors.push({ path, key: 'validation.dateInFuture' });
  else if (day < notBefore.day) errors.push({ path, key: notBefore.key });
  return errors.length > 0 ? invalidFields(errors) : null;
}

/**
 * Who answers (accepts or declines): for an internal service, one of its members; for a partner,
 * anyone who has the file (the partner answers by phone or letter; the centre records it).
 * Checked in this order: it exists for the caller, they may answer, it waits, at the version read.
 */
export function answerProblem(
  actor: Pick<Actor, 'centreId'>,
  referral: ReferralRecord | undefined,
  relation: Pick<ReferralRelation, 'member'>,
  readVersion: number,
): Problem | null {
  const access = referralAccessProblem(actor, referral);
  if (access || !referral) return access;
  if (referral.serviceKind === 'internal' && !relation.member) {
    return new Problem('forbidden', 'errors.referralNotMember');
  }
  if (referral.state !== 'pending') return conflict('errors.referralNotPending', 'referral.answeredOnce');
  if (referral.version !== readVersion) return staleVersion(readVersion, referral.version);
  return null;
}

/**
 * Who follows the person once accepted: the worker who accepts, or another member they name; for
 * a partner nobody here (null), and naming someone is refused.
 */
export function receivingWorkerProblem(
  serviceKind: string,
  named: string | null | undefined,
  memberIds: readonly string[],
): Problem | null {
  if (named === null || named === undefined) return null;
  if (serviceKind !== 'internal') {
    return invalidFields([{ path: 'receivingUserId', key: 'errors.partnerNoWorker' }]);
  }
  if (!memberIds.includes(named)) {
    return invalidFields([{ path: 'receivingUserId', key: 'errors.notServiceMember' }]);
  }
  return null;
}

/** Only its sender withdraws a referral, and only while it waits for an answer. */
export function withdrawProblem(
  actor: Pick<Actor, 'centreId' | 'userId'>,
  referral: ReferralRecord | undefined,
  readVersion: number,
): Problem | null {
  const access = referralAccessProblem(actor, referral);
  if (access || !referral) return access;
  if (referral.sentBy !== actor.userId) return new Problem('forbidden', 'errors.referralNotSender');
  if (referral.state !== 'pending') return conflict('errors.referralNotPending', 'referral.answeredOnce');
  if (referral.version !== readVersion) return staleVersion(readVersion, referral.version);
  return null;
}

/**
 * Who records the end of an accepted referral: for an internal service, its sender, the file's
 * responsible worker, the receiving worker or a member of the service; for a partner, anyone who
 * has the file.
 */
export function mayEnd(
  actor: Pick<Actor, 'userId'>,
  referral: Pick<ReferralRecord, 'serviceKind' | 'sentBy'>,
  relation: ReferralRelation,
): boolean {
  if (referral.serviceKind !== 'internal') return true;
  return (
    referral.sentBy === actor.userId || relation.fileResponsible || relation.member || relation.receiving
  );
}

export function endProblem(
  actor: Pick<Actor, 'centreId' | 'userId'>,
  referral: ReferralRecord | undefined,
  relation: ReferralRelation,
  readVersion: number,
): Problem | null {
  const access = referralAccessProblem(actor, referral);
  if (access || !referral) return access;
  if (!mayEnd(actor, referral, relation)) return new Problem('forbidden', 'errors.referralMayNotEnd');
  if (referral.state !== 'accepted')
    return conflict('errors.referralNotAccepted', 'referral.endsWhenAccepted');
  if (referral.version !== readVersion) return staleVersion(readVersion, referral.version);
  return null;
}

/** What the caller may do with a referral now, for the screens to offer only that. */
export function allowedSteps(
  actor: Pick<Actor, 'userId'>,
  referral: Pick<ReferralRecord, 'serviceKind' | 'sentBy' | 'state'>,
  relation: ReferralRelation,
) {
  const pending = referral.state === 'pending';
  return {
    canAnswer: pending && (referral.serviceKind !== 'internal' || relation.member),
    canWithdraw: pending && referral.sentBy === actor.userId,
    canEnd: referral.state === 'accepted' && mayEnd(actor, referral, relation),
  };
}
