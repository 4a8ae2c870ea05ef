import { describe, expect, it } from 'vitest';
import { addWorkingDays, isBelgianPublicHoliday, isWorkingDay } from './working-days.ts';

describe('isBelgianPublicHoliday (the ten federal holidays, Easter moving)', () => {
  it.each([
    ['2026-01-01', true], // New Year
    ['2026-04-05', false], // Easter Sunday: a Sunday, not a holiday of its own
    ['2026-04-06', true], // Easter Monday
    ['2026-05-01', true], // Labour Day
    ['2026-05-14', true], // Ascension
    ['2026-05-25', true], // Whit Monday
    ['2026-07-21', true], // National Day
    ['2026-08-15', true], // Assumption
    ['2026-11-01', true], // All Saints
    ['2026-11-02', false], // All Souls: observed, not a public holiday
    ['2026-11-11', true], // Armistice
    ['2026-11-15', false], // King's Day: not a public holiday
    ['2026-12-25', true], // Christmas
    ['2026-12-26', false], // Boxing Day: not in Belgium
    ['2025-04-21', true], // Easter Monday 2025
    ['2025-05-29', true], // Ascension 2025
    ['2025-06-09', true], // Whit Monday 2025
    ['2027-03-29', true], // Easter Monday 2027
    ['2027-05-06', true], // Ascension 2027
  ])('%s: %s', (day, expected) => expect(isBelgianPublicHoliday(day)).toBe(expected));
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-11-23', true], // a Monday
    ['2026-11-28', false], // a Saturday
    ['2026-11-29', false], // a Sunday
    ['2026-11-11', false], // a Wednesday, Armistice
    ['2026-07-21', false], // a Tuesday, National Day
  ])('%s: %s', (day, expected) => expect(isWorkingDay(day)).toBe(expected));
});

describe('addWorkingDays (the day itself does not count)', () => {
  it.each([
    ['2026-11-23', 5, '2026-11-30', 'Monday to Monday over a weekend'],
    ['2026-11-06', 5, '2026-11-16', 'over Armistice (Wednesday 11 November)'],
    ['2026-12-24', 5, '2027-01-04', 'over Christmas and New Year'],
    ['2026-04-02', 5, '2026-04-10', 'over Easter Monday'],
    ['2026-05-12', 5, '2026-05-20', 'over Ascension'],
    ['2026-05-22', 5, '2026-06-01', 'over Whit Monday'],
    ['2026-07-20', 5, '2026-07-28', 'over 21 July'],
    ['2026-08-14', 5, '2026-08-21', '15 August on a Saturday changes nothing'],
    ['2026-10-30', 5, '2026-11-06', '1 November on a Sunday changes nothing'],
    ['2026-11-21', 5, '2026-11-27', 'asked on a Saturday'],
    ['2027-03-26', 1, '2027-03-30', 'a Friday before Easter Monday 2027'],
    ['2024-02-28', 2, '2024-03-01', 'over 29 February'],
    ['2026-11-23', 0, '2026-11-23', 'none'],
  ])('%s + %i → %s (%s)', (day, n, expected) => expect(addWorkingDays(day, n)).toBe(expected));
});
