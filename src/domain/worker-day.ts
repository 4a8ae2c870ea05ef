/**
 * The worker's day: of everything the legal engine and the plans say, what is still to do, overdue
 * or due within the next 14 days, grouped the way a worker plans a week. Pure: the today page, the
 * team's counts and the calendar feed read the same answers.
 */
import type { CentrePolicy } from './centre-policy.ts';
import { addDays } from './dates.ts';
import { type DeadlineRule, type PlanFacts, planDeadlines } from './deadlines.ts';
import { addWorkingDays } from './working-days.ts';

/** How far ahead the today list looks. */
export const HORIZON_DAYS = 14;

/** Working days a receiving service or an approver has to answer before the item is overdue. */
export const ANSWER_WORKING_DAYS = 5;

export type DayGroup = 'overdue' | 'thisWeek' | 'later';

/** The rules of the today list: the engine's, and what plans and colleagues ask besides. */
export type WorkRule =
  | DeadlineRule
  /** An action of the plan with a date, not done nor dropped. */
  | 'action.due'
  /** The plan's planned end: close it with an outcome, or amend it. */
  | 'plan.end'
  /** A referral sent to my service (or to me) that waits for an answer. */
  | 'referral.awaitingAnswer'
  /** A sanction proposal that waits for my approval. */
  | 'sanction.awaitingApproval';

export interface PlanWork {
  key: string;
  rule: WorkRule;
  date: string;
  /** For an evaluation: whether it is one of those to hold in personal contact. */
  inPerson?: boolean;
  /** The action it speaks of, for action.due. */
  actionId?: string;
}

/** The last day of the list: today and the 14 days after it. */
export function horizonOf(today: string): string {
  return addDays(today, HORIZON_DAYS);
}

/** Sunday of the week that holds `today` (a Belgian week runs Monday to Sunday). */
export function endOfWeek(today: string): string {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
  return addDays(today, (7 - weekday) % 7);
}

/** Where an item falls, or null when it is beyond the list's horizon. */
export function groupOf(date: string, today: string): DayGroup | null {
  if (date < today) return 'overdue';
  if (date <= endOfWeek(today)) return 'thisWeek';
  if (date <= horizonOf(today)) return 'later';
  return null;
}

/** The day an answer (to a referral, to a sanction proposal) is due. */
export function answerDue(askedOn: string): string {
  return addWorkingDays(askedOn, ANSWER_WORKING_DAYS);
}

const BEFORE_SIGNATURE = new Set<WorkRule>(['piis.conclusion', 'piis.reflection', 'interview.onRequest']);

export interface PlanForDay {
  facts: PlanFacts;
  actions: readonly { id: string; dueOn: string | null; status: string }[];
}

/**
 * What a plan still asks, overdue or due by the horizon: the engine's open deadlines (a period that
 * only runs, like the reflection, is shown while it runs), the actions with a date still to do,
 * and the planned end of a plan not yet closed. The calendar feed looks further than 14 days.
 */
export function planWork(
  plan: PlanForDay,
  policy: CentrePolicy,
  today: string,
  horizon = horizonOf(today),
): PlanWork[] {
  if (plan.facts.closedOn !== null) return [];
  // Before it is signed a plan is a proposal: its evaluations, actions and end are not due yet.
  const signed = plan.facts.signedOn !== null;
  const work: PlanWork[] = [];
  for (const item of planDeadlines(plan.facts, policy, today)) {
    if (item.state === 'done' || item.date > horizon) continue;
    if (!signed && !BEFORE_SIGNATURE.has(item.rule)) continue;
    work.push({
      key: item.key,
      rule: item.rule,
      date: item.date,
      ...(item.inPerson === undefined ? {} : { inPerson: item.inPerson }),
    });
  }
  for (const action of signed ? plan.actions : []) {
    if (!action.dueOn || action.dueOn > horizon) continue;
    if (action.status === 'done' || action.status === 'dropped') continue;
    work.push({ key: `action.${action.id}`, rule: 'action.due', date: action.dueOn, actionId: action.id });
  }
  const end = plan.facts.plannedEndOn;
  // A plan becomes active when it is signed (a growth plan without signatures too).
  if (end && end <= horizon && signed) {
    work.push({ key: 'plan.end', rule: 'plan.end', date: end });
  }
  return work.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}
