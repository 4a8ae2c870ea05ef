/**
 * State rules of a sanction, as pure functions (DOMAIN.md §3). A worker proposes it on an active
 * PIIS; someone the centre's policy names (never the proposer) approves or refuses it; an approved
 * sanction is decided; a proposal or an approved sanction may be withdrawn. A decided sanction
 * stands: only the day it was notified may still be recorded. Each refusal names its rule.
 */
import type { CentrePolicy } from '../../domain/centre-policy.ts';
import { isIsoDate } from '../../domain/dates.ts';
import type { SanctionProblem } from '../../domain/sanctions.ts';
import { formatDayMonthYear } from '../../domain/typed-dates.ts';
import type { Actor } from '../auth/policy.ts';
import { type FieldError, Problem, staleVersion } from '../problem.ts';
import type { SanctionState } from './schemas.ts';

export interface SanctionRecord {
  centreId: string;
  state: SanctionState;
  proposedBy: string;
  version: number;
}

export interface PlanFacts {
  form: 'piis' | 'growthPlan';
  state: 'draft' | 'informed' | 'active' | 'closed';
}

const conflict = (key: string, rule: string, state?: SanctionState) =>
  new Problem('conflict', key, { extensions: { rule, ...(state ? { state } : {}) } });

/** The fields a proposal holds: what a correction may change while it waits. */
export const PROPOSAL_FIELDS = [
  'noticeOn',
  'workerOpinion',
  'workerOpinionOn',
  'hearingOn',
  'hearingAssisted',
  'extent',
  'partialPercent',
  'startOn',
  'endOn',
  'suspended',
] as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];

/** Whether the centre's policy lets this role approve or refuse a proposal. */
export function mayApproveSanctions(role: string, policy: Pick<CentrePolicy, 'sanctionApprovers'>): boolean {
  return role === 'lead' || (role === 'admin' && policy.sanctionApprovers === 'leadOrAdmin');
}

export function sanctionAccessProblem(
  actor: Pick<Actor, 'centreId'>,
  sanction: Pick<SanctionRecord, 'centreId'> | undefined,
): Problem | null {
  if (!sanction || sanction.centreId !== actor.centreId)
    return new Problem('not-found', 'errors.sanctionNotFound');
  return null;
}

/** A sanction suspends the integration income of a signed PIIS in force: never on a draft or a growth plan. */
export function planSanctionProblem(plan: PlanFacts): Problem | null {
  if (plan.form !== 'piis' || plan.state !== 'active') {
    return conflict('errors.sanctionOnlyActivePiis', 'sanction.onlyActivePiis');
  }
  return null;
}

/** Whether the caller may approve or refuse this sanction now. */
export function mayApprove(
  actor: Pick<Actor, 'userId' | 'role'>,
  sanction: Pick<SanctionRecord, 'state' | 'proposedBy'>,
  policy: Pick<CentrePolicy, 'sanctionApprovers'>,
): boolean {
  return (
    sanction.state === 'proposed' &&
    sanction.proposedBy !== actor.userId &&
    mayApproveSanctions(actor.role, policy)
  );
}

/** Approving and refusing: by a role the policy names, never the proposer, a proposal at the version read. */
export function approvalProblem(
  actor: Pick<Actor, 'centreId' | 'userId' | 'role'>,
  sanction: SanctionRecord | undefined,
  policy: Pick<CentrePolicy, 'sanctionApprovers'>,
  readVersion: number,
): Problem | null {
  const access = sanctionAccessProblem(actor, sanction);
  if (access || !sanction) return access;
  if (!mayApproveSanctions(actor.role, policy)) return new Problem('forbidden', 'errors.sanctionNotApprover');
  if (sanction.state !== 'proposed') {
    return conflict('errors.sanctionNotProposed', 'sanction.answerOnlyProposed', sanction.state);
  }
  if (sanction.proposedBy === actor.userId) return new Problem('forbidden', 'errors.sanctionOwnProposal');
  if (sanction.version !== readVersion) return staleVersion(readVersion, sanction.version);
  return null;
}

