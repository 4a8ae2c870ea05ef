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

export function systemClock(fixedToday: string | null = null): Clock {
  return {
    now: () => new Date(),
    today: () => fixedToday ?? calendarDate(new Date()),
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
