/** The social assessment (bilan social): the base of every plan. A person has a history of them. */
import { isDeepStrictEqual } from 'node:util';
import type { TenantTx } from '../../db/tenancy.ts';
import { insertRecordVersion } from '../../db/versions.ts';
import { isEmptyAssessment } from '../../domain/life-domains.ts';
import { fileDateProblem } from '../../domain/person.ts';
import { recordAudit } from '../audit/service.ts';
import type { CentreContext } from '../context.ts';
import { recordEvent } from '../events/service.ts';
import { requirePerson } from '../persons/service.ts';
import { invalidFields, Problem } from '../problem.ts';
import {
  includeWithdrawn,
  toWithdrawal,
  type WITHDRAWN_FILTERS,
  type WithdrawalRequest,
} from '../withdrawals.ts';
import { assessmentAccessProblem, assessmentUpdateProblem, assessmentWithdrawProblem } from './policy.ts';
import {
  type AssessmentValues,
  type AssessmentWithNames,
  insertAssessment,
  lockAssessmentRow,
  selectAssessment,
  selectAssessments,
  updateAssessmentAtVersion,
  withdrawAssessmentAtVersion,
} from './queries.ts';
import {
  type Assessment,
  type CreateAssessmentInput,
  EMPTY_ASSESSMENT,
  type UpdateAssessmentInput,
} from './schemas.ts';

const EDITABLE = ['assessedOn', 'domains', 'aspirations', 'aptitudes', 'qualifications', 'needs'] as const;

