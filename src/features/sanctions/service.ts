/**
 * Sanctions within the law (DOMAIN.md §3): a worker proposes a suspension of the integration
 * income on an active PIIS, a lead (as the centre's policy says) approves or refuses it, the
 * decision is recorded, and the appeal deadline follows from its notification. The law's rules
 * (src/domain/sanctions.ts) are checked at the proposal, with today as the assumed decision day,
 * and again at the decision with its real day.
 */
import { z } from 'zod';
import type { TenantTx } from '../../db/tenancy.ts';
import { insertRecordVersion } from '../../db/versions.ts';
import type { CentrePolicy } from '../../domain/centre-policy.ts';
import { addMonths, isFutureDate } from '../../domain/dates.ts';
import type { Situation } from '../../domain/piis-obligation.ts';
import { appealDeadline, isRepeat, sanctionProblems } from '../../domain/sanctions.ts';
import { recordAudit } from '../audit/service.ts';
import { centrePolicy } from '../centre/service.ts';
import type { CentreContext } from '../context.ts';
import { recordEvent } from '../events/service.ts';
import { decodeCursor, encodeCursor } from '../pagination.ts';
import { type FieldError, invalidFields, Problem } from '../problem.ts';
import { requireTrajectory } from '../trajectories/service.ts';
import {
  approvalProblem,
  correctionProblem,
  decisionProblem,
  extentErrors,
  lawErrors,
  mayApprove,
  mayWithdraw,
  type PlanFacts,
  PROPOSAL_FIELDS,
  planSanctionProblem,
  type SanctionRecord,
  sanctionAccessProblem,
  withdrawalProblem,
} from './policy.ts';
import {
  insertSanction,
  type SanctionRow,
  type SanctionValues,
  type SanctionWithNames,
  selectDecisionDays,
  selectPlanSanctions,
  selectSanction,
  selectSanctions,
  updateSanctionAtVersion,
} from './queries.ts';
import type {
  ApproveSanctionInput,
  CorrectSanctionInput,
  DecideSanctionInput,
  PlanSanctions,
  ProposeSanctionInput,
  RefuseSanctionInput,
  Sanction,
  SanctionListInput,
  SanctionState,
  WithdrawSanctionInput,
} from './schemas.ts';

type Viewer = Pick<CentreContext['actor'], 'userId' | 'role'>;

function record(row: SanctionRow): SanctionRecord {
  return {
    centreId: row.centreId,
    state: row.state as SanctionState,
    proposedBy: row.proposedBy,
    version: row.version,
  };
}

