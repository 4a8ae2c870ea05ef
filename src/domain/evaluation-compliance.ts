/**
 * Whether a plan keeps to the evaluation minimum of the current plan year (DOMAIN.md §3: at least
 * 3 per 12 months, 2 of them in personal contact, or the centre's stricter policy): met, on track
 * (what is still scheduled this year is enough), at risk (it is not), or not met (the year ended
 * short). A missed appointment (the person did not come) counts for nothing here.
 */
import { type CentrePolicy, evaluationsFor } from './centre-policy.ts';
import { daysBetween, lastDayOfMonths } from './dates.ts';
import { type EvaluationFact, evaluationPlan } from './evaluation-schedule.ts';

export type { EvaluationMode } from './evaluation-schedule.ts';
export const COMPLIANCE_STATES = ['met', 'onTrack', 'atRisk', 'notMet'] as const;
export type ComplianceState = (typeof COMPLIANCE_STATES)[number];

/** An evaluation recorded; its next date, when given, moves the schedule (evaluation-schedule.ts). */
export type EvaluationHeld = Omit<EvaluationFact, 'nextOn'> & { nextOn?: string | null };

export interface Compliance {
  state: ComplianceState;
  /** The plan year it speaks of: [from, to], at most 12 months, cut at the planned end. */
  from: string;
  to: string;
  required: number;
  requiredInPerson: number;
  held: number;
  heldInPerson: number;
  /** Suggested evaluations still ahead in the year (from today on), as the schedule now stands. */
  scheduledAhead: number;
}

/** The plan year that holds `today` (the last one once the plan has ended) and what was held in it. */
function planYearCounts(
  plan: { startOn: string; plannedEndOn: string },
  evaluations: readonly EvaluationHeld[],
  policy: CentrePolicy,
  today: string,
) {
  let from = plan.startOn;
  while (lastDayOfMonths(from, 12) < today && lastDayOfMonths(from, 12) < plan.plannedEndOn) {
    from = lastDayOfMonths(from, 12);
    from = new Date(Date.parse(`${from}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  }
  const yearEnd = lastDayOfMonths(from, 12);
  // The earlier of the two days (ISO dates sort as the days they name; Math.min would not).
  const [to = yearEnd] = [yearEnd, plan.plannedEndOn].sort();
  const length = daysBetween(from, to);
  const required = evaluationsFor(policy, length);
  const requiredInPerson = Math.min(
    required,
    Math.max(1, Math.ceil((policy.inPersonMinimum * length) / 365 - 1e-9)),
  );
  const inYear = evaluations.filter((e) => !e.missed && e.heldOn >= from && e.heldOn <= to);
  const held = inYear.length;
  const heldInPerson = inYear.filter((e) => e.mode === 'inPerson').length;
  const enough = held >= required && heldInPerson >= requiredInPerson;
  return { from, to, required, requiredInPerson, held, heldInPerson, enough };
}

/**
 * Met, not met, or not decided yet (the plan year is still running and short of the minimum),
 * without the schedule ahead: what the yearly report needs for thousands of plans at once.
 */
export function evaluationMinimum(
  plan: { startOn: string; plannedEndOn: string },
  evaluations: readonly EvaluationHeld[],
  policy: CentrePolicy,
  today: string,
): 'met' | 'notMet' | null {
  const year = planYearCounts(plan, evaluations, policy, today);
  if (year.enough) return 'met';
  return today > year.to ? 'notMet' : null;
}

export function evaluationCompliance(
  plan: { startOn: string; plannedEndOn: string },
  evaluations: readonly EvaluationHeld[],
  policy: CentrePolicy,
  today: string,
): Compliance {
  const { from, to, required, requiredInPerson, held, heldInPerson, enough } = planYearCounts(
    plan,
    evaluations,
    policy,
    today,
  );
  // The schedule as it has moved with the evaluations held: what it still suggests in this year.
  const scheduledAhead = evaluationPlan(plan.startOn, plan.plannedEndOn, evaluations, policy).filter(
    (e) => e.heldOn === null && e.date >= today && e.date <= to,
  ).length;
  let state: ComplianceState;
  if (enough) state = 'met';
  else if (today > to) state = 'notMet';
  else {
    // Each evaluation still ahead may be held in person: enough slots for both counts?
    const missing = Math.max(required - held, requiredInPerson - heldInPerson, 0);
    state = scheduledAhead >= missing ? 'onTrack' : 'atRisk';
  }
  return { state, from, to, required, requiredInPerson, held, heldInPerson, scheduledAhead };
}
