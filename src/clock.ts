/**
 * The one place the server learns the date and time. With a fixed day (PASSERELLE_TODAY) the
 * calendar date is pinned while the time of day still runs, so sessions and throttling windows
 * behave normally in demos and tests.
 */
import { calendarDate } from './domain/dates.ts';

export interface Clock {
  now(): Date;
  /** Today's calendar date in Europe/Brussels, YYYY-MM-DD. */
  today(): string;
}

const DAY_MS = 86_400_000;

/**
 * With a fixed day, `now()` is moved by whole days onto it too: a record stamped "now" (a plan's
 * drafting) must not fall after the "today" the rules compare it with, or a plan drafted in the
 * demo could never be closed on the demo's day.
 */
export function systemClock(fixedToday: string | null = null): Clock {
  if (!fixedToday) return { now: () => new Date(), today: () => calendarDate(new Date()) };
  return {
    now: () => {
      const real = new Date();
      const days = Math.round(
        (Date.parse(`${fixedToday}T00:00:00Z`) - Date.parse(`${calendarDate(real)}T00:00:00Z`)) / DAY_MS,
      );
      return new Date(real.getTime() + days * DAY_MS);
    },
    today: () => fixedToday,
  };
}

/** A clock for tests: time moves only when told. */
export function manualClock(start: string): Clock & { advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    today: () => calendarDate(current),
    advance(ms: number) {
      current = new Date(current.getTime() + ms);
    },
  };
}