export function toSanction(found: SanctionWithNames, viewer: Viewer, policy: CentrePolicy): Sanction {
  const s = found.sanction;
  const answered = s.approvedBy && s.approvedOn && s.state !== 'proposed';
  return {
    id: s.id,
    trajectoryId: s.trajectoryId,
    personId: s.personId,
    personName: `${found.firstName} ${found.lastName}`,
    state: s.state as SanctionState,
    noticeOn: s.noticeOn,
    workerOpinion: s.workerOpinion,
    workerOpinionOn: s.workerOpinionOn,
    hearingOn: s.hearingOn,
    hearingAssisted: s.hearingAssisted,
    extent: s.extent as Sanction['extent'],
    partialPercent: s.partialPercent,
    startOn: s.startOn,
    endOn: s.endOn,
    suspended: s.suspended,
    proposedById: s.proposedBy,
    proposedByName: found.proposedByName,
    approval:
      answered && s.approvedBy && s.approvedOn
        ? {
            // Only a refusal leaves the approval step as refused; every later state went through approval.
            outcome: s.state === 'refused' ? 'refused' : 'approved',
            byId: s.approvedBy,
            byName: found.approvedByName ?? '',
            on: s.approvedOn,
            note: s.approvalNote,
          }
        : null,
    decisionOn: s.decisionOn,
    notifiedOn: s.notifiedOn,
    appealDeadline: s.state === 'decided' && s.notifiedOn ? appealDeadline(s.notifiedOn) : null,
    mayApprove: mayApprove(viewer, record(s), policy),
    mayWithdraw: mayWithdraw(viewer, record(s), policy),
    version: s.version,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

async function requireSanction(tx: TenantTx, ctx: CentreContext, id: string, forUpdate = false) {
  const found = await selectSanction(tx, ctx.actor.centreId, id, forUpdate);
  const problem = sanctionAccessProblem(ctx.actor, found?.sanction);
  if (problem || !found) throw problem;
  return found;
}

/** The plan's facts a sanction rests on: its form and state, and the person's situation. */
async function planOf(tx: TenantTx, ctx: CentreContext, trajectoryId: string, forUpdate = false) {
  const row = await requireTrajectory(tx, ctx, trajectoryId, forUpdate);
  const t = row.trajectory;
  return {
    id: t.id,
    personId: t.personId,
    facts: { form: t.form, state: t.state } as PlanFacts,
    situation: t.situation as Situation,
  };
}

/** The rules of the law for a sanction decided on `decisionOn`, each on its field. */
async function checkLaw(
  tx: TenantTx,
  ctx: CentreContext,
  input: {
    situation: Situation;
    values: Pick<SanctionValues, 'noticeOn' | 'workerOpinionOn' | 'hearingOn' | 'startOn' | 'endOn'>;
    personId: string;
    sanctionId: string | null;
    decisionOn: string;
  },
  more: FieldError[] = [],
) {
  const earlierDecisions = await selectDecisionDays(tx, ctx.actor.centreId, input.personId, input.sanctionId);
  const errors = [
    ...more,
    ...lawErrors(
      sanctionProblems({
        situation: input.situation,
        noticeOn: input.values.noticeOn,
        workerOpinionOn: input.values.workerOpinionOn,
        hearingOn: input.values.hearingOn,
        decisionOn: input.decisionOn,
        startOn: input.values.startOn,
        endOn: input.values.endOn,
        earlierDecisions,
      }),
    ),
  ];
  if (errors.length > 0) throw invalidFields(errors);
}

async function viewOf(tx: TenantTx, ctx: CentreContext, id: string, policy?: CentrePolicy) {
  const found = await requireSanction(tx, ctx, id);
  return toSanction(found, ctx.actor, policy ?? (await centrePolicy(tx, ctx)));
}

export async function listPlanSanctions(
  tx: TenantTx,
  ctx: CentreContext,
  trajectoryId: string,
): Promise<PlanSanctions> {
  const plan = await planOf(tx, ctx, trajectoryId);
  const policy = await centrePolicy(tx, ctx);
  const rows = await selectPlanSanctions(tx, ctx.actor.centreId, trajectoryId);
  const today = ctx.clock.today();
  const decisions = await selectDecisionDays(tx, ctx.actor.centreId, plan.personId, null);
  const yearBefore = addMonths(today, -12);
  const recent = decisions.filter((day) => day >= yearBefore && day < today);
  await recordAudit(tx, ctx, {
    action: 'sanction.list',
    personId: plan.personId,
    subjectType: 'trajectory',
    subjectId: trajectoryId,
    details: { returned: rows.length },
  });
  return {
    items: rows.map((row) => toSanction(row, ctx.actor, policy)),
    allowance: {
      months: isRepeat(today, decisions) ? 3 : 1,
      lastDecisionOn: recent.at(-1) ?? null,
      sanctionsMayApply: !planSanctionProblem(plan.facts) && plan.situation === 'integrationIncome',
    },
  };
}

const cursorShape = z.tuple([z.string(), z.uuid()]);

/** The centre's sanctions (e.g. the proposals waiting for approval), the one waiting longest first. */
export async function listSanctions(
  tx: TenantTx,
  ctx: CentreContext,
  query: SanctionListInput,
): Promise<{ items: Sanction[]; nextCursor: string | null }> {
  const after = query.cursor ? decodeCursor(query.cursor, cursorShape) : null;
  const policy = await centrePolicy(tx, ctx);
  const rows = await selectSanctions(tx, {
    centreId: ctx.actor.centreId,
    state: query.state,
    after: after ? { createdAt: after[0], id: after[1] } : null,
    limit: query.limit + 1,
  });
  const items = rows.slice(0, query.limit).map((row) => toSanction(row, ctx.actor, policy));
  const last = items.at(-1);
  await recordAudit(tx, ctx, {
    action: 'sanction.list',
    details: {
      state: query.state ?? null,
      returned: items.length,
      personIds: [...new Set(items.map((i) => i.personId))],
    },
  });
  return {
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt, last.id]) : null,
  };
}

