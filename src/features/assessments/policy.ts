/**
 * Resource and state rules of a social assessment, as pure functions. A plan signed on an
 * assessment locks it: from then on it is evidence of what the plan rested on, and a worker
 * records a new assessment instead of changing it.
 */

import type { Actor } from '../auth/policy.ts';
import { Problem, staleVersion } from '../problem.ts';

export interface AssessmentRecord {
  centreId: string;
  lockedAt: Date | null;
  withdrawnAt: Date | null;
  version: number;
}

export function assessmentAccessProblem(
  actor: Pick<Actor, 'centreId'>,
  assessment: AssessmentRecord | undefined,
): Problem | null {
  if (!assessment || assessment.centreId !== actor.centreId) {
    return new Problem('not-found', 'errors.assessmentNotFound');
  }
  return null;
}

/**
 * Checked in this order: it must exist for the caller, be in force (not withdrawn), be unlocked,
 * and be at the version read.
 */
export function assessmentUpdateProblem(
  actor: Pick<Actor, 'centreId'>,
  assessment: AssessmentRecord | undefined,
  readVersion: number,
): Problem | null {
  const access = assessmentAccessProblem(actor, assessment);
  if (access || !assessment) return access;
  if (assessment.withdrawnAt) return new Problem('conflict', 'errors.assessmentWithdrawn');
  if (assessment.lockedAt) return new Problem('conflict', 'errors.assessmentLocked');
  if (assessment.version !== readVersion) return staleVersion(readVersion, assessment.version);
  return null;
}

/**
 * Withdrawing an assessment recorded by mistake: the same order as a change. A locked assessment
 * is the evidence a signed plan rests on: it is never withdrawn (the database refuses it too).
 */
export function assessmentWithdrawProblem(
  actor: Pick<Actor, 'centreId'>,
  assessment: AssessmentRecord | undefined,
  readVersion: number,
): Problem | null {
  const access = assessmentAccessProblem(actor, assessment);
  if (access || !assessment) return access;
  if (assessment.withdrawnAt) return new Problem('conflict', 'errors.assessmentWithdrawn');
  if (assessment.lockedAt) return new Problem('conflict', 'errors.assessmentLockedWithdraw');
  if (assessment.version !== readVersion) return staleVersion(readVersion, assessment.version);
  return null;
}
