/**
 * Referrals from a plan to a second-line service of the centre or to a partner organisation, with
 * a handover note. The first-line worker stays responsible for the file (persons.responsible_user_id
 * never changes here); while an accepted referral runs, its receiving worker holds the evaluations
 * it covers (src/domain/responsibility.ts). Every step is an event and an audit row; the handover
 * note and the answers stay in the referral, never in an event.
 */
import type { TenantTx } from '../../db/tenancy.ts';
import { fileDateProblem } from '../../domain/person.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../auth/policy.ts';
import type { CentreContext } from '../context.ts';
import type { EventType } from '../events/schemas.ts';
import { recordEvent } from '../events/service.ts';
import { invalidFields, Problem } from '../problem.ts';
import { findService, memberIdsOf, membershipsOf } from '../services/service.ts';
import { requireTrajectory } from '../trajectories/service.ts';
import {
  allowedSteps,
  answerProblem,
  destinationProblem,
  endProblem,
  openReferralProblem,
  type ReferralRelation,
  receivingWorkerProblem,
  referralAccessProblem,
  stepDateProblem,
  withdrawProblem,
} from './policy.ts';
import {
  insertReferral,
  type ReferralWithNames,
  selectAwaiting,
  selectPlanReferrals,
  selectReferral,
  updateReferralAtVersion,
} from './queries.ts';
import type {
  AcceptReferralInput,
  CreateReferralInput,
  DeclineReferralInput,
  EndReferralInput,
  Referral,
  ReferralState,
  WithdrawReferralInput,
} from './schemas.ts';

function relationOf(
  actor: Pick<Actor, 'userId'>,
  row: ReferralWithNames,
  memberships: readonly string[],
): ReferralRelation {
  return {
    member: row.serviceKind === 'internal' && memberships.includes(row.referral.serviceId),
    fileResponsible: row.fileResponsibleId === actor.userId,
    receiving: row.referral.receivingUserId === actor.userId,
  };
}

function recordOf(row: ReferralWithNames) {
  const r = row.referral;
  return {
    centreId: r.centreId,
    serviceId: r.serviceId,
    serviceKind: row.serviceKind,
    sentBy: r.sentBy,
    state: r.state as ReferralState,
    sentOn: r.sentOn,
    answeredOn: r.answeredOn,
    version: r.version,
  };
}

