/**
 * The arithmetic of the yearly figures (DOMAIN.md §4, the single report): age bands, the order of
 * outcomes, sanction bands, shares, progress from the starting point, achieved against target and
 * cost per trajectory. Pure: the annual report, the dashboards and the federal view compute the
 * same numbers from the same rules, and the SQL aggregates are tested against these. Small-cell
 * suppression lives in `reports/suppression.ts`.
 */
import { ageOn, lastDayOfMonths } from './dates.ts';

export {
  HIDDEN,
  type ShownCount,
  type SuppressedTable,
  suppress,
  suppressTable,
} from './reports/suppression.ts';

// ---------------------------------------------------------------------------------------------
// Participants

/** The age bands of the single report, youngest first (the order of its columns). */
export const AGE_BANDS = ['under25', '25to34', '35to44', '45to54', '55plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * The age band of a person on a day (the report counts age on 31 December of its year; the
 * caller names the day). Age is counted as the law counts it (`ageOn`): someone born on 29
 * February turns a year older on 1 March in a year without one.
 *
 * @throws RangeError when the person is born after the day: a report that counts them is reading
 *   the wrong year, and a silent "under 25" would hide it.
 */
export function ageBand(birthDate: string, onDay: string): AgeBand {
  const age = ageOn(birthDate, onDay);
  if (age < 0) throw new RangeError(`born ${birthDate}, after ${onDay}`);
  if (age < 25) return 'under25';
  if (age < 35) return '25to34';
  if (age < 45) return '35to44';
  if (age < 55) return '45to54';
  return '55plus';
}

// ---------------------------------------------------------------------------------------------
// Outcomes

/**
 * How a social-activation trajectory ended. Defined here, in the domain, as ORIENTATIONS is in
 * deadlines.ts; the trajectories feature imports it from here.
 */
