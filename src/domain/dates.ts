/** Calendar dates as YYYY-MM-DD strings: the form the API and the database use. */

export const BELGIAN_TIME_ZONE = 'Europe/Brussels';

/** The calendar date of an instant in a time zone (Belgium by default). */
export function calendarDate(instant: Date, timeZone = BELGIAN_TIME_ZONE): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Whole years between a birth date and a day, as the law counts age. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Dates are compared as YYYY-MM-DD strings, which sort like the days they name. */
export function isFutureDate(day: string, today: string): boolean {
  return day > today;
}

/** The same day n months later (or earlier); the end of a shorter month when the day does not exist. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/**
 * The instant a calendar day starts in Belgium (midnight, Brussels time): UTC+1 in winter, UTC+2
 * in summer. Computed from the time-zone rules Intl knows, never from a fixed offset.
 */
export function startOfBelgianDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  for (const hours of [1, 2, 0, 3]) {
    const candidate = new Date(Date.UTC(y, m - 1, d) - hours * 3_600_000);
    if (calendarDate(candidate) === day && calendarDate(new Date(candidate.getTime() - 1)) !== day) {
      return candidate;
    }
  }
  throw new Error(`no start found for ${day}`);
}

/** The day after (YYYY-MM-DD). */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * The last day of a period of n months starting on a day ("de quantième à veille de quantième"):
 * the day before the same day n months later, or, when that day does not exist in the month (from
 * 31 January, from 29 February), the last day of that month.
 */
export function lastDayOfMonths(day: string, months: number): string {
  const same = addMonths(day, months);
  if (same.slice(8) !== day.slice(8)) return same;
  const [y, m, d] = same.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}