export async function getSanction(tx: TenantTx, ctx: CentreContext, id: string): Promise<Sanction> {
  const sanction = await viewOf(tx, ctx, id);
  await recordAudit(tx, ctx, {
    action: 'sanction.read',
    personId: sanction.personId,
    subjectType: 'sanction',
    subjectId: id,
  });
  return sanction;
}

/** A worker proposes a sanction on an active PIIS; the law is checked as if decided today. */
export async function proposeSanction(
  tx: TenantTx,
  ctx: CentreContext,
  trajectoryId: string,
  input: ProposeSanctionInput,
): Promise<Sanction> {
  // The plan is locked: two proposals at once would each miss the other in the repeat rule.
  const plan = await planOf(tx, ctx, trajectoryId, true);
  const problem = planSanctionProblem(plan.facts);
  if (problem) throw problem;
  const values: SanctionValues = {
    noticeOn: input.noticeOn,
    workerOpinion: input.workerOpinion || null,
    workerOpinionOn: input.workerOpinionOn,
    hearingOn: input.hearingOn,
    hearingAssisted: input.hearingAssisted,
    extent: input.extent,
    partialPercent: input.partialPercent,
    startOn: input.startOn,
    endOn: input.endOn,
    suspended: input.suspended,
  };
  await checkLaw(tx, ctx, {
    situation: plan.situation,
    values,
    personId: plan.personId,
    sanctionId: null,
    decisionOn: ctx.clock.today(),
  });
  const row = await insertSanction(tx, {
    ...values,
    centreId: ctx.actor.centreId,
    trajectoryId,
    personId: plan.personId,
    proposedBy: ctx.actor.userId,
    now: ctx.clock.now(),
  });
  await insertRecordVersion(tx, 'sanction', row, { at: row.updatedAt, by: ctx.actor.userId });
  await recordAudit(tx, ctx, {
    action: 'sanction.propose',
    personId: plan.personId,
    subjectType: 'sanction',
    subjectId: row.id,
  });
  await recordEvent(tx, ctx, {
    type: 'sanction.proposed',
    subjectType: 'sanction',
    subjectId: row.id,
    personId: plan.personId,
    occurredOn: ctx.clock.today(),
    payload: {
      trajectoryId,
      extent: row.extent,
      startOn: row.startOn,
      endOn: row.endOn,
      suspended: row.suspended,
    },
  });
  return viewOf(tx, ctx, row.id);
}

/**
 * The proposer corrects a proposal while it waits (the law is checked again on the whole of it);
 * on a decided sanction, the day it was notified is recorded.
 */
