import { describe, expect, it } from 'vitest';
import { systemClock } from './clock.ts';
import { calendarDate } from './domain/dates.ts';

const DAY_MS = 86_400_000;

describe('systemClock', () => {
  it('without a fixed day, is the machine’s time', () => {
    const before = Date.now();
    const now = systemClock().now().getTime();
    expect(now - before).toBeLessThan(1000);
    expect(now - before).toBeGreaterThanOrEqual(0);
  });

  it('with a fixed day, moves now() onto that day by whole days and keeps the time of day running', () => {
    const realToday = calendarDate(new Date());
    const fixed = new Date(Date.parse(`${realToday}T00:00:00Z`) - 10 * DAY_MS).toISOString().slice(0, 10);
    const clock = systemClock(fixed);
    const real = Date.now();
    const shifted = clock.now().getTime();
    // Ten days back, to the second: the plan drafted "now" is drafted on the demo's day.
    expect(Math.round((real - shifted) / 1000)).toBe(10 * 86_400);
    expect(clock.today()).toBe(fixed);
  });
});
