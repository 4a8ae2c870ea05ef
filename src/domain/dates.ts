/** Calendar dates as YYYY-MM-DD strings: the form the API and the database use. */

export const BELGIAN_TIME_ZONE = 'Europe/Brussels';

/** Intl formatters are costly to build and stateless to use: one per time zone. */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in a time zone (Belgium by default). */
export function calendarDate(instant: Date, timeZone = BELGIAN_TIME_ZONE): string {
  let format = dayFormatters.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormatters.set(timeZone, format);
  }
  return format.format(instant);
}

/*
 * Day arithmetic on YYYY-MM-DD strings in whole numbers, without Date objects: the yearly report
 * runs these rules over tens of thousands of plans, and building a Date and an ISO string for each
 * step cost more than the rest of the rule. The conversion is Howard Hinnant's days_from_civil /
 * civil_from_days (proleptic Gregorian calendar), the algorithm behind C++'s <chrono>.
 */

const year = (day: string) => Number(day.slice(0, 4));
const month = (day: string) => Number(day.slice(5, 7));
const dayOfMonth = (day: string) => Number(day.slice(8, 10));

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (DAYS_IN_MONTH[m - 1] as number);
}

/** YYYY-MM-DD of a year, month (1–12) and day that are known to exist. */
function formatDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Days since 1970-01-01 (negative before it). */
export function dayNumber(day: string): number {
  const m = month(day);
  const y = year(day) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + dayOfMonth(day) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The YYYY-MM-DD of a day number (days since 1970-01-01). */
export function dayOfNumber(n: number): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return formatDay(yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

/** n calendar days later (or earlier, for a negative n). */
export function addDays(day: string, n: number): string {
  return dayOfNumber(dayNumber(day) + n);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** 0 for Sunday to 6 for Saturday, as Date.getUTCDay counts. */
export function weekday(day: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
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
  const total = year(day) * 12 + month(day) - 1 + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return formatDay(y, m, Math.min(dayOfMonth(day), daysInMonth(y, m)));
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
  const y = year(day);
  const m = month(day);
  const d = dayOfMonth(day);
  if (d < daysInMonth(y, m)) return formatDay(y, m, d + 1);
  return m < 12 ? formatDay(y, m + 1, 1) : formatDay(y + 1, 1, 1);
}

/**
 * The last day of a period of n months starting on a day ("de quantième à veille de quantième"):
 * the day before the same day n months later, or, when that day does not exist in the month (from
 * 31 January, from 29 February), the last day of that month.
 */
export function lastDayOfMonths(day: string, months: number): string {
  const same = addMonths(day, months);
  if (same.slice(8) !== day.slice(8)) return same;
  return addDays(same, -1);
}
