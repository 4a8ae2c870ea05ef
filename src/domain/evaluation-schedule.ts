/**
 * When a plan's evaluations fall (DOMAIN.md §3: at least 3 per 12 months, 2 of them in personal
 * contact, or the centre's stricter policy). The plan suggests dates spread over its length; once
 * evaluations happen, the schedule moves with them: what is still to hold is spread again from the
 * last evaluation held to the planned end, and a next date the worker agreed with the person comes
 * first. A missed appointment (the person did not come) counts for nothing here.
 */
import { type CentrePolicy, evaluationsFor } from './centre-policy.ts';
import { addDays, addMonths, daysBetween } from './dates.ts';
import { onOrAfterWorkingDay, onOrBeforeWorkingDay } from './working-days.ts';

/** In person, remote (by phone or video), or written (on paper). */
export const EVALUATION_MODES = ['inPerson', 'remote', 'written'] as const;
export type EvaluationMode = (typeof EVALUATION_MODES)[number];

/** An evaluation as the rules read it. */
export interface EvaluationFact {
  heldOn: string;
  mode: EvaluationMode;
  /** The person did not come: recorded, counted in the no-show figures, not as an evaluation. */
  missed: boolean;
  /** The next date agreed at it, when one was. */
  nextOn: string | null;
}

export interface ScheduledEvaluation {
  /** The day it was held, or the day suggested for it. */
  date: string;
  /** Held in person, or (still to hold) one of those to hold in personal contact. */
  inPerson: boolean;
  /** Set when an evaluation held fills this place of the schedule. */
  heldOn: string | null;
}

const minDay = (a: string, b: string) => (a < b ? a : b);

/**
 * Suggested evaluation dates, spread evenly from the start to the planned end (the last one on the
 * end itself), each on a working day: moved forward past a weekend or holiday, or back when that
 * would pass the end. The first ones (as many as the policy's in-person minimum asks for the
 * plan's length) are marked to hold in personal contact.
 */
export function evaluationSchedule(
  startOn: string,
  plannedEndOn: string,
  policy: CentrePolicy,
): { date: string; inPerson: boolean }[] {
  const length = daysBetween(startOn, plannedEndOn);
  if (length <= 0) return [];
  const years = length / 365;
  const count =
    policy.evaluation.kind === 'everyMonths'
      ? Math.max(1, everyMonthsCount(startOn, plannedEndOn, policy.evaluation.months))
      : evaluationsFor(policy, length);
  const inPerson = Math.min(count, Math.max(1, Math.ceil(policy.inPersonMinimum * years - 1e-9)));
  const dates: string[] = [];
  for (let k = 1; k <= count; k++) {
    const ideal =
      policy.evaluation.kind === 'everyMonths'
        ? minDay(addMonths(startOn, k * policy.evaluation.months), plannedEndOn)
        : addDays(startOn, Math.round((k * length) / count));
    const forward = onOrAfterWorkingDay(ideal);
    dates.push(forward <= plannedEndOn ? forward : onOrBeforeWorkingDay(ideal));
  }
  return dates.map((date, index) => ({ date, inPerson: index < inPerson }));
}

function everyMonthsCount(startOn: string, plannedEndOn: string, months: number): number {
  let count = 0;
  while (addMonths(startOn, (count + 1) * months) <= plannedEndOn) count++;
  // A remainder of the plan after the last full period still ends with an evaluation.
  return addMonths(startOn, count * months) < plannedEndOn ? count + 1 : count;
}

/**
 * `count` dates spread evenly after `from` up to `to` (the last on `to`), on working days. Under a
 * policy of one evaluation every N months none is further than N months from the one before. With
 * no room left (from on or after to), they all fall due on the planned end.
 */
function spread(from: string, to: string, count: number, policy: CentrePolicy): string[] {
  const length = daysBetween(from, to);
  if (length <= 0) return Array.from({ length: count }, () => onOrBeforeWorkingDay(to));
  const dates: string[] = [];
  for (let k = 1; k <= count; k++) {
    let ideal = addDays(from, Math.round((k * length) / count));
    if (policy.evaluation.kind === 'everyMonths')
      ideal = minDay(ideal, addMonths(from, k * policy.evaluation.months));
    const forward = onOrAfterWorkingDay(ideal);
    const back = onOrBeforeWorkingDay(ideal);
    dates.push(forward <= to || back <= from ? forward : back);
  }
  return dates;
}

const byDay = (a: { heldOn: string }, b: { heldOn: string }) => a.heldOn.localeCompare(b.heldOn);

/**
 * The plan's evaluations as they stand: the evaluations held (in date order, missed ones left
 * out), then suggestions for what the policy still asks over the plan's length (as many as it asks
 * in all, and enough in personal contact: three held remotely leave two to hold in person). After the last evaluation held the rest are spread again from its date to the planned
 * end; the latest next date agreed since (at that evaluation or at a missed appointment after it)
 * is the next suggestion, and the rest are spread from it. Before anything is held and with no
 * next date agreed, the suggestions are those of evaluationSchedule. The first suggestions still
 * to hold are marked in person until the in-person minimum is reached with those held.
 */
export function evaluationPlan(
  startOn: string,
  plannedEndOn: string,
  evaluations: readonly (Omit<EvaluationFact, 'nextOn'> & { nextOn?: string | null })[],
  policy: CentrePolicy,
): ScheduledEvaluation[] {
  const planned = evaluationSchedule(startOn, plannedEndOn, policy);
  const records = [...evaluations].sort(byDay);
  const heldAll = records.filter((e) => !e.missed);
  const held = heldAll.map((e) => ({ date: e.heldOn, inPerson: e.mode === 'inPerson', heldOn: e.heldOn }));
  const inPersonWanted = planned.filter((p) => p.inPerson).length;
  const inPersonMissing = Math.max(0, inPersonWanted - held.filter((h) => h.inPerson).length);
  // As many as the policy asks, and as many in personal contact: a remote one does not make up for them.
  const left = planned.length === 0 ? 0 : Math.max(planned.length - held.length, inPersonMissing);
  if (left === 0) return held;
  const last = heldAll.at(-1);
  const since = last ? records.filter((e) => e.heldOn >= last.heldOn) : records;
  const agreed = [...since].reverse().find((e) => e.nextOn)?.nextOn ?? null;
  const dates = agreed
    ? [agreed, ...spread(agreed, plannedEndOn, left - 1, policy)]
    : last
      ? spread(last.heldOn, plannedEndOn, left, policy)
      : planned.slice(0, left).map((p) => p.date);
  let inPersonLeft = inPersonMissing;
  const suggested = dates.map((date) => {
    const inPerson = inPersonLeft > 0;
    if (inPerson) inPersonLeft--;
    return { date, inPerson, heldOn: null };
  });
  return [...held, ...suggested];
}
