/**
 * The legal and policy engine of a plan (DOMAIN.md §3): from the plan's facts and the centre's
 * policy, every date that matters, each naming the rule that produced it and what closes it. Pure:
 * the API, the worker's day and the yearly figures all read these same answers.
 */
import type { CentrePolicy } from './centre-policy.ts';
import { addDays, addMonths, lastDayOfMonths } from './dates.ts';
import { evaluationCompliance } from './evaluation-compliance.ts';
import { type EvaluationFact, evaluationPlan } from './evaluation-schedule.ts';
import { addWorkingDays } from './working-days.ts';

export { evaluationSchedule } from './evaluation-schedule.ts';

export const DEADLINE_RULES = [
  /** A PIIS is concluded within 3 months of the decision (or its notification, by policy). */
  'piis.conclusion',
  /** The reflection period the person asked for: no signature before it has run. */
  'piis.reflection',
  /** A suggested evaluation: at least 3 per 12 months, 2 of them in personal contact (policy). */
  'evaluation.scheduled',
  /**
   * The plan year's minimum is at risk: what is still suggested this year is not enough (e.g. the
   * in-person ones). Shown while it is, dated today: an evaluation to arrange now.
   */
  'evaluation.minimum',
  /** An interview the person asks for takes place within 5 working days. */
  'interview.onRequest',
  /** A social-activation trajectory lasts at most 1 year. */
  'activation.maxDuration',
  /** The 10 % PIIS subsidy runs a year; a second year needs a written motivation before it ends. */
  'subsidy.extension',
  /** The PIIS subsidy ends after 2 years at most. */
  'subsidy.end',
] as const;
export type DeadlineRule = (typeof DEADLINE_RULES)[number];

export type DeadlineState = 'done' | 'due' | 'overdue';

export interface DeadlineItem {
  /** Stable within a plan: the rule, and a number when the rule gives several dates. */
  key: string;
  rule: DeadlineRule;
  date: string;
  state: DeadlineState;
  /** What makes it done: signing, an evaluation, holding the interview, closing, a motivation, time. */
  closedBy: 'signature' | 'evaluation' | 'interview' | 'closure' | 'motivation' | 'time';
  /** For an evaluation: whether it is one of those to hold in personal contact. */
  inPerson?: boolean;
}

export const ORIENTATIONS = [
  'employment',
  'training',
  'studies',
  'socialIntegration',
  'socialActivation',
  'communityService',
] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** What the engine needs to know of a plan. */
export interface PlanFacts {
  form: 'piis' | 'growthPlan';
  orientations: readonly Orientation[];
  decisionDate: string | null;
  notificationDate: string | null;
  informedOn: string | null;
  reflectionRequested: boolean;
  signedOn: string | null;
  startOn: string | null;
  plannedEndOn: string | null;
  closedOn: string | null;
  /** Evaluations recorded, missed appointments included, in any order. */
  evaluations: readonly EvaluationFact[];
  interviewRequests: readonly { requestedOn: string; heldOn: string | null }[];
  subsidyExtensionMotivatedOn: string | null;
}

/** The day the 3 months run out, from the anchor the centre chose; null when that date is unknown. */
export function conclusionDeadline(
  facts: Pick<PlanFacts, 'decisionDate' | 'notificationDate'>,
  policy: CentrePolicy,
): string | null {
  const anchor = policy.deadlineAnchor === 'decision' ? facts.decisionDate : facts.notificationDate;
  return anchor ? addMonths(anchor, 3) : null;
}

/** The last day of the reflection period that starts the day after the person was informed. */
export function reflectionEnd(informedOn: string, policy: CentrePolicy): string {
  return policy.reflectionDayKind === 'working'
    ? addWorkingDays(informedOn, policy.reflectionDays)
    : addDays(informedOn, policy.reflectionDays);
}

/** The first day the plan may be signed when the person asked for the reflection period. */
export function firstSigningDay(informedOn: string, policy: CentrePolicy): string {
  return addDays(reflectionEnd(informedOn, policy), 1);
}

/** The day by which an interview the person asked for must have taken place. */
export function interviewDeadline(requestedOn: string): string {
  return addWorkingDays(requestedOn, 5);
}

/**
 * The day before the n-th anniversary of a day: the last day of a period of n years that starts on
 * it. A period starting on 29 February ends on 28 February of a common year (its anniversary is
 * 1 March then), not on the 27th.
 */
export function lastDayOfYears(startOn: string, years: number): string {
  return lastDayOfMonths(startOn, 12 * years);
}

/** The last day a social-activation trajectory may run: one year, the start day included. */
export function activationLastDay(startOn: string): string {
  return lastDayOfYears(startOn, 1);
}

