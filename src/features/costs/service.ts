/**
 * Use cases of a plan's cost lines: list them with their total, record one, remove one recorded by
 * mistake. A cost line is not a legal record: removing it deletes the row, and the event log and
 * the audit trail keep what it was (the recorded event carries its amount and day).
 */
import type { TenantTx } from '../../db/tenancy.ts';
import { calendarDate } from '../../domain/dates.ts';
import { recordAudit } from '../audit/service.ts';
import type { CentreContext } from '../context.ts';
import { recordEvent } from '../events/service.ts';
import { Problem, staleVersion } from '../problem.ts';
import { isYearClosed } from '../reports/service.ts';
import { requireTrajectory } from '../trajectories/service.ts';
import { closedYearProblem, costDayProblem, yearOf } from './policy.ts';
import {
  type CostRow,
  deleteCostAtVersion,
  insertCost,
  selectCostForUpdate,
  selectCosts,
} from './queries.ts';
import type { CostLine, PlanCosts, RecordCostInput } from './schemas.ts';

function toCostLine(cost: CostRow, recordedBy: string | null): CostLine {
  return {
    id: cost.id,
    trajectoryId: cost.trajectoryId,
    incurredOn: cost.incurredOn,
    amountCents: cost.amountCents,
    description: cost.description,
    version: cost.version,
    recordedBy,
    createdAt: cost.createdAt.toISOString(),
  };
}

async function refuseClosedYear(tx: TenantTx, ctx: CentreContext, day: string) {
  const year = yearOf(day);
  const problem = closedYearProblem(year, await isYearClosed(tx, ctx.actor.centreId, year));
  if (problem) throw problem;
}

export async function listCosts(tx: TenantTx, ctx: CentreContext, trajectoryId: string): Promise<PlanCosts> {
  const plan = await requireTrajectory(tx, ctx, trajectoryId);
  const rows = await selectCosts(tx, ctx.actor.centreId, trajectoryId);
  const items = rows.map((r) => toCostLine(r.cost, r.recordedBy));
  await recordAudit(tx, ctx, {
    action: 'trajectory.read',
    personId: plan.trajectory.personId,
    subjectType: 'trajectory',
    subjectId: trajectoryId,
    details: { costs: items.length },
  });
  return { items, totalCents: items.reduce((sum, line) => sum + line.amountCents, 0) };
}

export async function recordCost(
  tx: TenantTx,
  ctx: CentreContext,
  trajectoryId: string,
  input: RecordCostInput,
): Promise<CostLine> {
  // Locked: a plan closed at the same moment cannot slip a cost past its closing day.
  const { trajectory } = await requireTrajectory(tx, ctx, trajectoryId, true);
  const dayProblem = costDayProblem(input.incurredOn, {
    today: ctx.clock.today(),
    draftedOn: calendarDate(trajectory.createdAt),
    closedOn: trajectory.state === 'closed' ? trajectory.closedOn : null,
  });
  if (dayProblem) throw dayProblem;
  await refuseClosedYear(tx, ctx, input.incurredOn);
  const cost = await insertCost(tx, {
    centreId: ctx.actor.centreId,
    trajectoryId,
    incurredOn: input.incurredOn,
    amountCents: input.amountCents,
    description: input.description,
    userId: ctx.actor.userId,
    now: ctx.clock.now(),
  });
  await recordAudit(tx, ctx, {
    action: 'trajectory.costRecorded',
    personId: trajectory.personId,
    subjectType: 'trajectory',
    subjectId: trajectoryId,
    details: { costId: cost.id },
  });
  await recordEvent(tx, ctx, {
    type: 'trajectory.costRecorded',
    subjectType: 'trajectory',
    subjectId: trajectoryId,
    personId: trajectory.personId,
    occurredOn: cost.incurredOn,
    payload: { costId: cost.id, amountCents: cost.amountCents, incurredOn: cost.incurredOn },
  });
  return toCostLine(cost, ctx.actor.displayName);
}

export async function removeCost(
  tx: TenantTx,
  ctx: CentreContext,
  trajectoryId: string,
  costId: string,
  readVersion: number,
): Promise<void> {
  const { trajectory } = await requireTrajectory(tx, ctx, trajectoryId);
  const cost = await selectCostForUpdate(tx, ctx.actor.centreId, trajectoryId, costId);
  if (!cost) throw new Problem('not-found', 'costs.errors.notFound');
  if (cost.version !== readVersion) throw staleVersion(readVersion, cost.version);
  await refuseClosedYear(tx, ctx, cost.incurredOn);
  const removed = await deleteCostAtVersion(tx, {
    centreId: ctx.actor.centreId,
    trajectoryId,
    id: costId,
    version: readVersion,
  });
  if (!removed) throw new Problem('conflict', 'errors.concurrentChange');
  await recordAudit(tx, ctx, {
    action: 'trajectory.costRemoved',
    personId: trajectory.personId,
    subjectType: 'trajectory',
    subjectId: trajectoryId,
    details: { costId, incurredOn: cost.incurredOn },
  });
  await recordEvent(tx, ctx, {
    type: 'trajectory.costRemoved',
    subjectType: 'trajectory',
    subjectId: trajectoryId,
    personId: trajectory.personId,
    occurredOn: ctx.clock.today(),
    payload: { costId },
  });
}
