import { describe, expect, it } from 'vitest';
import {
  addMonths,
  ageOn,
  calendarDate,
  isIsoDate,
  lastDayOfMonths,
  nextDay,
  startOfBelgianDay,
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
