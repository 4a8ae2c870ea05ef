/**
 * The worker's day (GET /today) and the team's (GET /today/team): what the legal engine and the
 * plans say is overdue or due within 14 days, for the people a worker follows, plus what
 * colleagues wait for from them (a referral to answer, a sanction proposal to approve).
 * Evaluations go to whoever holds the plan on their date: the receiving worker of an accepted
 * referral while it runs, otherwise the file's responsible worker (src/domain/responsibility.ts).
 */

import type { TenantTx } from '../../db/tenancy.ts';
import type { CentrePolicy } from '../../domain/centre-policy.ts';
import { calendarDate } from '../../domain/dates.ts';
import type { PlanFacts } from '../../domain/deadlines.ts';
import { holderOn } from '../../domain/responsibility.ts';
import {
  answerDue,
  type DayGroup,
  groupOf,
  horizonOf,
  planWork,
  type WorkRule,
} from '../../domain/worker-day.ts';
import { recordAudit } from '../audit/service.ts';
import { centrePolicy } from '../centre/service.ts';
import type { CentreContext } from '../context.ts';
import { Problem } from '../problem.ts';
import { mayApproveSanctions } from '../sanctions/policy.ts';
import { factsOf, toPlanVersion } from '../trajectories/service.ts';
import { selectWorkers } from '../workers/queries.ts';
import { dayAccessProblem } from './policy.ts';
import {
  selectEvaluationsOf,
  selectInterviewRequestsOf,
  selectOpenPlans,
  selectReferralPeriodsOf,
  selectReferralsAwaiting,
  selectSanctionsAwaitingApproval,
  selectUser,
} from './queries.ts';
import type { WorkItemOut } from './schemas.ts';

/** An item of work and who holds it (null: a file nobody is responsible for). */
export interface HeldWork {
  key: string;
  rule: WorkRule;
  date: string;
  person: { id: string; firstName: string; lastName: string };
  trajectoryId: string;
  subject: { type: 'trajectory' | 'referral' | 'sanction'; id: string };
  inPerson?: boolean;
  actionId?: string;
  /** For action.due: what the action is (the worker's own words in the plan). */
  detail?: string;
  holderId: string | null;
}

const groupBy = <T>(rows: readonly T[], keyOf: (row: T) => string) => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
};

/**
 * Every open item of the plans in scope up to `horizon`, each with its holder: one worker's
 * (`workerId`), or the whole centre's (null).
 */
export async function collectWork(
  tx: TenantTx,
  ctx: CentreContext,
  workerId: string | null,
  policy: CentrePolicy,
  today: string,
  horizon = horizonOf(today),
): Promise<HeldWork[]> {
  const centreId = ctx.actor.centreId;
  const plans = await selectOpenPlans(tx, centreId, workerId);
  const ids = plans.map((p) => p.trajectory.id);
  const [requests, evaluations, periods] = [
    await selectInterviewRequestsOf(tx, centreId, ids),
    await selectEvaluationsOf(tx, centreId, ids),
    await selectReferralPeriodsOf(tx, centreId, ids),
  ];
  const requestsOf = groupBy(requests, (r) => r.trajectoryId);
  const evaluationsOf = groupBy(evaluations, (e) => e.trajectoryId);
  const periodsOf = groupBy(periods, (r) => r.trajectoryId);
  const work: HeldWork[] = [];
  for (const plan of plans) {
    const id = plan.trajectory.id;
    const held: PlanFacts['evaluations'] = (evaluationsOf.get(id) ?? []).map((e) => ({
      heldOn: e.heldOn,
      mode: e.mode as PlanFacts['evaluations'][number]['mode'],
      missed: e.missed,
      nextOn: e.nextOn,
    }));
    const facts = factsOf(plan, requestsOf.get(id) ?? [], held);
    const actions = toPlanVersion(plan.current).actions;
    const whatOf = new Map(actions.map((a) => [a.id, a.what]));
    const person = { id: plan.personId, firstName: plan.firstName, lastName: plan.lastName };
    for (const item of planWork({ facts, actions }, policy, today, horizon)) {
      const holderId = item.rule.startsWith('evaluation.')
        ? holderOn(item.date, plan.responsibleUserId, periodsOf.get(id) ?? [])
        : plan.responsibleUserId;
      if (workerId !== null && holderId !== workerId) continue;
      work.push({
        key: `${id}:${item.key}`,
        rule: item.rule,
        date: item.date,
        person,
        trajectoryId: id,
        subject: { type: 'trajectory', id },
        ...(item.inPerson === undefined ? {} : { inPerson: item.inPerson }),
        ...(item.actionId === undefined
          ? {}
          : { actionId: item.actionId, detail: whatOf.get(item.actionId) ?? '' }),
        holderId,
      });
    }
  }
  for (const r of await selectReferralsAwaiting(tx, centreId, workerId)) {
    const date = answerDue(r.sentOn);
    if (date > horizon) continue;
    work.push({
      key: `referral:${r.referralId}:${r.answererId}`,
      rule: 'referral.awaitingAnswer',
      date,
      person: { id: r.personId, firstName: r.firstName, lastName: r.lastName },
      trajectoryId: r.trajectoryId,
      subject: { type: 'referral', id: r.referralId },
      holderId: r.answererId,
    });
  }
  return work;
}