/**
 * A proposal is corrected by the worker who proposed it (it is their opinion) while it waits; a
 * decided sanction takes only its notification day; nothing else changes.
 */
export function correctionProblem(
  actor: Pick<Actor, 'centreId' | 'userId'>,
  sanction: SanctionRecord | undefined,
  fields: readonly string[],
  readVersion: number,
): Problem | null {
  const access = sanctionAccessProblem(actor, sanction);
  if (access || !sanction) return access;
  if (sanction.state === 'decided') {
    if (fields.some((field) => field !== 'notifiedOn')) {
      return conflict('errors.sanctionDecidedFrozen', 'sanction.decidedFrozen', sanction.state);
    }
  } else if (sanction.state === 'proposed') {
    if (sanction.proposedBy !== actor.userId) return new Problem('forbidden', 'errors.sanctionNotProposer');
    if (fields.includes('notifiedOn')) {
      return conflict('errors.sanctionNotApproved', 'sanction.notifiedOnlyDecided', sanction.state);
    }
  } else {
    return conflict('errors.sanctionNotProposed', 'sanction.correctOnlyProposed', sanction.state);
  }
  if (sanction.version !== readVersion) return staleVersion(readVersion, sanction.version);
  return null;
}

/** The decision follows the approval. */
export function decisionProblem(
  actor: Pick<Actor, 'centreId'>,
  sanction: SanctionRecord | undefined,
  readVersion: number,
): Problem | null {
  const access = sanctionAccessProblem(actor, sanction);
  if (access || !sanction) return access;
  if (sanction.state !== 'approved') {
    return conflict('errors.sanctionNotApproved', 'sanction.decideOnlyApproved', sanction.state);
  }
  if (sanction.version !== readVersion) return staleVersion(readVersion, sanction.version);
  return null;
}

/** A proposal or an approved sanction is withdrawn by its proposer or by whom may approve it. */
export function withdrawalProblem(
  actor: Pick<Actor, 'centreId' | 'userId' | 'role'>,
  sanction: SanctionRecord | undefined,
  policy: Pick<CentrePolicy, 'sanctionApprovers'>,
  readVersion: number,
): Problem | null {
  const access = sanctionAccessProblem(actor, sanction);
  if (access || !sanction) return access;
  if (sanction.state !== 'proposed' && sanction.state !== 'approved') {
    return conflict('errors.sanctionNotWithdrawable', 'sanction.withdrawOnlyUndecided', sanction.state);
  }
  if (!mayWithdraw(actor, sanction, policy)) return new Problem('forbidden', 'errors.sanctionNotProposer');
  if (sanction.version !== readVersion) return staleVersion(readVersion, sanction.version);
  return null;
}

export function mayWithdraw(
  actor: Pick<Actor, 'userId' | 'role'>,
  sanction: Pick<SanctionRecord, 'state' | 'proposedBy'>,
  policy: Pick<CentrePolicy, 'sanctionApprovers'>,
): boolean {
  if (sanction.state !== 'proposed' && sanction.state !== 'approved') return false;
  return sanction.proposedBy === actor.userId || mayApproveSanctions(actor.role, policy);
}

/**
 * The law's refusals as field errors: the message shows a date as people read it (dd/mm/yyyy in
 * every language), as the plan's refusals do.
 */
export function lawErrors(problems: readonly SanctionProblem[]): FieldError[] {
  return problems.map((problem) => ({
    path: problem.path,
    key: problem.key,
    ...(problem.params
      ? {
          params: Object.fromEntries(
            Object.entries(problem.params).map(([name, value]) => [
              name,
              typeof value === 'string' && isIsoDate(value) ? formatDayMonthYear(value) : value,
            ]),
          ),
        }
      : {}),
  }));
}

/** A percentage goes with a partial suspension, and a partial suspension names its percentage. */
export function extentErrors(extent: string, partialPercent: number | null): FieldError[] {
  if (extent === 'partial' && partialPercent === null) {
    return [{ path: 'partialPercent', key: 'validation.required' }];
  }
  if (extent === 'total' && partialPercent !== null) {
    return [{ path: 'partialPercent', key: 'validation.sanctionPercentOnlyPartial' }];
  }
  return [];
}
