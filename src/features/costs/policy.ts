/**
 * When a cost line may be dated, added or removed, as pure functions. A cost is dated within the
 * plan's life: not in the future, not before the plan was drafted, and for a closed plan not after
 * its closing day (bills come in late, so a closed plan still takes costs of its own days). A year
 * whose report the centre closed is frozen: no line of it is added or removed.
 */
import { formatDayMonthYear } from '../../domain/typed-dates.ts';
import { type FieldError, Problem } from '../problem.ts';

export interface PlanDays {
  today: string;
  /** The Belgian calendar day the plan was drafted. */
  draftedOn: string;
  /** Its closing day, null while it runs. */
  closedOn: string | null;
}

/** What is wrong with the day of a new line: a field error (400), a conflict (409), or null. */
export function costDayProblem(incurredOn: string, plan: PlanDays): Problem | null {
  const field = (error: FieldError) => new Problem('validation', 'errors.validation', { errors: [error] });
  if (incurredOn > plan.today) return field({ path: 'incurredOn', key: 'validation.dateInFuture' });
  if (incurredOn < plan.draftedOn)
    return field({
      path: 'incurredOn',
      key: 'costs.errors.beforeDrafted',
      params: { date: formatDayMonthYear(plan.draftedOn) },
    });
  if (plan.closedOn !== null && incurredOn > plan.closedOn)
    return new Problem('conflict', 'costs.errors.afterClosed', {
      params: { date: formatDayMonthYear(plan.closedOn) },
    });
  return null;
}

/** The reporting year a line counts in. */
export const yearOf = (day: string) => Number(day.slice(0, 4));

export function closedYearProblem(year: number, closed: boolean): Problem | null {
  return closed ? new Problem('conflict', 'errors.reportYearClosed', { params: { year } }) : null;
}
