/**
 * Evaluations of a plan in force: record one (with the progress measurement taken at it, in the
 * same transaction), read them with the plan year's minimum, correct one. Corrected by whoever
 * held it, never deleted; every state is kept.
 */
import { isDeepStrictEqual } from 'node:util';
import type { TenantTx } from '../../db/tenancy.ts';
import { insertRecordVersion } from '../../db/versions.ts';
import { evaluationCompliance } from '../../domain/evaluation-compliance.ts';
import type { EvaluationMode } from '../../domain/evaluation-schedule.ts';
import { recordAudit } from '../audit/service.ts';
import { centrePolicy } from '../centre/service.ts';
import type { CentreContext } from '../context.ts';
import { recordEvent } from '../events/service.ts';
import { createMeasurement } from '../measurements/service.ts';
import { invalidFields, Problem } from '../problem.ts';
import type { TrajectoryWithVersion } from '../trajectories/queries.ts';
import { planFacts, requireTrajectory, versionInForce } from '../trajectories/service.ts';
import {
  evaluablePlanProblem,
  evaluationAccessProblem,
  evaluationCorrectionProblem,
  evaluationProblems,
  maySeeEarlierVersions,
} from './policy.ts';
import {
  type EvaluationRow,
  type EvaluationValues,
  type EvaluationWithHolder,
  insertEvaluation,
  selectEarlierVersions,
  selectEvaluation,
  selectEvaluations,
  updateEvaluationAtVersion,
} from './queries.ts';
import type {
  ComplianceOut,
  CorrectEvaluationInput,
  CreateEvaluationInput,
  Evaluation,
  ProgressLevel,
} from './schemas.ts';

type Attendance = Evaluation['attendance'];
type Progress = Evaluation['objectiveProgress'];
type PlanState = 'draft' | 'informed' | 'active' | 'closed';

/** The state an evaluation holds, as the API shows it (empty texts as ''). */
function stateOf(row: Pick<EvaluationRow, keyof EvaluationValues>) {
  return {
    heldOn: row.heldOn,
    mode: row.mode as EvaluationMode,
    missed: row.missed,
    attendance: row.attendance as Attendance,
    objectiveProgress: (row.objectiveProgress as Progress).map((p) => ({
      objectiveId: p.objectiveId,
      level: p.level as ProgressLevel,
      note: p.note ?? '',
    })),
    personDid: row.personDid ?? '',
    centreDid: row.centreDid ?? '',
    nextSteps: row.nextSteps ?? '',
    nextOn: row.nextOn,
  };
}