export const OUTCOMES = [
  'socioProfessional',
  'reinforcedAutonomy',
  'volunteering',
  'employment',
  'studiesCompleted',
  'stoppedByPerson',
  'movedToAnotherCentre',
  'endOfRight',
  'other',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * The four result indicators the federal administration asks for, in the order of its form:
 * (a) a socio-professional path, (b) reinforced autonomy, (c) volunteering, (d) a job.
 */
export const RESULT_INDICATORS = [
  'socioProfessional',
  'reinforcedAutonomy',
  'volunteering',
  'employment',
] as const satisfies readonly Outcome[];
export type ResultIndicator = (typeof RESULT_INDICATORS)[number];

export function isResultIndicator(outcome: Outcome): outcome is ResultIndicator {
  return (RESULT_INDICATORS as readonly Outcome[]).includes(outcome);
}

/**
 * The outcomes given, each once, in the report's order: the result indicators first in the
 * form's order, then the others in OUTCOMES order. Built from both lists rather than from OUTCOMES
 * alone, so that a new outcome added at the top of OUTCOMES cannot push an indicator down.
 */
export function outcomeOrder(outcomes: Iterable<Outcome>): Outcome[] {
  const given = new Set(outcomes);
  return [
    ...RESULT_INDICATORS.filter((o) => given.has(o)),
    ...OUTCOMES.filter((o) => !isResultIndicator(o) && given.has(o)),
  ];
}

// ---------------------------------------------------------------------------------------------
// Sanctions

/**
 * Duration bands of a suspension, shortest first. The law allows 1 month, or 3 months when
 * another sanction was decided in the 12 months before (sanctions.ts): "up to 1 month" ends on
 * the same day the law's 1-month check ends (a calendar month, not 30 days), so every first
 * sanction falls in the first three bands and "over 1 month" counts exactly those that used the
 * repeat allowance. Weeks are 7 and 14 calendar days, both ends included.
 */
export const SANCTION_DURATION_BANDS = ['upTo1Week', 'upTo2Weeks', 'upTo1Month', 'over1Month'] as const;
export type SanctionDurationBand = (typeof SANCTION_DURATION_BANDS)[number];

const DAY_MS = 86_400_000;

/** Calendar days from the first to the last day, both included. */
function daysIncluded(startOn: string, endOn: string): number {
  return (Date.parse(`${endOn}T00:00:00Z`) - Date.parse(`${startOn}T00:00:00Z`)) / DAY_MS + 1;
}

/**
 * The duration band of a suspension from its first to its last day (both included).
 *
 * @throws RangeError when it ends before it starts (the sanction feature refuses such a period).
 */
export function sanctionDurationBand(startOn: string, endOn: string): SanctionDurationBand {
  if (endOn < startOn) throw new RangeError(`ends ${endOn} before it starts ${startOn}`);
  const days = daysIncluded(startOn, endOn);
  if (days <= 7) return 'upTo1Week';
  if (days <= 14) return 'upTo2Weeks';
  if (endOn <= lastDayOfMonths(startOn, 1)) return 'upTo1Month';
  return 'over1Month';
}

/** Suspension of the whole integration income or of a part (features/sanctions EXTENTS). */
export const SANCTION_EXTENTS = ['total', 'partial'] as const;
export type SanctionExtent = (typeof SANCTION_EXTENTS)[number];

/** The kinds the report counts: the extent, and whether it was decided with sursis (suspended). */
export const SANCTION_KINDS = ['total', 'totalSuspended', 'partial', 'partialSuspended'] as const;
export type SanctionKind = (typeof SANCTION_KINDS)[number];

export function sanctionKindKey(sanction: { extent: SanctionExtent; suspended: boolean }): SanctionKind {
  return sanction.suspended ? `${sanction.extent}Suspended` : sanction.extent;
}

// ---------------------------------------------------------------------------------------------
// Shares

/** One decimal of a percent: the report shows 33.3 %, so the ratio keeps 3 decimals. */
const SHARE_STEPS = 1000;

function assertCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} ${value} is not a count`);
}

/**
 * numerator / denominator as a ratio rounded to a tenth of a percent (1/3 → 0.333, shown 33.3 %),
 * halves rounded up (1/16 → 0.063); null when the denominator is 0, so a report shows "–" rather
 * than NaN or 0 %. May exceed 1 (12 achieved against a target of 10 → 1.2).
 *
 * Rounded from `numerator * 1000 / denominator`, one division of integers, so a true half
 * (1/80 = 1.25 %) is exactly representable and is not lost to a float error.
 *
 * @throws RangeError when either is not a count (a negative, fractional or NaN input is a bug in
 *   the caller, never a figure).
 */
export function share(numerator: number, denominator: number): number | null {
  assertCount(numerator, 'numerator');
  assertCount(denominator, 'denominator');
  if (denominator === 0) return null;
  return Math.round((numerator * SHARE_STEPS) / denominator) / SHARE_STEPS;
}

/** A convention objective beside what was achieved; a target of 0 or none has no share. */
export interface AchievedAgainstTarget {
  achieved: number;
  target: number | null;
  share: number | null;
}

export function achievedAgainstTarget(achieved: number, target?: number | null): AchievedAgainstTarget {
  assertCount(achieved, 'achieved');
  if (target === undefined || target === null) return { achieved, target: null, share: null };
  return { achieved, target, share: share(achieved, target) };
}

// ---------------------------------------------------------------------------------------------
// Progress from the starting point

/** One measurement of one domain, one side (the worker's score or the person's, never mixed). */
export interface DatedScore {
  measuredOn: string;
  /** null when this side was not scored on that measurement. */
  score: number | null;
}

export const PROGRESS_DIRECTIONS = ['improved', 'stayed', 'declined'] as const;
export type ProgressDirection = (typeof PROGRESS_DIRECTIONS)[number];

export interface ProgressChange {
  baseline: number;
  latest: number;
  change: number;
  direction: ProgressDirection;
}

/**
 * A person's change from their starting point in one domain: the first score is the baseline, the
 * last is where they stand. null with fewer than two scores: one point is a starting point, not
 * progress, and counting it as "stayed" would flatter the figures.
 *
 * Scores are ordered by day; scores of the same day keep the order given (the caller gives them
 * in recording order, as progress.ts sorts them). The caller passes scores on one scale only, as
 * progress.ts counts a change only between points of the same scale.
 */
export function progressChange(scores: readonly DatedScore[]): ProgressChange | null {
  const scored = scores
    .filter((s): s is DatedScore & { score: number } => s.score !== null)
    .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  if (scored.length < 2) return null;
  const baseline = (scored[0] as { score: number }).score;
  const latest = (scored[scored.length - 1] as { score: number }).score;
  const change = latest - baseline;
  const direction = change > 0 ? 'improved' : change < 0 ? 'declined' : 'stayed';
  return { baseline, latest, change, direction };
}

export interface ProgressSummary {
  /** People with two scores or more: the denominator of everything below. */
  measured: number;
  counts: Record<ProgressDirection, number>;
  /** Mean of the changes, 2 decimals, halves away from zero; null when nobody was measured twice. */
  meanChange: number | null;
  shares: Record<ProgressDirection, number | null>;
}

/**
 * Rounds halves away from zero, so a mean decline of 0.125 reads −0.13 as a rise of 0.125 reads
 * 0.13; and never returns −0, which a table would print as "-0".
 */
function roundHalfAwayFromZero(value: number, decimals: number): number {
  const steps = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * steps)) / steps;
  return rounded === 0 ? 0 : rounded;
}

/**
 * One instrument domain, one side, across people: each entry is one person's scores. Each share
 * is rounded on its own, so the three may add up to 99.9 % or 100.1 %; they are not forced to
 * 100 %, which would change a true figure to please a total.
 */
export function progressSummary(people: readonly (readonly DatedScore[])[]): ProgressSummary {
  const changes = people.map(progressChange).filter((c): c is ProgressChange => c !== null);
  const counts: Record<ProgressDirection, number> = { improved: 0, stayed: 0, declined: 0 };
  let sum = 0;
  for (const c of changes) {
    counts[c.direction] += 1;
    sum += c.change;
  }
  const measured = changes.length;
  return {
    measured,
    counts,
    meanChange: measured ? roundHalfAwayFromZero(sum / measured, 2) : null,
    shares: {
      improved: share(counts.improved, measured),
      stayed: share(counts.stayed, measured),
      declined: share(counts.declined, measured),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Costs

/** A cost recorded on a trajectory, in euro cents. */
export interface TrajectoryCost {
  trajectoryId: string;
  cents: number;
}

export interface CostPerTrajectory {
  /** Sum of every recorded cost, in cents. */
  totalCents: number;
  /** Trajectories with at least one recorded cost: the denominator. */
  trajectories: number;
  /** totalCents / trajectories, to the nearest cent (halves up); null when no cost was recorded. */
  perTrajectoryCents: number | null;
}

/**
 * Total and mean cost per trajectory, over the trajectories with a recorded cost only: one without
 * a record has an unknown cost, not a cost of 0 €, and would pull the mean down. In whole cents:
 * integers add up exactly, where sums of euros in floating point drift (0.1 + 0.2).
 *
 * @throws RangeError on an amount that is not a non-negative whole number of cents, or a total
 *   too large to add exactly.
 */
/** The mean cost of a plan in whole cents, halves up; null with no plan (a frozen year keeps only the totals). */
export function perTrajectoryCents(totalCents: number, trajectories: number): number | null {
  assertCount(totalCents, 'cents');
  assertCount(trajectories, 'trajectories');
  return trajectories ? Math.round(totalCents / trajectories) : null;
}

export function costPerTrajectory(costs: readonly TrajectoryCost[]): CostPerTrajectory {
  let totalCents = 0;
  const trajectories = new Set<string>();
  for (const cost of costs) {
    assertCount(cost.cents, 'cents');
    totalCents += cost.cents;
    trajectories.add(cost.trajectoryId);
  }
  if (!Number.isSafeInteger(totalCents)) throw new RangeError('total cost too large to add exactly');
  return {
    totalCents,
    trajectories: trajectories.size,
    perTrajectoryCents: perTrajectoryCents(totalCents, trajectories.size),
  };
}