export async function correctSanction(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: CorrectSanctionInput,
): Promise<Sanction> {
  const found = await requireSanction(tx, ctx, id, true);
  const current = found.sanction;
  const changes: Record<string, unknown> = {};
  for (const field of [...PROPOSAL_FIELDS, 'notifiedOn'] as const) {
    let value = input[field];
    if (field === 'workerOpinion' && value === '') value = null;
    if (value !== undefined && value !== current[field]) changes[field] = value;
  }
  const fields = Object.keys(changes);
  const problem = correctionProblem(ctx.actor, record(current), fields, input.version);
  if (problem) throw problem;
  if (fields.length === 0) return viewOf(tx, ctx, id);

  const today = ctx.clock.today();
  if (current.state === 'decided') {
    const notifiedOn = changes.notifiedOn as string | null;
    if (notifiedOn && isFutureDate(notifiedOn, today)) {
      throw invalidFields([{ path: 'notifiedOn', key: 'validation.dateInFuture' }]);
    }
    if (notifiedOn && current.decisionOn && notifiedOn < current.decisionOn) {
      throw invalidFields([{ path: 'notifiedOn', key: 'validation.notificationBeforeDecision' }]);
    }
  } else {
    const merged = { ...current, ...changes } as SanctionRow;
    const plan = await planOf(tx, ctx, current.trajectoryId, true);
    await checkLaw(
      tx,
      ctx,
      {
        situation: plan.situation,
        values: merged,
        personId: current.personId,
        sanctionId: id,
        decisionOn: today,
      },
      extentErrors(merged.extent, merged.partialPercent),
    );
  }
  const row = await updateSanctionAtVersion(
    tx,
    { centreId: ctx.actor.centreId, id, version: input.version },
    { ...(changes as Partial<SanctionValues>), updatedBy: ctx.actor.userId, now: ctx.clock.now() },
  );
  if (!row) throw new Problem('conflict', 'errors.concurrentChange');
  await insertRecordVersion(tx, 'sanction', row, { at: row.updatedAt, by: ctx.actor.userId });
  await recordAudit(tx, ctx, {
    action: 'sanction.correct',
    personId: row.personId,
    subjectType: 'sanction',
    subjectId: id,
    details: { fields },
  });
  await recordEvent(tx, ctx, {
    type: 'sanction.corrected',
    subjectType: 'sanction',
    subjectId: id,
    personId: row.personId,
    occurredOn: today,
    payload: { trajectoryId: row.trajectoryId, fields },
  });
  return viewOf(tx, ctx, id);
}

/** Approve or refuse: one step, by whom the centre's policy names, never the proposer. */
async function answer(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: { version: number; note: string },
  outcome: 'approved' | 'refused',
): Promise<Sanction> {
  const found = await requireSanction(tx, ctx, id, true);
  const policy = await centrePolicy(tx, ctx);
  const problem = approvalProblem(ctx.actor, record(found.sanction), policy, input.version);
  if (problem) throw problem;
  const today = ctx.clock.today();
  const row = await updateSanctionAtVersion(
    tx,
    { centreId: ctx.actor.centreId, id, version: input.version },
    {
      state: outcome,
      approvedBy: ctx.actor.userId,
      approvedOn: today,
      approvalNote: input.note.trim() || null,
      updatedBy: ctx.actor.userId,
      now: ctx.clock.now(),
    },
  );
  if (!row) throw new Problem('conflict', 'errors.concurrentChange');
  await insertRecordVersion(tx, 'sanction', row, { at: row.updatedAt, by: ctx.actor.userId });
  await recordAudit(tx, ctx, {
    action: outcome === 'approved' ? 'sanction.approve' : 'sanction.refuse',
    personId: row.personId,
    subjectType: 'sanction',
    subjectId: id,
  });
  await recordEvent(tx, ctx, {
    type: outcome === 'approved' ? 'sanction.approved' : 'sanction.refused',
    subjectType: 'sanction',
    subjectId: id,
    personId: row.personId,
    occurredOn: today,
    payload: { trajectoryId: row.trajectoryId },
  });
  return viewOf(tx, ctx, id, policy);
}

export function approveSanction(tx: TenantTx, ctx: CentreContext, id: string, input: ApproveSanctionInput) {
  return answer(tx, ctx, id, input, 'approved');
}