function toEvaluation({ evaluation: row, heldByName }: EvaluationWithHolder): Evaluation {
  return {
    id: row.id,
    trajectoryId: row.trajectoryId,
    personId: row.personId,
    ...stateOf(row),
    measurementId: row.measurementId,
    heldBy: row.heldBy,
    heldByName,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the record keeps: an empty text is no text. */
const stored = (text: string | undefined) => (text === undefined ? undefined : text || null);

/** Where the evaluation may fall and which objectives it may speak of: the version in force's. */
async function evaluationContext(tx: TenantTx, ctx: CentreContext, row: TrajectoryWithVersion) {
  const version = await versionInForce(tx, ctx, row);
  const objectives = version?.objectives.map((o) => o.id) ?? [];
  return {
    today: ctx.clock.today(),
    // A plan in force has been signed; its start is the day it starts, or its signature.
    planStart: version?.startOn ?? version?.signedOn ?? row.trajectory.createdAt.toISOString().slice(0, 10),
    objectives: new Set(objectives),
    planHasObjectives: objectives.length > 0,
  };
}

/**
 * The plan year's evaluation minimum, for a plan signed with a start and a planned end; the missed
 * appointments of that year beside it (the no-show figures).
 */
async function complianceOf(
  tx: TenantTx,
  ctx: CentreContext,
  row: TrajectoryWithVersion,
): Promise<ComplianceOut | null> {
  const state = row.trajectory.state as PlanState;
  if (state !== 'active' && state !== 'closed') return null;
  const facts = await planFacts(tx, ctx, row);
  const startOn = facts.startOn ?? facts.signedOn;
  if (!startOn || !facts.plannedEndOn) return null;
  const policy = await centrePolicy(tx, ctx);
  const result = evaluationCompliance(
    { startOn, plannedEndOn: facts.plannedEndOn },
    facts.evaluations,
    policy,
    ctx.clock.today(),
  );
  const missed = facts.evaluations.filter(
    (e) => e.missed && e.heldOn >= result.from && e.heldOn <= result.to,
  ).length;
  return { ...result, missed };
}

export async function listEvaluations(
  tx: TenantTx,
  ctx: CentreContext,
  trajectoryId: string,
): Promise<{ items: Evaluation[]; compliance: ComplianceOut | null }> {
  const row = await requireTrajectory(tx, ctx, trajectoryId);
  const rows = await selectEvaluations(tx, ctx.actor.centreId, trajectoryId);
  const compliance = await complianceOf(tx, ctx, row);
  await recordAudit(tx, ctx, {
    action: 'evaluation.list',
    personId: row.trajectory.personId,
    subjectType: 'trajectory',
    subjectId: trajectoryId,
    details: { returned: rows.length },
  });
  return { items: rows.map(toEvaluation), compliance };
}

export async function getEvaluation(tx: TenantTx, ctx: CentreContext, id: string): Promise<Evaluation> {
  const row = await selectEvaluation(tx, ctx.actor.centreId, id);
  const problem = evaluationAccessProblem(ctx.actor, row?.evaluation);
  if (problem || !row) throw problem;
  const evaluation = toEvaluation(row);
  if (maySeeEarlierVersions(ctx.actor)) {
    const earlier = await selectEarlierVersions(tx, ctx.actor.centreId, id, row.evaluation.version);
    evaluation.earlierVersions = earlier.map(({ version, data, changedAt }) => ({
      version,
      ...stateOf(data as EvaluationValues),
      savedAt: changedAt.toISOString(),
    }));
  }
  await recordAudit(tx, ctx, {
    action: 'evaluation.read',
    personId: row.evaluation.personId,
    subjectType: 'evaluation',
    subjectId: id,
  });
  return evaluation;
}

/** The measurement's own field errors, named under `measurement.` in the evaluation. */
async function measurementAtEvaluation(
  tx: TenantTx,
  ctx: CentreContext,
  personId: string,
  input: NonNullable<CreateEvaluationInput['measurement']>,
  heldOn: string,
) {
  try {
    return await createMeasurement(tx, ctx, personId, {
      ...input,
      measuredOn: input.measuredOn ?? heldOn,
      context: 'evaluation',
    });
  } catch (error) {
    if (error instanceof Problem && error.type === 'validation' && error.options.errors) {
      throw invalidFields(
        error.options.errors.map((e) => ({ ...e, path: e.path ? `measurement.${e.path}` : 'measurement' })),
      );
    }
    throw error;
  }
}

/**
 * Records an evaluation of a plan in force, held by the caller. With a measurement, both are
 * written in the caller's transaction: either both are kept or neither.
 */
export async function recordEvaluation(
  tx: TenantTx,
  ctx: CentreContext,
  trajectoryId: string,
  input: CreateEvaluationInput,
): Promise<Evaluation> {
  // Locked: two evaluations recorded at once both see the plan in force.
  const plan = await requireTrajectory(tx, ctx, trajectoryId, true);
  const refused = evaluablePlanProblem(plan.trajectory.state as PlanState);
  if (refused) throw refused;
  const context = await evaluationContext(tx, ctx, plan);
  const errors = evaluationProblems(
    {
      heldOn: input.heldOn,
      missed: input.missed,
      nextOn: input.nextOn,
      personCame: input.attendance.person,
      objectiveIds: input.objectiveProgress.map((p) => p.objectiveId),
      withMeasurement: input.measurement !== undefined,
    },
    context,
  );
  if (errors.length > 0) throw invalidFields(errors);
  const personId = plan.trajectory.personId;
  const measurement = input.measurement
    ? await measurementAtEvaluation(tx, ctx, personId, input.measurement, input.heldOn)
    : undefined;
  const row = await insertEvaluation(tx, {
    centreId: ctx.actor.centreId,
    trajectoryId,
    personId,
    heldOn: input.heldOn,
    mode: input.mode,
    missed: input.missed,
    attendance: input.attendance,
    objectiveProgress: input.objectiveProgress,
    personDid: stored(input.personDid) ?? null,
    centreDid: stored(input.centreDid) ?? null,
    nextSteps: stored(input.nextSteps) ?? null,
    nextOn: input.nextOn,
    measurementId: measurement?.id ?? null,
    heldBy: ctx.actor.userId,
    now: ctx.clock.now(),
  });
  await insertRecordVersion(tx, 'evaluation', row, { at: row.createdAt, by: row.heldBy });
  await recordAudit(tx, ctx, {
    action: 'evaluation.create',
    personId,
    subjectType: 'evaluation',
    subjectId: row.id,
    details: { trajectoryId, missed: row.missed, measurement: measurement !== undefined },
  });
  await recordEvent(tx, ctx, {
    type: 'evaluation.recorded',
    subjectType: 'evaluation',
    subjectId: row.id,
    personId,
    occurredOn: row.heldOn,
    payload: {
      trajectoryId,
      mode: row.mode,
      missed: row.missed,
      ...(row.measurementId ? { measurementId: row.measurementId } : {}),
    },
  });
  const made = toEvaluation({ evaluation: row, heldByName: ctx.actor.displayName });
  return measurement ? { ...made, measurement } : made;
}

const CORRECTABLE = [
  'heldOn',
  'mode',
  'missed',
  'attendance',
  'objectiveProgress',
  'personDid',
  'centreDid',
  'nextSteps',
  'nextOn',
] as const;

/**
 * Corrects an evaluation: only whoever held it, while the plan is open. The whole evaluation is
 * checked again as it will read; the measurement taken at it is corrected on its own
 * (PATCH /measurements/{id}). A new version; the earlier state stays in record_versions.
 */
export async function correctEvaluation(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: CorrectEvaluationInput,
): Promise<Evaluation> {
  const current = await selectEvaluation(tx, ctx.actor.centreId, id, true);
  const access = evaluationAccessProblem(ctx.actor, current?.evaluation);
  if (access || !current) throw access;
  const plan = await requireTrajectory(tx, ctx, current.evaluation.trajectoryId);
  const problem = evaluationCorrectionProblem(
    ctx.actor,
    current.evaluation,
    plan.trajectory.state as PlanState,
    input.version,
  );
  if (problem) throw problem;
  const before = stateOf(current.evaluation);
  const changes: Partial<Record<(typeof CORRECTABLE)[number], unknown>> = {};
  for (const field of CORRECTABLE) {
    const value = input[field];
    if (value !== undefined && !isDeepStrictEqual(value, before[field])) changes[field] = value;
  }
  // Saving what is already there makes no new version.
  if (Object.keys(changes).length === 0) return toEvaluation(current);
  const after = { ...before, ...changes } as typeof before;
  const context = await evaluationContext(tx, ctx, plan);
  // Objectives an evaluation already spoke of stay valid after an amendment removed them.
  for (const p of before.objectiveProgress) context.objectives.add(p.objectiveId);
  const errors = evaluationProblems(
    {
      heldOn: after.heldOn,
      missed: after.missed,
      nextOn: after.nextOn,
      personCame: after.attendance.person,
      objectiveIds: after.objectiveProgress.map((p) => p.objectiveId),
      withMeasurement: current.evaluation.measurementId !== null,
    },
    context,
  );
  if (errors.length > 0) throw invalidFields(errors);
  const fields = Object.keys(changes);
  const row = await updateEvaluationAtVersion(
    tx,
    { centreId: ctx.actor.centreId, id, version: input.version },
    {
      ...(changes as Partial<EvaluationValues>),
      ...('personDid' in changes ? { personDid: stored(after.personDid) ?? null } : {}),
      ...('centreDid' in changes ? { centreDid: stored(after.centreDid) ?? null } : {}),
      ...('nextSteps' in changes ? { nextSteps: stored(after.nextSteps) ?? null } : {}),
      updatedBy: ctx.actor.userId,
      now: ctx.clock.now(),
    },
  );
  if (!row) throw new Problem('conflict', 'errors.concurrentChange');
  await insertRecordVersion(tx, 'evaluation', row, { at: row.updatedAt, by: row.updatedBy });
  await recordAudit(tx, ctx, {
    action: 'evaluation.correct',
    personId: row.personId,
    subjectType: 'evaluation',
    subjectId: id,
    details: { fields },
  });
  await recordEvent(tx, ctx, {
    type: 'evaluation.corrected',
    subjectType: 'evaluation',
    subjectId: id,
    personId: row.personId,
    occurredOn: ctx.clock.today(),
    payload: { trajectoryId: row.trajectoryId, fields },
  });
  return toEvaluation({ evaluation: row, heldByName: current.heldByName });
}
