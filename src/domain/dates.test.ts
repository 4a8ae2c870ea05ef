import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  ageOn,
  calendarDate,
  dayNumber,
  dayOfNumber,
  daysBetween,
  isIsoDate,
  lastDayOfMonths,
  nextDay,
  startOfBelgianDay,
  weekday,
} from './dates.ts';

describe('calendarDate', () => {
  it.each([
    ['2026-11-23T22:59:59Z', '2026-11-23'], // 23:59:59 in Brussels (CET)
    ['2026-11-23T23:00:00Z', '2026-11-24'], // midnight in Brussels
    ['2026-06-30T21:59:59Z', '2026-06-30'], // summer time (CEST)
    ['2026-06-30T22:00:00Z', '2026-07-01'],
  ])('%s is %s in Brussels', (instant, expected) => expect(calendarDate(new Date(instant))).toBe(expected));
});

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['01/02/2026', false],
  ])('%s → %s', (value, expected) => expect(isIsoDate(value)).toBe(expected));
});

describe('ageOn', () => {
  it.each([
    ['2000-11-23', '2026-11-23', 26],
    ['2000-11-24', '2026-11-23', 25],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
  ])('born %s, on %s → %i', (birth, day, age) => expect(ageOn(birth, day)).toBe(age));
});

describe('addMonths', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-11-23', -13, '2025-10-23'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-12-10', 2, '2027-02-10'],
  ])('%s %+d months → %s', (day, months, expected) => expect(addMonths(day, months)).toBe(expected));
});

describe('startOfBelgianDay', () => {
  it.each([
    ['2026-11-23', '2026-11-22T23:00:00.000Z'], // winter: UTC+1
    ['2026-07-01', '2026-06-30T22:00:00.000Z'], // summer: UTC+2
    ['2026-03-29', '2026-03-28T23:00:00.000Z'], // the clocks go forward at 02:00 that day
    ['2026-03-30', '2026-03-29T22:00:00.000Z'],
    ['2026-10-25', '2026-10-24T22:00:00.000Z'], // back at 03:00 that day
    ['2026-10-26', '2026-10-25T23:00:00.000Z'],
  ])('%s starts at %s', (day, instant) => expect(startOfBelgianDay(day).toISOString()).toBe(instant));
});

describe('nextDay', () => {
  it.each([
    ['2026-11-23', '2026-11-24'],
    ['2026-12-31', '2027-01-01'],
    ['2024-02-28', '2024-02-29'],
    ['2026-02-28', '2026-03-01'],
  ])('%s → %s', (day, next) => expect(nextDay(day)).toBe(next));
});

describe('lastDayOfMonths: from a day to the day before the same day', () => {
  it.each([
    ['2026-11-01', 1, '2026-11-30'],
    ['2026-11-15', 1, '2026-12-14'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2023-03-01', 12, '2024-02-29'],
    ['2026-01-30', 1, '2026-02-28'], // no 30 February either
    ['2026-01-28', 1, '2026-02-27'],
  ])('%s + %i month(s) → %s', (day, months, expected) => expect(lastDayOfMonths(day, months)).toBe(expected));
});

/*
 * The day arithmetic works in whole numbers for speed; JavaScript's Date (UTC) is its oracle, over
 * every day of eight centuries (the Gregorian leap rules of 1700, 1800, 1900, 2000 and 2100).
 */
describe('day arithmetic against Date, every day from 1600 to 2400', () => {
  const MS = 86_400_000;
  const first = Date.UTC(1600, 0, 1) / MS;
  const last = Date.UTC(2400, 11, 31) / MS;
  const iso = (n: number) => new Date(n * MS).toISOString().slice(0, 10);
  const dateAddMonths = (day: string, months: number) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const start = new Date(Date.UTC(y, m - 1 + months, 1));
    const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)).getUTCDate();
    start.setUTCDate(Math.min(d, end));
    return start.toISOString().slice(0, 10);
  };

  it('numbers each day as Date does, and back, with its weekday and the day after', () => {
    const wrong: string[] = [];
    for (let n = first; n <= last; n++) {
      const day = iso(n);
      if (dayNumber(day) !== n) wrong.push(`dayNumber ${day}`);
      if (dayOfNumber(n) !== day) wrong.push(`dayOfNumber ${n}`);
      if (weekday(day) !== new Date(n * MS).getUTCDay()) wrong.push(`weekday ${day}`);
      if (nextDay(day) !== iso(n + 1)) wrong.push(`nextDay ${day}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-12-31', 1, '2024-01-01'],
    ['2100-03-01', -1, '2100-02-28'],
    ['2000-03-01', -1, '2000-02-29'],
    ['2026-11-23', 365, '2027-11-23'],
    ['1970-01-01', -1, '1969-12-31'],
  ])('%s %+d days → %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
    expect(daysBetween(day, expected)).toBe(n);
  });

  it('adds months as Date does, the first and last days of every month of two centuries', () => {
    const wrong: string[] = [];
    for (let y = 1900; y <= 2100; y++) {
      for (let m = 1; m <= 12; m++) {
        const mm = String(m).padStart(2, '0');
        const ends = new Date(Date.UTC(y, m, 0)).getUTCDate();
        for (const d of [1, 28, 29, 30, 31].filter((x) => x <= ends)) {
          const day = `${y}-${mm}-${String(d).padStart(2, '0')}`;
          for (const months of [-25, -12, -1, 1, 3, 11, 12, 24, 36]) {
            if (addMonths(day, months) !== dateAddMonths(day, months)) wrong.push(`${day} ${months}`);
          }
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
