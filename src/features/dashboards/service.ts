/**
 * The dashboards (issue 10). The worker's: their caseload, the counts of their today list and the
 * plans ending soon. The team's: each worker's caseload and workload (the measure centres never
 * had, DOMAIN.md §5) and the centre's deadline figures over a period. Due and overdue counts come
 * from the worker's day use cases (src/features/today/service.ts), so both pages agree; the
 * figures' arithmetic is src/domain/dashboard-figures.ts.
 */
import type { TenantTx } from '../../db/tenancy.ts';
import {
  daysToSignature,
  defaultPeriod,
  ENDING_SOON_DAYS,
  EVALUATIONS_AHEAD_DAYS,
  evaluationsOnTime,
  medianDays,
  periodProblem,
  ratio,
} from '../../domain/dashboard-figures.ts';
import { addDays } from '../../domain/dates.ts';
import { evaluationSchedule } from '../../domain/evaluation-schedule.ts';
import { recordAudit } from '../audit/service.ts';
import { centrePolicy } from '../centre/service.ts';
import type { CentreContext } from '../context.ts';
import { invalidFields } from '../problem.ts';
import { collectWork, teamDay, workerDay } from '../today/service.ts';
import {
  countEvaluationsIn,
  countUnassignedFiles,
  selectActiveFilesByWorker,
  selectCaseload,
  selectEvaluationsOf,
  selectFirstPiisSignatures,
  selectOpenPlansByWorker,
  selectPlansEnding,
  selectSignedPlansFor,
} from './queries.ts';
import type { TeamDashboardInput } from './schemas.ts';

const OPEN_STATES = ['draft', 'informed', 'active'] as const;
type OpenState = (typeof OPEN_STATES)[number];

/** The caller's dashboard, or another worker's for those who see the team (as GET /today). */
export async function workerDashboard(
  tx: TenantTx,
  ctx: CentreContext,
  query: { workerId?: string | undefined },
) {
  // The day's use case checks who may read whose figures and that the worker is of the centre.
  const day = await workerDay(tx, ctx, query);
  const centreId = ctx.actor.centreId;
  const workerId = day.worker.id;
  const today = day.today;
  const caseload = await selectCaseload(tx, centreId, workerId);
  const openPlans: Record<OpenState, number> = { draft: 0, informed: 0, active: 0 };
  for (const row of await selectOpenPlansByWorker(tx, centreId, workerId)) {
    if ((OPEN_STATES as readonly string[]).includes(row.state))
      openPlans[row.state as OpenState] += row.plans;
  }
  const ending = await selectPlansEnding(tx, centreId, workerId, today, addDays(today, ENDING_SOON_DAYS));
  // A list of names is a read of those files: the trail names each person shown.
  await recordAudit(tx, ctx, {
    action: 'dashboard.worker',
    details: { workerId, personIds: [...new Set(ending.map((p) => p.personId))] },
  });
  return {
    today,
    worker: day.worker,
    caseload: { ...caseload, openPlans },
    due: day.counts,
    endingSoon: ending.map((p) => ({
      trajectoryId: p.trajectoryId,
      person: {
        id: p.personId,
        firstName: p.firstName,
        lastName: p.lastName,
        displayName: `${p.firstName} ${p.lastName}`,
      },
      plannedEndOn: p.plannedEndOn,
    })),
  };
}

/** The period asked for, or the 12 months ending today; a translated 400 when it cannot be used. */
export function periodOf(query: TeamDashboardInput, today: string) {
  const to = query.to ?? today;
  const from = query.from ?? defaultPeriod(to).from;
  const problem = periodProblem(from, to);
  if (problem === 'endBeforeStart') throw invalidFields([{ path: 'to', key: 'validation.endBeforeStart' }]);
  if (problem === 'tooLong') throw invalidFields([{ path: 'to', key: 'dashboards.errors.periodTooLong' }]);
  return { from, to };
}

