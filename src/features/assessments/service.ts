/** The social assessment (bilan social): the base of every plan. A person has a history of them. */
import type { Executor } from '../../db/connect.ts';
import { inTenant } from '../../db/tenancy.ts';
import { insertRecordVersion } from '../../db/versions.ts';
import { isFutureDate } from '../../domain/dates.ts';
import { invalidFields, Problem, staleVersion } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import type { CentreContext } from '../context.ts';
import { assertPersonInCentre } from '../persons/service.ts';
import type { TimelineEvent } from '../timeline/schemas.ts';
import {
  type AssessmentRow,
  type AssessmentValues,
  insertAssessment,
  selectAssessment,
  selectAssessments,
  updateAssessmentAtVersion,
} from './queries.ts';
import type { Assessment, CreateAssessmentInput, UpdateAssessmentInput } from './schemas.ts';

const EDITABLE = ['assessedOn', 'domains', 'aspirations', 'aptitudes', 'qualifications', 'needs'] as const;

function toAssessment({
  assessment: row,
  author,
}: {
  assessment: AssessmentRow;
  author: string | null;
}): Assessment {
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
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: author,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function checkDate(ctx: CentreContext, assessedOn: string | undefined) {
  if (assessedOn && isFutureDate(assessedOn, ctx.clock.today())) {
    throw invalidFields([{ path: 'assessedOn', key: 'validation.dateInFuture' }]);
  }
}

export function listAssessments(ctx: CentreContext, personId: string): Promise<{ items: Assessment[] }> {
  return inTenant(ctx.db, ctx.actor, async (tx) => {
    await assertPersonInCentre(tx, ctx.actor.centreId, personId);
    const rows = await selectAssessments(tx, ctx.actor.centreId, personId);
    await recordAudit(tx, ctx, { action: 'assessment.list', personId, details: { returned: rows.length } });
    return { items: rows.map(toAssessment) };
  });
}

/** The person's assessments as timeline events (see the timeline feature). */
export async function assessmentEvents(
  tx: Executor,
  centreId: string,
  personId: string,
): Promise<TimelineEvent[]> {
  const rows = await selectAssessments(tx, centreId, personId);
  return rows.map(({ assessment: a, author }) => ({
    kind: 'assessment',
    id: a.id,
    date: a.assessedOn,
    at: a.createdAt.toISOString(),
    by: author,
    detail: { domains: (a.domains as unknown[]).length },
  }));
}

export function getAssessment(ctx: CentreContext, id: string): Promise<Assessment> {
  return inTenant(ctx.db, ctx.actor, async (tx) => {
    const row = await selectAssessment(tx, ctx.actor.centreId, id);
    if (!row) throw new Problem('not-found', 'errors.assessmentNotFound');
    await recordAudit(tx, ctx, {
      action: 'assessment.read',
      personId: row.assessment.personId,
      subjectType: 'assessment',
      subjectId: id,
    });
    return toAssessment(row);
  });
}

export function createAssessment(ctx: CentreContext, personId: string, input: CreateAssessmentInput) {
  checkDate(ctx, input.assessedOn);
  return inTenant(ctx.db, ctx.actor, async (tx) => {
    await assertPersonInCentre(tx, ctx.actor.centreId, personId);
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
    return toAssessment({ assessment: row, author: ctx.actor.displayName });
  });
}

/** Refused once a plan was signed on the assessment: a new assessment is made instead. */
export function updateAssessment(ctx: CentreContext, id: string, input: UpdateAssessmentInput) {
  checkDate(ctx, input.assessedOn);
  return inTenant(ctx.db, ctx.actor, async (tx) => {
    const current = await selectAssessment(tx, ctx.actor.centreId, id, true);
    if (!current) throw new Problem('not-found', 'errors.assessmentNotFound');
    if (current.assessment.lockedAt) throw new Problem('conflict', 'errors.assessmentLocked');
    if (current.assessment.version !== input.version)
      throw staleVersion(input.version, current.assessment.version);
    const changes: Partial<AssessmentValues> = {};
    for (const field of EDITABLE) {
      const value = input[field];
      if (value !== undefined && JSON.stringify(value) !== JSON.stringify(current.assessment[field])) {
        Object.assign(changes, { [field]: value });
      }
    }
    // Saving what is already there makes no new version.
    if (Object.keys(changes).length === 0) return toAssessment(current);
    const row = await updateAssessmentAtVersion(
      tx,
      { centreId: ctx.actor.centreId, id, version: input.version },
      { ...changes, updatedBy: ctx.actor.userId, now: ctx.clock.now() },
    );
    if (!row) throw new Problem('conflict', 'errors.concurrentChange');
    await insertRecordVersion(tx, 'assessment', row, { at: row.updatedAt, by: row.updatedBy });
    await recordAudit(tx, ctx, {
      action: 'assessment.update',
      personId: row.personId,
      subjectType: 'assessment',
      subjectId: id,
      details: { fields: Object.keys(changes) },
    });
    return toAssessment({ assessment: row, author: current.author });
  });
}