function toReferral(row: ReferralWithNames, actor: Actor, memberships: readonly string[]): Referral {
  const r = row.referral;
  return {
    id: r.id,
    trajectoryId: r.trajectoryId,
    person: { id: r.personId, firstName: row.firstName, lastName: row.lastName },
    service: {
      id: r.serviceId,
      kind: row.serviceKind as Referral['service']['kind'],
      name: row.serviceName,
      active: row.serviceActive,
    },
    toUserId: r.toUserId,
    toUserName: row.toUserName,
    handoverNote: r.handoverNote,
    sentOn: r.sentOn,
    sentById: r.sentBy,
    sentByName: row.sentByName,
    state: r.state as ReferralState,
    answeredOn: r.answeredOn,
    answeredById: r.answeredBy,
    answeredByName: row.answeredByName,
    answerNote: r.answerNote,
    receivingUserId: r.receivingUserId,
    receivingUserName: row.receivingUserName,
    endedOn: r.endedOn,
    ...allowedSteps(actor, recordOf(row), relationOf(actor, row, memberships)),
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

const planClosed = () =>
  new Problem('conflict', 'errors.planClosed', { extensions: { rule: 'plan.closed' } });

async function view(tx: TenantTx, ctx: CentreContext, id: string): Promise<Referral> {
  const row = await selectReferral(tx, ctx.actor.centreId, id);
  if (!row) throw new Problem('not-found', 'errors.referralNotFound');
  return toReferral(row, ctx.actor, await membershipsOf(tx, ctx, ctx.actor.userId));
}

/** The payload every referral event carries: which plan and which service (named: it may be renamed). */
function eventPayload(row: ReferralWithNames) {
  return {
    trajectoryId: row.referral.trajectoryId,
    serviceId: row.referral.serviceId,
    serviceKind: row.serviceKind,
    serviceName: row.serviceName,
  };
}

async function trace(
  tx: TenantTx,
  ctx: CentreContext,
  row: ReferralWithNames,
  step: {
    action: 'referral.accept' | 'referral.decline' | 'referral.withdraw' | 'referral.end';
    type: Exclude<EventType, 'referral.sent'> & `referral.${string}`;
    occurredOn: string;
    extra?: Record<string, string>;
  },
) {
  const r = row.referral;
  await recordAudit(tx, ctx, {
    action: step.action,
    personId: r.personId,
    subjectType: 'referral',
    subjectId: r.id,
    details: { serviceId: r.serviceId, ...step.extra },
  });
  await recordEvent(tx, ctx, {
    type: step.type,
    subjectType: 'referral',
    subjectId: r.id,
    personId: r.personId,
    occurredOn: step.occurredOn,
    payload: { ...eventPayload(row), ...step.extra },
  } as Parameters<typeof recordEvent>[2]);
}

export async function listPlanReferrals(
  tx: TenantTx,
  ctx: CentreContext,
  trajectoryId: string,
): Promise<{ items: Referral[] }> {
  const plan = await requireTrajectory(tx, ctx, trajectoryId);
  const rows = await selectPlanReferrals(tx, ctx.actor.centreId, trajectoryId);
  const memberships = await membershipsOf(tx, ctx, ctx.actor.userId);
  await recordAudit(tx, ctx, {
    action: 'referral.list',
    personId: plan.trajectory.personId,
    subjectType: 'trajectory',
    subjectId: trajectoryId,
    details: { returned: rows.length },
  });
  return { items: rows.map((row) => toReferral(row, ctx.actor, memberships)) };
}

/** The referrals waiting for the caller's answer; reading their handover notes opens each file. */
export async function listAwaitingReferrals(
  tx: TenantTx,
  ctx: CentreContext,
): Promise<{ items: Referral[] }> {
  const memberships = await membershipsOf(tx, ctx, ctx.actor.userId);
  const rows = await selectAwaiting(tx, ctx.actor.centreId, ctx.actor.userId, memberships);
  for (const personId of new Set(rows.map((row) => row.referral.personId))) {
    await recordAudit(tx, ctx, {
      action: 'referral.list',
      personId,
      details: { awaiting: true, returned: rows.filter((row) => row.referral.personId === personId).length },
    });
  }
  return { items: rows.map((row) => toReferral(row, ctx.actor, memberships)) };
}

export async function getReferral(tx: TenantTx, ctx: CentreContext, id: string): Promise<Referral> {
  const row = await selectReferral(tx, ctx.actor.centreId, id);
  const problem = referralAccessProblem(ctx.actor, row?.referral);
  if (problem || !row) throw problem;
  await recordAudit(tx, ctx, {
    action: 'referral.read',
    personId: row.referral.personId,
    subjectType: 'referral',
    subjectId: id,
  });
  return toReferral(row, ctx.actor, await membershipsOf(tx, ctx, ctx.actor.userId));
}

/** Sends a referral from a plan that is not closed; the caller is its sender. */
export async function sendReferral(
  tx: TenantTx,
  ctx: CentreContext,
  trajectoryId: string,
  input: CreateReferralInput,
): Promise<Referral> {
  const centreId = ctx.actor.centreId;
  // Locked: two referrals to the same service cannot both find none open.
  const plan = await requireTrajectory(tx, ctx, trajectoryId, true);
  if (plan.trajectory.state === 'closed') throw planClosed();
  const service = await findService(tx, ctx, input.serviceId);
  const toUserId = input.toUserId ?? null;
  const members = service?.kind === 'internal' ? await memberIdsOf(tx, ctx, service.id) : [];
  const destination = destinationProblem(service, toUserId, members);
  if (destination || !service) throw destination;
  const today = ctx.clock.today();
  const sentOn = input.sentOn ?? today;
  const dateKey = fileDateProblem(sentOn, plan.birthDate, today);
  if (dateKey) throw invalidFields([{ path: 'sentOn', key: dateKey }]);
  const open = openReferralProblem(
    (await selectPlanReferrals(tx, centreId, trajectoryId)).map((row) => ({
      serviceId: row.referral.serviceId,
      state: row.referral.state,
    })),
    service.id,
  );
  if (open) throw open;
  const row = await insertReferral(tx, {
    centreId,
    trajectoryId,
    personId: plan.trajectory.personId,
    serviceId: service.id,
    toUserId,
    handoverNote: input.handoverNote,
    sentOn,
    sentBy: ctx.actor.userId,
    now: ctx.clock.now(),
  });
  await recordAudit(tx, ctx, {
    action: 'referral.send',
    personId: row.personId,
    subjectType: 'referral',
    subjectId: row.id,
    details: { serviceId: service.id, trajectoryId },
  });
  await recordEvent(tx, ctx, {
    type: 'referral.sent',
    subjectType: 'referral',
    subjectId: row.id,
    personId: row.personId,
    occurredOn: sentOn,
    payload: {
      trajectoryId,
      serviceId: service.id,
      serviceKind: service.kind,
      serviceName: service.name,
      ...(toUserId ? { toUserId } : {}),
    },
  });
  return view(tx, ctx, row.id);
}

async function lockedReferral(tx: TenantTx, ctx: CentreContext, id: string) {
  const row = await selectReferral(tx, ctx.actor.centreId, id, true);
  const memberships = await membershipsOf(tx, ctx, ctx.actor.userId);
  return { row, memberships, relation: row ? relationOf(ctx.actor, row, memberships) : null };
}

const NO_RELATION: ReferralRelation = { member: false, fileResponsible: false, receiving: false };

/**
 * Accepts a referral: for an internal service, the accepting member (or the member they name)
 * follows the person from the day it is accepted; for a partner, the centre records its yes.
 */
export async function acceptReferral(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: AcceptReferralInput,
): Promise<Referral> {
  const { row, relation } = await lockedReferral(tx, ctx, id);
  const problem = answerProblem(
    ctx.actor,
    row ? recordOf(row) : undefined,
    relation ?? NO_RELATION,
    input.version,
  );
  if (problem || !row) throw problem;
  if (row.planState === 'closed') throw planClosed();
  const internal = row.serviceKind === 'internal';
  const members = internal ? await memberIdsOf(tx, ctx, row.referral.serviceId) : [];
  const worker = receivingWorkerProblem(row.serviceKind, input.receivingUserId, members);
  if (worker) throw worker;
  const today = ctx.clock.today();
  const answeredOn = input.answeredOn ?? today;
  const date = stepDateProblem('answeredOn', answeredOn, today, {
    day: row.referral.sentOn,
    key: 'validation.answerBeforeSent',
  });
  if (date) throw date;
  const receivingUserId = internal ? (input.receivingUserId ?? ctx.actor.userId) : null;
  const saved = await updateReferralAtVersion(
    tx,
    { centreId: ctx.actor.centreId, id, version: input.version },
    {
      state: 'accepted',
      answeredOn,
      answeredBy: ctx.actor.userId,
      answerNote: input.note ? input.note : null,
      receivingUserId,
      updatedBy: ctx.actor.userId,
      now: ctx.clock.now(),
    },
  );
  if (!saved) throw new Problem('conflict', 'errors.concurrentChange');
  await trace(tx, ctx, row, {
    action: 'referral.accept',
    type: 'referral.accepted',
    occurredOn: answeredOn,
    ...(receivingUserId ? { extra: { receivingUserId } } : {}),
  });
  return view(tx, ctx, id);
}

export async function declineReferral(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: DeclineReferralInput,
): Promise<Referral> {
  const { row, relation } = await lockedReferral(tx, ctx, id);
  const problem = answerProblem(
    ctx.actor,
    row ? recordOf(row) : undefined,
    relation ?? NO_RELATION,
    input.version,
  );
  if (problem || !row) throw problem;
  const today = ctx.clock.today();
  const answeredOn = input.answeredOn ?? today;
  const date = stepDateProblem('answeredOn', answeredOn, today, {
    day: row.referral.sentOn,
    key: 'validation.answerBeforeSent',
  });
  if (date) throw date;
  const saved = await updateReferralAtVersion(
    tx,
    { centreId: ctx.actor.centreId, id, version: input.version },
    {
      state: 'declined',
      answeredOn,
      answeredBy: ctx.actor.userId,
      answerNote: input.note,
      updatedBy: ctx.actor.userId,
      now: ctx.clock.now(),
    },
  );
  if (!saved) throw new Problem('conflict', 'errors.concurrentChange');
  await trace(tx, ctx, row, {
    action: 'referral.decline',
    type: 'referral.declined',
    occurredOn: answeredOn,
  });
  return view(tx, ctx, id);
}

/** Its sender takes a waiting referral back (the person's need changed, or it went to the wrong place). */
export async function withdrawReferral(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: WithdrawReferralInput,
): Promise<Referral> {
  const { row } = await lockedReferral(tx, ctx, id);
  const problem = withdrawProblem(ctx.actor, row ? recordOf(row) : undefined, input.version);
  if (problem || !row) throw problem;
  const today = ctx.clock.today();
  const withdrawnOn = input.withdrawnOn ?? today;
  const date = stepDateProblem('withdrawnOn', withdrawnOn, today, {
    day: row.referral.sentOn,
    key: 'validation.answerBeforeSent',
  });
  if (date) throw date;
  const saved = await updateReferralAtVersion(
    tx,
    { centreId: ctx.actor.centreId, id, version: input.version },
    {
      state: 'withdrawn',
      answeredOn: withdrawnOn,
      answeredBy: ctx.actor.userId,
      answerNote: input.note ? input.note : null,
      updatedBy: ctx.actor.userId,
      now: ctx.clock.now(),
    },
  );
  if (!saved) throw new Problem('conflict', 'errors.concurrentChange');
  await trace(tx, ctx, row, {
    action: 'referral.withdraw',
    type: 'referral.withdrawn',
    occurredOn: withdrawnOn,
  });
  return view(tx, ctx, id);
}

/**
 * A plan closes: what still waits on it stops with it, in the same transaction. A pending referral
 * is withdrawn (nobody should answer for a closed plan), an accepted one ends on the closing day
 * (or the day it was accepted, when the plan was closed with an earlier date).
 */
export async function stopReferralsOfClosedPlan(
  tx: TenantTx,
  ctx: CentreContext,
  trajectoryId: string,
  closedOn: string,
): Promise<void> {
  for (const row of await selectPlanReferrals(tx, ctx.actor.centreId, trajectoryId)) {
    const r = row.referral;
    if (r.state !== 'pending' && r.state !== 'accepted') continue;
    const pending = r.state === 'pending';
    const on = [closedOn, (pending ? r.sentOn : r.answeredOn) ?? closedOn].sort().at(-1) ?? closedOn;
    const saved = await updateReferralAtVersion(
      tx,
      { centreId: ctx.actor.centreId, id: r.id, version: r.version },
      pending
        ? {
            state: 'withdrawn',
            answeredOn: on,
            answeredBy: ctx.actor.userId,
            updatedBy: ctx.actor.userId,
            now: ctx.clock.now(),
          }
        : { state: 'ended', endedOn: on, updatedBy: ctx.actor.userId, now: ctx.clock.now() },
    );
    if (!saved) throw new Problem('conflict', 'errors.concurrentChange');
    await trace(tx, ctx, row, {
      action: pending ? 'referral.withdraw' : 'referral.end',
      type: pending ? 'referral.withdrawn' : 'referral.ended',
      occurredOn: on,
      extra: { reason: 'planClosed' },
    });
  }
}

/** Records the last day an accepted referral ran: the file's worker holds the evaluations again after it. */
export async function endReferral(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: EndReferralInput,
): Promise<Referral> {
  const { row, relation } = await lockedReferral(tx, ctx, id);
  const problem = endProblem(
    ctx.actor,
    row ? recordOf(row) : undefined,
    relation ?? NO_RELATION,
    input.version,
  );
  if (problem || !row) throw problem;
  const date = stepDateProblem('endedOn', input.endedOn, ctx.clock.today(), {
    day: row.referral.answeredOn ?? row.referral.sentOn,
    key: 'validation.endBeforeStart',
  });
  if (date) throw date;
  const saved = await updateReferralAtVersion(
    tx,
    { centreId: ctx.actor.centreId, id, version: input.version },
    { state: 'ended', endedOn: input.endedOn, updatedBy: ctx.actor.userId, now: ctx.clock.now() },
  );
  if (!saved) throw new Problem('conflict', 'errors.concurrentChange');
  await trace(tx, ctx, row, { action: 'referral.end', type: 'referral.ended', occurredOn: input.endedOn });
  return view(tx, ctx, id);
}