type TeamRow = {
  files: number;
  activeFiles: number;
  openPlans: number;
  evaluationsDue: number;
  overdue: number;
};

/** Each worker's and lead's caseload and workload, a row for files of nobody, and the centre's figures. */
export async function teamDashboard(tx: TenantTx, ctx: CentreContext, query: TeamDashboardInput) {
  const today = ctx.clock.today();
  const period = periodOf(query, today);
  const centreId = ctx.actor.centreId;
  // Overdue counts: the very figures of the team table on the day page.
  const team = await teamDay(tx, ctx);
  const policy = await centrePolicy(tx, ctx);
  const evaluationsDue = new Map<string | null, number>();
  for (const item of await collectWork(
    tx,
    ctx,
    null,
    policy,
    today,
    addDays(today, EVALUATIONS_AHEAD_DAYS),
  )) {
    if (item.rule !== 'evaluation.scheduled' || item.date < today) continue;
    evaluationsDue.set(item.holderId, (evaluationsDue.get(item.holderId) ?? 0) + 1);
  }
  const openPlans = new Map<string | null, number>();
  for (const row of await selectOpenPlansByWorker(tx, centreId)) {
    openPlans.set(row.responsibleUserId, (openPlans.get(row.responsibleUserId) ?? 0) + row.plans);
  }
  const activeFiles = new Map<string | null, number>(
    (await selectActiveFilesByWorker(tx, centreId)).map((r) => [r.responsibleUserId, r.people]),
  );
  const rowOf = (id: string | null, files: number, overdue: number): TeamRow => ({
    files,
    activeFiles: activeFiles.get(id) ?? 0,
    openPlans: openPlans.get(id) ?? 0,
    evaluationsDue: evaluationsDue.get(id) ?? 0,
    overdue,
  });
  const workers = team.workers.map((w) => ({
    id: w.id,
    displayName: w.displayName,
    role: w.role,
    ...rowOf(w.id, w.files, w.overdue),
  }));
  const unassigned = rowOf(null, await countUnassignedFiles(tx, centreId), team.unassigned.overdue);
  const centre = await centreFigures(tx, ctx, period, today);
  await recordAudit(tx, ctx, {
    action: 'dashboard.team',
    details: { from: period.from, to: period.to, workers: workers.length },
  });
  return { today, period, workers, unassigned, centre };
}

/** The centre's deadline figures over a period (rules in docs/architecture.md, "Dashboards"). */
async function centreFigures(
  tx: TenantTx,
  ctx: CentreContext,
  period: { from: string; to: string },
  today: string,
) {
  const centreId = ctx.actor.centreId;
  const signatures = await selectFirstPiisSignatures(tx, centreId, period.from, period.to);
  const days = signatures.map((s) => daysToSignature(s.decisionDate, s.signedOn));
  const policy = await centrePolicy(tx, ctx);
  const plans = await selectSignedPlansFor(tx, centreId, period.from, period.to);
  const recorded = await selectEvaluationsOf(
    tx,
    centreId,
    plans.map((p) => p.trajectoryId),
  );
  const evaluationsOf = new Map<string, { heldOn: string; missed: boolean }[]>();
  for (const e of recorded) {
    const list = evaluationsOf.get(e.trajectoryId) ?? [];
    evaluationsOf.set(e.trajectoryId, list);
    list.push(e);
  }
  const slotted = plans.map((p) => ({
    startOn: p.startOn,
    slots: evaluationSchedule(p.startOn, p.plannedEndOn, policy).map((s) => s.date),
    evaluations: evaluationsOf.get(p.trajectoryId) ?? [],
    closedOn: p.closedOn,
  }));
  const onTime = evaluationsOnTime(slotted, period, today);
  const shows = await countEvaluationsIn(tx, centreId, period.from, period.to);
  return {
    daysToSignature: { median: medianDays(days), count: days.length },
    evaluationsOnTime: ratio(onTime.onTime, onTime.due),
    noShows: ratio(shows.missed, shows.recorded),
  };
}
