/**
 * Use cases of a plan: draft, list, read, change, and the dates the law and the centre's policy
 * attach to it. The lifecycle commands (inform, sign, amend, close) are in lifecycle.ts.
 */
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { TenantTx } from '../../db/tenancy.ts';
import { isFutureDate } from '../../domain/dates.ts';
import {
  interviewDeadline,
  type Orientation,
  type PlanFacts,
  planDeadlines,
  plannedEndProblem,
} from '../../domain/deadlines.ts';
import { piisObligation, type Situation, sanctionsMayApply } from '../../domain/piis-obligation.ts';
import { assessmentForPlan } from '../assessments/service.ts';
import { recordAudit } from '../audit/service.ts';
import { centrePolicy } from '../centre/service.ts';
import type { CentreContext } from '../context.ts';
import { evaluationFactsOf } from '../evaluations/facts.ts';
import { recordEvent } from '../events/service.ts';
import { decodeCursor, encodeCursor } from '../pagination.ts';
import { requirePerson } from '../persons/service.ts';
import { type FieldError, invalidFields, Problem } from '../problem.ts';
import {
  commandProblem,
  contentChangeProblem,
  formChangeProblem,
  type PlanRecord,
  trajectoryAccessProblem,
  type VersionRecord,
} from './policy.ts';
import {
  insertInterviewRequest,
  insertTrajectory,
  insertVersion,
  selectInterviewRequests,
  selectTrajectories,
  selectTrajectory,
  selectVersions,
  type TrajectoryValues,
  type TrajectoryWithVersion,
  updateTrajectoryAtVersion,
  updateVersion,
  type VersionRow,
} from './queries.ts';
import type {
  CreateTrajectoryInput,
  PlanVersion,
  Trajectory,
  TrajectoryListInput,
  UpdateTrajectoryInput,
} from './schemas.ts';

/** What a version's `content` column holds. */
export const CONTENT_FIELDS = [
  'orientations',
  'communityServiceAgreedOn',
  'objectives',
  'personCommitments',
  'centreCommitments',
  'actions',
  'parties',
  'supportPerson',
  'evaluationArrangements',
] as const;
const VERSION_DATE_FIELDS = ['startOn', 'plannedEndOn'] as const;
const PLAN_FIELDS = [
  'form',
  'situation',
  'incomeCategory',
  'decisionDate',
  'notificationDate',
  'incomeInPreviousThreeMonths',
  'exemption',
  'assessmentId',
  'reactualisedAfterShortJob',
  'subsidyExtensionMotivatedOn',
] as const;

export type PlanContent = Pick<PlanVersion, (typeof CONTENT_FIELDS)[number]>;

