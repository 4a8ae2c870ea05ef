/**
 * The arithmetic of the dashboards (issue 10): the period a lead looks at, the median of day
 * counts, and the centre's deadline figures as "numerator of denominator" with their share. Pure:
 * the SQL only gathers dates, the rules below turn them into figures (docs/architecture.md,
 * "Dashboards").
 */
import { addDays, addMonths, daysBetween, lastDayOfMonths } from './dates.ts';
import { share } from './reports.ts';

/** Plans ending soon on the worker's dashboard: a planned end from today to 60 days ahead. */
export const ENDING_SOON_DAYS = 60;
/** Evaluations due on the team table: from today to 30 days ahead. */
export const EVALUATIONS_AHEAD_DAYS = 30;
/** The longest period the team figures may cover. */
export const MAX_PERIOD_MONTHS = 36;

/** A figure with what it is computed on, so a screen can say "12 of 40". */
export interface Ratio {
  numerator: number;
  denominator: number;
  /** numerator / denominator to a tenth of a percent (reports.ts `share`); null when nothing to count. */
  share: number | null;
}

export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, share: share(numerator, denominator) };
}

/** The default period: the 12 months ending today (from = today − 12 months + 1 day). */
export function defaultPeriod(today: string): { from: string; to: string } {
  return { from: addDays(addMonths(today, -12), 1), to: today };
}

export type PeriodProblem = 'endBeforeStart' | 'tooLong';

/**
 * Why a period cannot be used, or null: its end before its start, or longer than 3 years (the
 * last day allowed is the last day of 36 months from `from`: 2024-01-01 → 2026-12-31).
 */
export function periodProblem(from: string, to: string): PeriodProblem | null {
  if (to < from) return 'endBeforeStart';
  if (to > lastDayOfMonths(from, MAX_PERIOD_MONTHS)) return 'tooLong';
  return null;
}

/**
 * The median of whole day counts: the middle one, or the mean of the two middle ones for an even
 * count (which may be a half day: 10 and 13 → 11.5); null for none.
 */
export function medianDays(days: readonly number[]): number | null {
  for (const d of days) {
    if (!Number.isSafeInteger(d)) throw new RangeError(`${d} is not a whole number of days`);
  }
  if (days.length === 0) return null;
  const sorted = [...days].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] as number;
  return ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Calendar days from the decision to the signature (0 when signed on the day of the decision). */
export function daysToSignature(decisionDate: string, signedOn: string): number {
  return daysBetween(decisionDate, signedOn);
}

/** A plan's evaluation slots and what was recorded, as the on-time rule reads them. */
export interface PlanSlots {
  /** The start of the version in force: an evaluation before it (under an earlier version) meets no slot. */
  startOn: string;
  /** The dates of its evaluation schedule (evaluationSchedule of the version in force). */
  slots: readonly string[];
  evaluations: readonly { heldOn: string; missed: boolean }[];
  /** The plan's closing day: slots after it never fall due. */
  closedOn: string | null;
}

/**
 * Evaluations on time over a period, slot by slot. A plan's slots are the dates of the schedule
 * its version in force set (evaluationSchedule: as many as the policy asks, spread over the plan).
 * A slot falls due in the period when its date is in [from, to], before today (a slot due today
 * may still be met) and not after the plan closed. A slot is met on time when an evaluation was
 * held (not missed) in its window: after the date of the slot before it (for the first slot: from
 * the start of the version in force) and on or before its own date. Two evaluations in one window meet one slot; a late
 * one meets the next slot when it falls in that slot's window, so one lateness is not carried
 * forever. The in-person share is not part of this figure (evaluationCompliance reports it per
 * plan).
 */
export function evaluationsOnTime(
  plans: readonly PlanSlots[],
  period: { from: string; to: string },
  today: string,
): { onTime: number; due: number } {
  let onTime = 0;
  let due = 0;
  for (const plan of plans) {
    const held = plan.evaluations
      .filter((e) => !e.missed)
      .map((e) => e.heldOn)
      .sort();
    const slots = [...plan.slots].sort();
    slots.forEach((date, index) => {
      if (date < period.from || date > period.to || date >= today) return;
      if (plan.closedOn !== null && date > plan.closedOn) return;
      due++;
      const after = index === 0 ? null : (slots[index - 1] as string);
      const inWindow = (h: string) => h <= date && (after === null ? h >= plan.startOn : h > after);
      if (held.some(inWindow)) onTime++;
    });
  }
  return { onTime, due };
}