const HREF: Record<HeldWork['subject']['type'], string> = {
  trajectory: '/api/v1/trajectories/',
  referral: '/api/v1/referrals/',
  sanction: '/api/v1/sanctions/',
};

function byDateThenName(a: HeldWork, b: HeldWork) {
  return (
    a.date.localeCompare(b.date) ||
    a.person.lastName.localeCompare(b.person.lastName) ||
    a.person.firstName.localeCompare(b.person.firstName) ||
    a.key.localeCompare(b.key)
  );
}

const emptyCounts = (): Record<DayGroup, number> => ({ overdue: 0, thisWeek: 0, later: 0 });

/** The today list of the caller, or of another worker of the centre for those who see the team. */
export async function workerDay(tx: TenantTx, ctx: CentreContext, query: { workerId?: string | undefined }) {
  const centreId = ctx.actor.centreId;
  const workerId = query.workerId ?? ctx.actor.userId;
  const refused = dayAccessProblem(ctx.actor, workerId);
  if (refused) throw refused;
  const worker = await selectUser(tx, centreId, workerId);
  if (!worker) throw new Problem('not-found', 'errors.workerNotFound');
  const today = ctx.clock.today();
  const horizon = horizonOf(today);
  const policy = await centrePolicy(tx, ctx);
  const work = await collectWork(tx, ctx, workerId, policy, today, horizon);
  if (mayApproveSanctions(worker.role, policy)) {
    for (const s of await selectSanctionsAwaitingApproval(tx, centreId)) {
      // Nobody approves their own proposal.
      if (s.proposedBy === workerId) continue;
      // A demo with a pinned day may hold proposals made "later" on the real clock: never after today.
      const proposedOn = [calendarDate(s.createdAt), today].sort()[0] ?? today;
      const date = answerDue(proposedOn);
      if (date > horizon) continue;
      work.push({
        key: `sanction:${s.sanctionId}`,
        rule: 'sanction.awaitingApproval',
        date,
        person: { id: s.personId, firstName: s.firstName, lastName: s.lastName },
        trajectoryId: s.trajectoryId,
        subject: { type: 'sanction', id: s.sanctionId },
        holderId: workerId,
      });
    }
  }
  work.sort(byDateThenName);
  const counts = emptyCounts();
  const items: WorkItemOut[] = [];
  for (const { holderId: _, ...item } of work) {
    const group = groupOf(item.date, today);
    if (!group) continue;
    counts[group]++;
    items.push({ ...item, group, href: `${HREF[item.subject.type]}${item.subject.id}` });
  }
  // A list of names is a read of those files: the trail names each person shown.
  await recordAudit(tx, ctx, {
    action: 'today.read',
    details: { workerId, returned: items.length, personIds: [...new Set(items.map((i) => i.person.id))] },
  });
  return {
    today,
    horizon,
    worker: { id: worker.id, displayName: worker.displayName },
    counts,
    items,
  };
}

/** Each worker's and lead's caseload and counts of due and overdue items: the team's workload. */
export async function teamDay(tx: TenantTx, ctx: CentreContext) {
  const today = ctx.clock.today();
  const policy = await centrePolicy(tx, ctx);
  const work = await collectWork(tx, ctx, null, policy, today);
  const countsOf = new Map<string | null, Record<DayGroup, number>>();
  // A referral to a service waits for each of its members: the team counts it once.
  const overdue = new Set<string>();
  for (const item of work) {
    const group = groupOf(item.date, today);
    if (!group) continue;
    if (group === 'overdue') {
      overdue.add(item.subject.type === 'referral' ? `referral:${item.subject.id}` : item.key);
    }
    const counts = countsOf.get(item.holderId) ?? emptyCounts();
    countsOf.set(item.holderId, counts);
    counts[group]++;
  }
  const workers = (await selectWorkers(tx, ctx.actor.centreId)).map((w) => ({
    id: w.id,
    displayName: w.displayName,
    role: w.role,
    files: w.files,
    ...(countsOf.get(w.id) ?? emptyCounts()),
  }));
  await recordAudit(tx, ctx, { action: 'today.team', details: { workers: workers.length } });
  return { today, overdue: overdue.size, workers, unassigned: countsOf.get(null) ?? emptyCounts() };
}
