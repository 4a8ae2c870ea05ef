/**
 * State rules of a plan, as pure functions (DOMAIN.md §2–§3). A plan moves draft → informed →
 * active (a version signed) → closed; an amendment opens a new version on an active plan, which is
 * informed and signed again. A signed version is never changed. Each refusal names the rule.
 */
import type { CentrePolicy } from '../../domain/centre-policy.ts';
import { isIsoDate } from '../../domain/dates.ts';
import { firstSigningDay } from '../../domain/deadlines.ts';
import { formatDayMonthYear } from '../../domain/typed-dates.ts';
import type { Actor } from '../auth/policy.ts';
import { Problem, staleVersion } from '../problem.ts';

export interface PlanRecord {
  centreId: string;
  state: 'draft' | 'informed' | 'active' | 'closed';
  form: 'piis' | 'growthPlan';
  version: number;
}
export interface VersionRecord {
  number: number;
  state: 'draft' | 'informed' | 'signed' | 'superseded';
  informedOn: string | null;
  reflectionRequested: boolean;
}

/** The message shows dates as people read them; the problem's members keep them as ISO dates. */
const shown = (value: string) => (isIsoDate(value) ? formatDayMonthYear(value) : value);
const conflict = (key: string, rule: string, params: Record<string, string> = {}) =>
  new Problem('conflict', key, {
    params: Object.fromEntries(Object.entries(params).map(([name, value]) => [name, shown(value)])),
    extensions: { rule, ...params },
  });

export function trajectoryAccessProblem(
  actor: Pick<Actor, 'centreId'>,
  plan: Pick<PlanRecord, 'centreId'> | undefined,
): Problem | null {
  if (!plan || plan.centreId !== actor.centreId) return new Problem('not-found', 'errors.trajectoryNotFound');
  return null;
}

/** Exists for the caller, is not closed, and is at the version read: every command starts here. */
export function commandProblem(
  actor: Pick<Actor, 'centreId'>,
  plan: PlanRecord | undefined,
  readVersion: number,
): Problem | null {
  const access = trajectoryAccessProblem(actor, plan);
  if (access || !plan) return access;
  if (plan.state === 'closed') return conflict('errors.planClosed', 'plan.closed');
  if (plan.version !== readVersion) return staleVersion(readVersion, plan.version);
  return null;
}

/** What a version's state allows a PATCH to change: a signed version is frozen. */
export function contentChangeProblem(version: VersionRecord): Problem | null {
  if (version.state === 'signed' || version.state === 'superseded') {
    return conflict('errors.planVersionFrozen', 'plan.signedVersionFrozen', {
      version: String(version.number),
    });
  }
  return null;
}

/** The form is chosen before the person is informed of the plan: it decides what they sign. */
export function formChangeProblem(plan: PlanRecord): Problem | null {
  return plan.state === 'draft' ? null : conflict('errors.planFormFixed', 'plan.formFixedOnceInformed');
}

export function informProblem(version: VersionRecord): Problem | null {
  if (version.state !== 'draft') {
    return conflict('errors.planNotDraft', 'plan.informOnlyDraft', { state: version.state });
  }
  return null;
}

/**
 * Signing needs the information step, and a reflection period the person asked for must have run
 * unless they waive it. A PIIS is signed by both sides; a growth plan as the centre's policy says.
 */
export function signProblem(input: {
  plan: PlanRecord;
  version: VersionRecord;
  policy: CentrePolicy;
  signedOn: string;
  reflectionWaived: boolean;
  personSigns: boolean;
  workerSigns: boolean;
}): Problem | null {
  const { version, policy } = input;
  if (version.state !== 'informed' || !version.informedOn) {
    return conflict('errors.planNotInformed', 'plan.signOnlyInformed', { state: version.state });
  }
  if (input.signedOn < version.informedOn) {
    return new Problem('validation', 'errors.validation', {
      errors: [{ path: 'signedOn', key: 'validation.signedBeforeInformed' }],
    });
  }
  if (version.reflectionRequested && !input.reflectionWaived) {
    const from = firstSigningDay(version.informedOn, policy);
    if (input.signedOn < from) return conflict('errors.reflectionRunning', 'piis.reflection', { from });
  }
  const signaturesNeeded = input.plan.form === 'piis' || policy.growthPlanSignatureRequired;
  if (signaturesNeeded && !(input.personSigns && input.workerSigns)) {
    return new Problem('validation', 'errors.validation', {
      errors: [{ path: input.personSigns ? 'worker' : 'person', key: 'validation.signatureRequired' }],
    });
  }
  return null;
}

export function amendProblem(plan: PlanRecord, version: VersionRecord): Problem | null {
  if (plan.state !== 'active' || version.state !== 'signed') {
    return conflict('errors.amendOnlyActive', 'plan.amendOnlySigned', { state: plan.state });
  }
  return null;
}