export function refuseSanction(tx: TenantTx, ctx: CentreContext, id: string, input: RefuseSanctionInput) {
  return answer(tx, ctx, id, input, 'refused');
}

/** The decision of an approved sanction, checked against the law with its real day. */
export async function decideSanction(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: DecideSanctionInput,
): Promise<Sanction> {
  const found = await requireSanction(tx, ctx, id, true);
  const current = found.sanction;
  const problem = decisionProblem(ctx.actor, record(current), input.version);
  if (problem) throw problem;
  const today = ctx.clock.today();
  const dates: FieldError[] = [];
  if (isFutureDate(input.decisionOn, today))
    dates.push({ path: 'decisionOn', key: 'validation.dateInFuture' });
  if (input.notifiedOn && isFutureDate(input.notifiedOn, today))
    dates.push({ path: 'notifiedOn', key: 'validation.dateInFuture' });
  else if (input.notifiedOn && input.notifiedOn < input.decisionOn)
    dates.push({ path: 'notifiedOn', key: 'validation.notificationBeforeDecision' });
  const plan = await planOf(tx, ctx, current.trajectoryId, true);
  await checkLaw(
    tx,
    ctx,
    {
      situation: plan.situation,
      values: current,
      personId: current.personId,
      sanctionId: id,
      decisionOn: input.decisionOn,
    },
    dates,
  );
  const row = await updateSanctionAtVersion(
    tx,
    { centreId: ctx.actor.centreId, id, version: input.version },
    {
      state: 'decided',
      decisionOn: input.decisionOn,
      notifiedOn: input.notifiedOn,
      updatedBy: ctx.actor.userId,
      now: ctx.clock.now(),
    },
  );
  if (!row) throw new Problem('conflict', 'errors.concurrentChange');
  await insertRecordVersion(tx, 'sanction', row, { at: row.updatedAt, by: ctx.actor.userId });
  await recordAudit(tx, ctx, {
    action: 'sanction.decide',
    personId: row.personId,
    subjectType: 'sanction',
    subjectId: id,
  });
  await recordEvent(tx, ctx, {
    type: 'sanction.decided',
    subjectType: 'sanction',
    subjectId: id,
    personId: row.personId,
    occurredOn: input.decisionOn,
    payload: {
      trajectoryId: row.trajectoryId,
      extent: row.extent,
      startOn: row.startOn,
      endOn: row.endOn,
      suspended: row.suspended,
    },
  });
  return viewOf(tx, ctx, id);
}

/** A proposal or an approved sanction is withdrawn: it stays in the file, marked as such. */
export async function withdrawSanction(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: WithdrawSanctionInput,
): Promise<Sanction> {
  const found = await requireSanction(tx, ctx, id, true);
  const policy = await centrePolicy(tx, ctx);
  const problem = withdrawalProblem(ctx.actor, record(found.sanction), policy, input.version);
  if (problem) throw problem;
  const row = await updateSanctionAtVersion(
    tx,
    { centreId: ctx.actor.centreId, id, version: input.version },
    { state: 'withdrawn', updatedBy: ctx.actor.userId, now: ctx.clock.now() },
  );
  if (!row) throw new Problem('conflict', 'errors.concurrentChange');
  await insertRecordVersion(tx, 'sanction', row, { at: row.updatedAt, by: ctx.actor.userId });
  await recordAudit(tx, ctx, {
    action: 'sanction.withdraw',
    personId: row.personId,
    subjectType: 'sanction',
    subjectId: id,
    details: { from: found.sanction.state },
  });
  await recordEvent(tx, ctx, {
    type: 'sanction.withdrawn',
    subjectType: 'sanction',
    subjectId: id,
    personId: row.personId,
    occurredOn: ctx.clock.today(),
    payload: { trajectoryId: row.trajectoryId, from: found.sanction.state },
  });
  return viewOf(tx, ctx, id, policy);
}