/** Null, or the rule a planned end breaks. */
export function plannedEndProblem(
  facts: Pick<PlanFacts, 'orientations' | 'startOn' | 'plannedEndOn'>,
): 'validation.endBeforeStart' | 'validation.activationMaxOneYear' | null {
  if (!facts.startOn || !facts.plannedEndOn) return null;
  if (facts.plannedEndOn < facts.startOn) return 'validation.endBeforeStart';
  if (
    facts.orientations.includes('socialActivation') &&
    facts.plannedEndOn > activationLastDay(facts.startOn)
  ) {
    return 'validation.activationMaxOneYear';
  }
  return null;
}

/**
 * While a signed plan's yearly minimum is at risk, one more evaluation to arrange now (in person
 * when those are what is short); nothing once the minimum is met, on track, or the year is over.
 */
function minimumItem(
  facts: PlanFacts,
  plan: { startOn: string; plannedEndOn: string },
  policy: CentrePolicy,
  today: string,
): DeadlineItem | null {
  if (facts.signedOn === null || facts.closedOn !== null) return null;
  const compliance = evaluationCompliance(plan, facts.evaluations, policy, today);
  if (compliance.state !== 'atRisk') return null;
  return {
    key: 'evaluation.minimum',
    rule: 'evaluation.minimum',
    date: today,
    state: 'due',
    closedBy: 'evaluation',
    inPerson: compliance.heldInPerson < compliance.requiredInPerson,
  };
}

function stateOf(date: string, done: boolean, today: string): DeadlineState {
  if (done) return 'done';
  return today > date ? 'overdue' : 'due';
}

/** Every date of the plan, in date order; each item names its rule and what closes it. */
export function planDeadlines(facts: PlanFacts, policy: CentrePolicy, today: string): DeadlineItem[] {
  const items: DeadlineItem[] = [];
  const closed = facts.closedOn !== null;
  const conclusion = facts.form === 'piis' ? conclusionDeadline(facts, policy) : null;
  if (conclusion) {
    items.push({
      key: 'piis.conclusion',
      rule: 'piis.conclusion',
      date: conclusion,
      state: stateOf(conclusion, facts.signedOn !== null || closed, today),
      closedBy: 'signature',
    });
  }
  if (facts.informedOn && facts.reflectionRequested) {
    const end = reflectionEnd(facts.informedOn, policy);
    items.push({
      key: 'piis.reflection',
      rule: 'piis.reflection',
      date: end,
      // Time closes it; nothing is ever late about a period that runs.
      state: today > end || facts.signedOn !== null ? 'done' : 'due',
      closedBy: 'time',
    });
  }
  const start = facts.startOn ?? facts.signedOn;
  if (start && facts.plannedEndOn) {
    evaluationPlan(start, facts.plannedEndOn, facts.evaluations, policy).forEach((place, index) => {
      items.push({
        key: `evaluation.${index + 1}`,
        rule: 'evaluation.scheduled',
        date: place.date,
        state: place.heldOn !== null || closed ? 'done' : stateOf(place.date, false, today),
        closedBy: 'evaluation',
        inPerson: place.inPerson,
      });
    });
    const minimum = minimumItem(facts, { startOn: start, plannedEndOn: facts.plannedEndOn }, policy, today);
    if (minimum) items.push(minimum);
  }
  facts.interviewRequests.forEach((request, index) => {
    const date = interviewDeadline(request.requestedOn);
    items.push({
      key: `interview.${index + 1}`,
      rule: 'interview.onRequest',
      date,
      state: stateOf(date, request.heldOn !== null, today),
      closedBy: 'interview',
    });
  });
  if (start && facts.orientations.includes('socialActivation')) {
    const last = activationLastDay(start);
    items.push({
      key: 'activation.maxDuration',
      rule: 'activation.maxDuration',
      date: last,
      state: stateOf(last, closed, today),
      closedBy: 'closure',
    });
  }
  if (facts.form === 'piis' && policy.subsidyWarnings && start) {
    const firstYearEnd = lastDayOfYears(start, 1);
    items.push({
      key: 'subsidy.extension',
      rule: 'subsidy.extension',
      date: firstYearEnd,
      state: stateOf(firstYearEnd, facts.subsidyExtensionMotivatedOn !== null || closed, today),
      closedBy: 'motivation',
    });
    const end = lastDayOfYears(start, 2);
    items.push({
      key: 'subsidy.end',
      rule: 'subsidy.end',
      date: end,
      state: today > end || closed ? 'done' : 'due',
      closedBy: 'time',
    });
  }
  return items.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}