export function toPlanVersion(row: VersionRow, workerName: string | null = null): PlanVersion {
  const content = row.content as PlanContent;
  const signatures = row.signatures as {
    person: { kind: 'screen' | 'paper' } | null;
    worker: { kind: 'screen' | 'paper'; userId: string } | null;
  } | null;
  return {
    number: row.number,
    state: row.state as PlanVersion['state'],
    ...content,
    startOn: row.startOn,
    plannedEndOn: row.plannedEndOn,
    information: (row.information as PlanVersion['information']) ?? null,
    signedOn: row.signedOn,
    signatures: signatures
      ? { person: signatures.person?.kind ?? null, worker: signatures.worker?.kind ?? null, workerName }
      : null,
    councilNotedOn: row.councilNotedOn,
    documentSha256: row.documentSha256,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toTrajectory(row: TrajectoryWithVersion, workerName: string | null = null): Trajectory {
  const t = row.trajectory;
  const obligation = piisObligation({
    situation: t.situation as Situation,
    birthDate: row.birthDate,
    decisionDate: t.decisionDate,
    incomeInPreviousThreeMonths: t.incomeInPreviousThreeMonths,
    exemption: t.exemption as { reason: 'health' | 'equity'; justification: string } | null,
  });
  return {
    id: t.id,
    personId: t.personId,
    personName: `${row.firstName} ${row.lastName}`,
    responsibleUserId: row.responsibleUserId,
    form: t.form as Trajectory['form'],
    state: t.state as Trajectory['state'],
    situation: t.situation as Trajectory['situation'],
    incomeCategory: t.incomeCategory as Trajectory['incomeCategory'],
    decisionDate: t.decisionDate,
    notificationDate: t.notificationDate,
    incomeInPreviousThreeMonths: t.incomeInPreviousThreeMonths,
    exemption: t.exemption as Trajectory['exemption'],
    assessmentId: t.assessmentId,
    reactualisedAfterShortJob: t.reactualisedAfterShortJob,
    obligation,
    mandatoryPiisMissing: obligation.mandatory && t.form !== 'piis',
    sanctionsMayApply: sanctionsMayApply(t.situation as Situation),
    currentVersion: t.currentVersion,
    plan: toPlanVersion(row.current, workerName),
    subsidyExtensionMotivatedOn: t.subsidyExtensionMotivatedOn,
    closedOn: t.closedOn,
    outcome: t.outcome as Trajectory['outcome'],
    closureNote: t.closureNote,
    version: t.version,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

/** A plan and its current version as the state rules of policy.ts read them. */
export function planRecord(row: TrajectoryWithVersion): PlanRecord {
  const t = row.trajectory;
  return {
    centreId: t.centreId,
    state: t.state as PlanRecord['state'],
    form: t.form as PlanRecord['form'],
    version: t.version,
  };
}

export function versionRecord(row: TrajectoryWithVersion): VersionRecord {
  const information = row.current.information as { informedOn: string; reflectionRequested: boolean } | null;
  return {
    number: row.current.number,
    state: row.current.state as VersionRecord['state'],
    informedOn: information?.informedOn ?? null,
    reflectionRequested: information?.reflectionRequested ?? false,
  };
}

/** The rules a plan's facts must follow together, each told on its field. */
function checkPlan(
  ctx: CentreContext,
  plan: {
    orientations: readonly Orientation[];
    communityServiceAgreedOn: string | null;
    decisionDate: string | null;
    notificationDate: string | null;
    startOn: string | null;
    plannedEndOn: string | null;
  },
) {
  const errors: FieldError[] = [];
  const today = ctx.clock.today();
  for (const field of ['decisionDate', 'notificationDate', 'communityServiceAgreedOn'] as const) {
    const day = plan[field];
    if (day && isFutureDate(day, today)) errors.push({ path: field, key: 'validation.dateInFuture' });
  }
  if (plan.decisionDate && plan.notificationDate && plan.notificationDate < plan.decisionDate) {
    errors.push({ path: 'notificationDate', key: 'validation.notificationBeforeDecision' });
  }
  if (plan.orientations.includes('communityService') && !plan.communityServiceAgreedOn) {
    errors.push({ path: 'communityServiceAgreedOn', key: 'validation.communityServiceAgreement' });
  }
  const end = plannedEndProblem(plan);
  if (end) errors.push({ path: 'plannedEndOn', key: end });
  if (errors.length > 0) throw invalidFields(errors);
}

async function requireAssessment(
  tx: TenantTx,
  ctx: CentreContext,
  personId: string,
  input: { assessmentId?: string | null; reactualisedAfterShortJob: boolean },
): Promise<string | null> {
  const assessment = await assessmentForPlan(tx, ctx, personId, input.assessmentId);
  if (!assessment && !input.reactualisedAfterShortJob) {
    throw invalidFields([{ path: 'assessmentId', key: 'validation.assessmentRequired' }]);
  }
  return assessment?.id ?? null;
}

export async function requireTrajectory(tx: TenantTx, ctx: CentreContext, id: string, forUpdate = false) {
  const row = await selectTrajectory(tx, ctx.actor.centreId, id, forUpdate);
  const problem = trajectoryAccessProblem(ctx.actor, row?.trajectory);
  if (problem || !row) throw problem;
  return row;
}

export async function createTrajectory(
  tx: TenantTx,
  ctx: CentreContext,
  input: CreateTrajectoryInput,
): Promise<Trajectory> {
  await requirePerson(tx, ctx, input.personId);
  checkPlan(ctx, input);
  const assessmentId = await requireAssessment(tx, ctx, input.personId, input);
  const now = ctx.clock.now();
  const values: TrajectoryValues = {
    personId: input.personId,
    form: input.form,
    state: 'draft',
    situation: input.situation,
    incomeCategory: input.incomeCategory,
    decisionDate: input.decisionDate,
    notificationDate: input.notificationDate,
    incomeInPreviousThreeMonths: input.incomeInPreviousThreeMonths,
    exemption: input.exemption,
    assessmentId,
    reactualisedAfterShortJob: input.reactualisedAfterShortJob,
    currentVersion: 1,
    subsidyExtensionMotivatedOn: null,
    closedOn: null,
    outcome: null,
    closureNote: null,
  };
  const trajectory = await insertTrajectory(tx, {
    ...values,
    centreId: ctx.actor.centreId,
    createdBy: ctx.actor.userId,
    now,
  });
  await insertVersion(tx, {
    centreId: ctx.actor.centreId,
    trajectoryId: trajectory.id,
    number: 1,
    state: 'draft',
    content: Object.fromEntries(CONTENT_FIELDS.map((f) => [f, input[f]])),
    startOn: input.startOn,
    plannedEndOn: input.plannedEndOn,
    information: null,
    signedOn: null,
    signatures: null,
    councilNotedOn: null,
    createdBy: ctx.actor.userId,
    now,
  });
  await recordAudit(tx, ctx, {
    action: 'trajectory.create',
    personId: input.personId,
    subjectType: 'trajectory',
    subjectId: trajectory.id,
  });
  await recordEvent(tx, ctx, {
    type: 'trajectory.drafted',
    subjectType: 'trajectory',
    subjectId: trajectory.id,
    personId: input.personId,
    occurredOn: ctx.clock.today(),
    payload: { form: input.form, version: 1 },
  });
  return toTrajectory(await requireTrajectory(tx, ctx, trajectory.id));
}

export async function getTrajectory(tx: TenantTx, ctx: CentreContext, id: string): Promise<Trajectory> {
  const row = await requireTrajectory(tx, ctx, id);
  await recordAudit(tx, ctx, {
    action: 'trajectory.read',
    personId: row.trajectory.personId,
    subjectType: 'trajectory',
    subjectId: id,
  });
  return toTrajectory(row);
}

const cursorShape = z.tuple([z.string(), z.uuid()]);

export async function listTrajectories(
  tx: TenantTx,
  ctx: CentreContext,
  query: TrajectoryListInput,
): Promise<{ items: Trajectory[]; nextCursor: string | null }> {
  if (query.personId) await requirePerson(tx, ctx, query.personId);
  const before = query.cursor ? decodeCursor(query.cursor, cursorShape) : null;
  const responsible =
    query.responsible === undefined
      ? undefined
      : query.responsible === 'me'
        ? ctx.actor.userId
        : query.responsible === 'none'
          ? null
          : query.responsible;
  const rows = await selectTrajectories(tx, {
    centreId: ctx.actor.centreId,
    personId: query.personId,
    state: query.state,
    responsibleUserId: responsible,
    orientation: query.orientation,
    before: before ? { createdAt: before[0], id: before[1] } : null,
    limit: query.limit + 1,
  });
  const items = rows.slice(0, query.limit).map((row) => toTrajectory(row));
  const last = items.at(-1);
  await recordAudit(tx, ctx, {
    action: 'trajectory.list',
    personId: query.personId ?? null,
    details: { returned: items.length, personIds: [...new Set(items.map((i) => i.personId))] },
  });
  return {
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt, last.id]) : null,
  };
}

/**
 * Changes a plan: its facts at any time until it is closed, its content only while the current
 * version is not signed (an informed version goes back to draft: the information applies again).
 */
export async function updateTrajectory(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: UpdateTrajectoryInput,
): Promise<Trajectory> {
  const current = await requireTrajectory(tx, ctx, id, true);
  const problem = commandProblem(ctx.actor, planRecord(current), input.version);
  if (problem) throw problem;
  const t = current.trajectory;
  const content = current.current.content as PlanContent;

  const planChanges: Record<string, unknown> = {};
  for (const field of PLAN_FIELDS) {
    const value = input[field];
    if (value !== undefined && !isDeepStrictEqual(value, t[field])) planChanges[field] = value;
  }
  const contentChanges: Record<string, unknown> = {};
  for (const field of CONTENT_FIELDS) {
    const value = input[field];
    if (value !== undefined && !isDeepStrictEqual(value, content[field])) contentChanges[field] = value;
  }
  const dateChanges: Record<string, unknown> = {};
  for (const field of VERSION_DATE_FIELDS) {
    const value = input[field];
    if (value !== undefined && value !== current.current[field]) dateChanges[field] = value;
  }
  // The council takes note after the signature: its date is the one thing a signed version takes.
  const council =
    input.councilNotedOn !== undefined && input.councilNotedOn !== current.current.councilNotedOn
      ? { councilNotedOn: input.councilNotedOn }
      : null;
  const fields = [
    ...Object.keys(planChanges),
    ...Object.keys(contentChanges),
    ...Object.keys(dateChanges),
    ...(council ? ['councilNotedOn'] : []),
  ];
  if (fields.length === 0) return toTrajectory(current);
  if (council) {
    if (current.current.state !== 'signed') {
      throw invalidFields([{ path: 'councilNotedOn', key: 'validation.councilBeforeSignature' }]);
    }
    if (council.councilNotedOn && isFutureDate(council.councilNotedOn, ctx.clock.today())) {
      throw invalidFields([{ path: 'councilNotedOn', key: 'validation.dateInFuture' }]);
    }
  }

  const version = versionRecord(current);
  const changesContent = Object.keys(contentChanges).length + Object.keys(dateChanges).length > 0;
  if (changesContent) {
    const frozen = contentChangeProblem(version);
    if (frozen) throw frozen;
  }
  if ('form' in planChanges) {
    const fixed = formChangeProblem(planRecord(current));
    if (fixed) throw fixed;
  }
  const merged = {
    orientations: (contentChanges.orientations ?? content.orientations) as Orientation[],
    communityServiceAgreedOn: (contentChanges.communityServiceAgreedOn ?? content.communityServiceAgreedOn) as
      | string
      | null,
    decisionDate: (input.decisionDate !== undefined ? input.decisionDate : t.decisionDate) ?? null,
    notificationDate:
      (input.notificationDate !== undefined ? input.notificationDate : t.notificationDate) ?? null,
    startOn: (input.startOn !== undefined ? input.startOn : current.current.startOn) ?? null,
    plannedEndOn:
      (input.plannedEndOn !== undefined ? input.plannedEndOn : current.current.plannedEndOn) ?? null,
  };
  checkPlan(ctx, merged);
  if ('assessmentId' in planChanges || 'reactualisedAfterShortJob' in planChanges) {
    planChanges.assessmentId = await requireAssessment(tx, ctx, t.personId, {
      assessmentId: (input.assessmentId !== undefined ? input.assessmentId : t.assessmentId) ?? null,
      reactualisedAfterShortJob: input.reactualisedAfterShortJob ?? t.reactualisedAfterShortJob,
    });
  }
  const now = ctx.clock.now();
  // A changed version must be explained to the person again before it is signed.
  const backToDraft = version.state === 'informed' && changesContent;
  const row = await updateTrajectoryAtVersion(
    tx,
    { centreId: ctx.actor.centreId, id, version: input.version },
    {
      ...(planChanges as Partial<TrajectoryValues>),
      ...(backToDraft && t.state === 'informed' ? { state: 'draft' } : {}),
      updatedBy: ctx.actor.userId,
      now,
    },
  );
  if (!row) throw new Problem('conflict', 'errors.concurrentChange');
  if (council) {
    await updateVersion(
      tx,
      { centreId: ctx.actor.centreId, trajectoryId: id, number: current.current.number },
      { ...council, updatedBy: ctx.actor.userId, now },
    );
  }
  if (changesContent) {
    await updateVersion(
      tx,
      { centreId: ctx.actor.centreId, trajectoryId: id, number: current.current.number },
      {
        content: { ...content, ...contentChanges },
        ...(dateChanges as { startOn?: string | null; plannedEndOn?: string | null }),
        ...(backToDraft ? { state: 'draft', information: null } : {}),
        updatedBy: ctx.actor.userId,
        now,
      },
    );
  }
  await recordAudit(tx, ctx, {
    action: 'trajectory.update',
    personId: t.personId,
    subjectType: 'trajectory',
    subjectId: id,
    details: { fields },
  });
  await recordEvent(tx, ctx, {
    type: 'trajectory.updated',
    subjectType: 'trajectory',
    subjectId: id,
    personId: t.personId,
    occurredOn: ctx.clock.today(),
    payload: { version: current.current.number, fields },
  });
  return toTrajectory(await requireTrajectory(tx, ctx, id));
}

/** The facts the legal engine reads, from a plan and its interview requests. */
export async function planFacts(
  tx: TenantTx,
  ctx: CentreContext,
  row: TrajectoryWithVersion,
): Promise<PlanFacts> {
  const requests = await selectInterviewRequests(tx, ctx.actor.centreId, row.trajectory.id);
  const evaluations = await evaluationFactsOf(tx, ctx.actor.centreId, [row.trajectory.id]);
  return factsOf(row, requests, evaluations.get(row.trajectory.id) ?? []);
}

/**
 * The version in force of a plan: the signed one, which stays in force while an amendment is
 * prepared (the current version then is its draft); null before the first signature.
 */
export async function versionInForce(
  tx: TenantTx,
  ctx: CentreContext,
  row: TrajectoryWithVersion,
): Promise<PlanVersion | null> {
  if (row.current.state === 'signed') return toPlanVersion(row.current);
  const versions = await selectVersions(tx, ctx.actor.centreId, row.trajectory.id);
  const signed = versions.filter((v) => v.version.state === 'signed').at(-1);
  return signed ? toPlanVersion(signed.version) : null;
}

/**
 * The same facts from rows already loaded: the worker's day loads the rows of many plans at once
 * and gives each plan its own.
 */
export function factsOf(
  row: Pick<TrajectoryWithVersion, 'trajectory' | 'current'>,
  requests: readonly { requestedOn: string; heldOn: string | null }[],
  evaluations: PlanFacts['evaluations'],
): PlanFacts {
  const t = row.trajectory;
  const version = toPlanVersion(row.current);
  return {
    form: t.form as PlanFacts['form'],
    orientations: version.orientations,
    decisionDate: t.decisionDate,
    notificationDate: t.notificationDate,
    informedOn: version.information?.informedOn ?? null,
    reflectionRequested: version.information?.reflectionRequested ?? false,
    signedOn: version.signedOn,
    startOn: version.startOn,
    plannedEndOn: version.plannedEndOn,
    closedOn: t.closedOn,
    evaluations,
    interviewRequests: requests.map((r) => ({ requestedOn: r.requestedOn, heldOn: r.heldOn })),
    subsidyExtensionMotivatedOn: t.subsidyExtensionMotivatedOn,
  };
}

export async function getDeadlines(tx: TenantTx, ctx: CentreContext, id: string) {
  const row = await requireTrajectory(tx, ctx, id);
  const policy = await centrePolicy(tx, ctx);
  const today = ctx.clock.today();
  const items = planDeadlines(await planFacts(tx, ctx, row), policy, today);
  await recordAudit(tx, ctx, {
    action: 'trajectory.read',
    personId: row.trajectory.personId,
    subjectType: 'trajectory',
    subjectId: id,
    details: { deadlines: items.length },
  });
  return { today, items };
}

/** The person asks for an interview: it must be held within 5 working days. */
export async function requestInterview(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: { requestedOn: string; heldOn: string | null },
) {
  const row = await requireTrajectory(tx, ctx, id);
  const today = ctx.clock.today();
  const errors: FieldError[] = [];
  if (isFutureDate(input.requestedOn, today))
    errors.push({ path: 'requestedOn', key: 'validation.dateInFuture' });
  if (input.heldOn && isFutureDate(input.heldOn, today))
    errors.push({ path: 'heldOn', key: 'validation.dateInFuture' });
  if (input.heldOn && input.heldOn < input.requestedOn)
    errors.push({ path: 'heldOn', key: 'validation.heldBeforeRequested' });
  if (errors.length > 0) throw invalidFields(errors);
  const request = await insertInterviewRequest(tx, {
    centreId: ctx.actor.centreId,
    trajectoryId: id,
    requestedOn: input.requestedOn,
    heldOn: input.heldOn,
    createdBy: ctx.actor.userId,
  });
  await recordAudit(tx, ctx, {
    action: 'interview.request',
    personId: row.trajectory.personId,
    subjectType: 'interview_request',
    subjectId: request.id,
  });
  await recordEvent(tx, ctx, {
    type: 'interview.requested',
    subjectType: 'interview_request',
    subjectId: request.id,
    personId: row.trajectory.personId,
    occurredOn: input.requestedOn,
    payload: { trajectoryId: id },
  });
  return {
    id: request.id,
    trajectoryId: id,
    requestedOn: request.requestedOn,
    heldOn: request.heldOn,
    deadline: interviewDeadline(request.requestedOn),
  };
}