function toAssessment({ assessment: row, author, withdrawnBy }: AssessmentWithNames): Assessment {
  return {
    id: row.id,
    personId: row.personId,
    assessedOn: row.assessedOn,
    domains: row.domains as Assessment['domains'],
    aspirations: row.aspirations,
    aptitudes: row.aptitudes,
    qualifications: row.qualifications,
    needs: row.needs,
    locked: row.lockedAt !== null,
    withdrawal: toWithdrawal(row, withdrawnBy),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: author,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function checkDate(ctx: CentreContext, assessedOn: string | undefined, birthDate: string) {
  const problem = assessedOn ? fileDateProblem(assessedOn, birthDate, ctx.clock.today()) : null;
  if (problem) throw invalidFields([{ path: 'assessedOn', key: problem }]);
}

/** Latest first; the withdrawn ones only when a team lead or an administrator asks for them. */
export async function listAssessments(
  tx: TenantTx,
  ctx: CentreContext,
  personId: string,
  options: { withdrawn?: (typeof WITHDRAWN_FILTERS)[number] } = {},
): Promise<{ items: Assessment[] }> {
  const withWithdrawn = includeWithdrawn(ctx.actor, options.withdrawn);
  await requirePerson(tx, ctx, personId);
  const rows = await selectAssessments(tx, ctx.actor.centreId, personId, { includeWithdrawn: withWithdrawn });
  await recordAudit(tx, ctx, { action: 'assessment.list', personId, details: { returned: rows.length } });
  return { items: rows.map(toAssessment) };
}

export async function getAssessment(tx: TenantTx, ctx: CentreContext, id: string): Promise<Assessment> {
  const row = await selectAssessment(tx, ctx.actor.centreId, id);
  const problem = assessmentAccessProblem(ctx.actor, row?.assessment);
  if (problem || !row) throw problem;
  await recordAudit(tx, ctx, {
    action: 'assessment.read',
    personId: row.assessment.personId,
    subjectType: 'assessment',
    subjectId: id,
  });
  return toAssessment(row);
}

export async function createAssessment(
  tx: TenantTx,
  ctx: CentreContext,
  personId: string,
  input: CreateAssessmentInput,
): Promise<Assessment> {
  const person = await requirePerson(tx, ctx, personId);
  checkDate(ctx, input.assessedOn, person.birthDate);
  const row = await insertAssessment(tx, {
    ...input,
    centreId: ctx.actor.centreId,
    personId,
    createdBy: ctx.actor.userId,
    now: ctx.clock.now(),
  });
  await insertRecordVersion(tx, 'assessment', row, { at: row.updatedAt, by: row.updatedBy });
  await recordAudit(tx, ctx, {
    action: 'assessment.create',
    personId,
    subjectType: 'assessment',
    subjectId: row.id,
  });
  await recordEvent(tx, ctx, {
    type: 'assessment.recorded',
    subjectType: 'assessment',
    subjectId: row.id,
    personId,
    occurredOn: row.assessedOn,
    payload: { domains: input.domains.length },
  });
  return toAssessment({ assessment: row, author: ctx.actor.displayName, withdrawnBy: null });
}

/** Refused once a plan was signed on the assessment: a new assessment is made instead. */
export async function updateAssessment(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: UpdateAssessmentInput,
): Promise<Assessment> {
  const current = await selectAssessment(tx, ctx.actor.centreId, id, true);
  const problem = assessmentUpdateProblem(ctx.actor, current?.assessment, input.version);
  if (problem || !current) throw problem;
  const person = await requirePerson(tx, ctx, current.assessment.personId);
  checkDate(ctx, input.assessedOn, person.birthDate);
  const changes: Partial<AssessmentValues> = {};
  for (const field of EDITABLE) {
    const value = input[field];
    // Compared by value: jsonb returns object keys in its own order, so text comparison sees
    // changes where there are none.
    if (value !== undefined && !isDeepStrictEqual(value, current.assessment[field])) {
      Object.assign(changes, { [field]: value });
    }
  }
  // Saving what is already there makes no new version.
  if (Object.keys(changes).length === 0) return toAssessment(current);
  const after = { ...current.assessment, ...changes };
  if (isEmptyAssessment({ ...after, domains: after.domains as unknown[] })) {
    throw invalidFields([EMPTY_ASSESSMENT]);
  }
  const row = await updateAssessmentAtVersion(
    tx,
    { centreId: ctx.actor.centreId, id, version: input.version },
    { ...changes, updatedBy: ctx.actor.userId, now: ctx.clock.now() },
  );
  if (!row) throw new Problem('conflict', 'errors.concurrentChange');
  const fields = Object.keys(changes);
  await insertRecordVersion(tx, 'assessment', row, { at: row.updatedAt, by: row.updatedBy });
  await recordAudit(tx, ctx, {
    action: 'assessment.update',
    personId: row.personId,
    subjectType: 'assessment',
    subjectId: id,
    details: { fields },
  });
  await recordEvent(tx, ctx, {
    type: 'assessment.updated',
    subjectType: 'assessment',
    subjectId: id,
    personId: row.personId,
    occurredOn: ctx.clock.today(),
    payload: { fields },
  });
  return toAssessment({ ...current, assessment: row });
}

/**
 * Withdraws an assessment recorded by mistake: it leaves the lists, stays in the audit trail and
 * on the timeline, and its earlier state in record_versions. Refused once a plan was signed on it.
 */
export async function withdrawAssessment(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: WithdrawalRequest,
): Promise<Assessment> {
  const current = await selectAssessment(tx, ctx.actor.centreId, id, true);
  const problem = assessmentWithdrawProblem(ctx.actor, current?.assessment, input.version);
  if (problem || !current) throw problem;
  const row = await withdrawAssessmentAtVersion(
    tx,
    { centreId: ctx.actor.centreId, id, version: input.version },
    { by: ctx.actor.userId, reason: input.reason, now: ctx.clock.now() },
  );
  if (!row) throw new Problem('conflict', 'errors.concurrentChange');
  await insertRecordVersion(tx, 'assessment', row, { at: row.updatedAt, by: row.updatedBy });
  // The reason is the worker's own words about the person: it stays in the record, not in the trail.
  await recordAudit(tx, ctx, {
    action: 'assessment.withdraw',
    personId: row.personId,
    subjectType: 'assessment',
    subjectId: id,
  });
  await recordEvent(tx, ctx, {
    type: 'assessment.withdrawn',
    subjectType: 'assessment',
    subjectId: id,
    personId: row.personId,
    occurredOn: ctx.clock.today(),
    payload: {},
  });
  return toAssessment({ assessment: row, author: current.author, withdrawnBy: ctx.actor.displayName });
}

/**
 * For a plan: the assessment it may rest on (the given one, or the person's latest in force), or
 * null when the person has none. One of another person, or withdrawn, is refused on the field.
 */
export async function assessmentForPlan(
  tx: TenantTx,
  ctx: CentreContext,
  personId: string,
  assessmentId: string | null | undefined,
): Promise<{ id: string; lockedAt: Date | null } | null> {
  if (assessmentId) {
    const row = await selectAssessment(tx, ctx.actor.centreId, assessmentId);
    const assessment = row?.assessment;
    if (!assessment || assessment.personId !== personId || assessment.withdrawnAt) {
      throw invalidFields([{ path: 'assessmentId', key: 'validation.assessmentNotOfPerson' }]);
    }
    return { id: assessment.id, lockedAt: assessment.lockedAt };
  }
  const [latest] = await selectAssessments(tx, ctx.actor.centreId, personId);
  return latest ? { id: latest.assessment.id, lockedAt: latest.assessment.lockedAt } : null;
}

/** Signing a plan locks the assessment it rests on, in the signing transaction. */
export async function lockAssessment(tx: TenantTx, ctx: CentreContext, id: string): Promise<void> {
  await lockAssessmentRow(tx, { centreId: ctx.actor.centreId, id }, ctx.clock.now());
}
