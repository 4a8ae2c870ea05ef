import { describe, expect, it } from 'vitest';
import {
  daysToSignature,
  defaultPeriod,
  evaluationsOnTime,
  medianDays,
  type PlanSlots,
  periodProblem,
  ratio,
} from './dashboard-figures.ts';

describe('medianDays', () => {
  it.each<[string, number[], number | null]>([
    ['none', [], null],
    ['one', [42], 42],
    ['odd count: the middle one', [30, 10, 20], 20],
    ['even count: the mean of the two middle ones', [10, 40, 13, 1], 11.5],
    ['even count, whole mean', [10, 20], 15],
    ['ties', [5, 5, 5, 9], 5],
    ['zero days (signed on the day of the decision)', [0, 0, 3], 0],
    ['unsorted input is not changed', [9, 1, 5], 5],
  ])('%s', (_, days, median) => expect(medianDays(days)).toBe(median));

  it('keeps the input as it was', () => {
    const days = [3, 1, 2];
    medianDays(days);
    expect(days).toEqual([3, 1, 2]);
  });

  it.each([[[1.5]], [[Number.NaN]]])('refuses %j: not a whole day count', (days) =>
    expect(() => medianDays(days)).toThrow(RangeError),
  );
});

describe('daysToSignature', () => {
  it.each([
    ['same day', '2026-03-02', '2026-03-02', 0],
    ['a month of 31 days', '2026-01-10', '2026-02-10', 31],
    ['across the summer time change', '2026-03-01', '2026-04-01', 31],
    ['across a year end', '2025-12-20', '2026-01-05', 16],
  ])('%s', (_, decision, signed, days) => expect(daysToSignature(decision, signed)).toBe(days));
});

describe('ratio (share from reports.ts)', () => {
  it.each<[number, number, number | null]>([
    [12, 40, 0.3],
    [1, 3, 0.333],
    [2, 3, 0.667],
    [0, 5, 0],
    [0, 0, null],
  ])('%i of %i', (n, d, s) => expect(ratio(n, d)).toEqual({ numerator: n, denominator: d, share: s }));
});

describe('defaultPeriod: the 12 months ending today', () => {
  it.each([
    ['an ordinary day', '2026-11-23', '2025-11-24'],
    ['the first of a month', '2026-03-01', '2025-03-02'],
    ['29 February', '2028-02-29', '2027-03-01'],
    ['31 December', '2026-12-31', '2026-01-01'],
  ])('%s', (_, today, from) => expect(defaultPeriod(today)).toEqual({ from, to: today }));
});

describe('periodProblem', () => {
  it.each([
    ['one day', '2026-01-01', '2026-01-01', null],
    ['a year', '2025-11-24', '2026-11-23', null],
    ['exactly 3 years', '2024-01-01', '2026-12-31', null],
    ['3 years and a day', '2024-01-01', '2027-01-01', 'tooLong'],
    ['3 years from 29 February', '2024-02-29', '2027-02-28', null],
    ['end before start', '2026-02-02', '2026-02-01', 'endBeforeStart'],
  ])('%s', (_, from, to, problem) => expect(periodProblem(from, to)).toBe(problem));
});

describe('evaluationsOnTime: the a slot is met by an evaluation held in its window', () => {
  const period = { from: '2026-01-01', to: '2026-12-31' };
  const today = '2026-11-23';
  const held = (heldOn: string, missed = false) => ({ heldOn, missed });
  const plan = (
    slots: string[],
    evaluations: PlanSlots['evaluations'],
    closedOn: string | null = null,
    startOn = '2025-06-01',
  ) => ({
    startOn,
    slots,
    evaluations,
    closedOn,
  });
  const slots = ['2026-03-02', '2026-06-01', '2026-09-01'];

  it.each<[string, PlanSlots[], { onTime: number; due: number }]>([
    ['nothing held: 3 due, none on time', [plan(slots, [])], { onTime: 0, due: 3 }],
    [
      'each held on its day',
      [plan(slots, [held('2026-03-02'), held('2026-06-01'), held('2026-09-01')])],
      { onTime: 3, due: 3 },
    ],
    [
      'one held early meets the first slot; a late one meets the next window',
      [plan(slots, [held('2026-02-15'), held('2026-06-10'), held('2026-08-30')])],
      { onTime: 2, due: 3 },
    ],
    [
      'a missed appointment fills no slot',
      [plan(slots, [held('2026-03-02', true), held('2026-06-01'), held('2026-09-01')])],
      { onTime: 2, due: 3 },
    ],
    [
      'two held before the first slot meet only the first',
      [plan(slots, [held('2026-01-10'), held('2026-02-10')])],
      { onTime: 1, due: 3 },
    ],
    [
      'a slot today or later has not fallen due',
      [plan(['2026-10-01', '2026-11-23', '2026-12-15'], [held('2026-10-01')])],
      { onTime: 1, due: 1 },
    ],
    [
      'slots outside the period are left out (their window still bounds the next)',
      [plan(['2025-12-01', '2026-03-01'], [held('2025-12-01')])],
      { onTime: 0, due: 1 },
    ],
    [
      'slots after the plan closed never fall due',
      [plan(slots, [held('2026-03-01')], '2026-05-15')],
      { onTime: 1, due: 1 },
    ],
    ['plans add up', [plan(slots, []), plan(['2026-04-01'], [held('2026-03-31')])], { onTime: 1, due: 4 }],
    [
      'an evaluation before the start of the version in force (an amended plan) meets no slot',
      [plan(slots, [held('2026-01-10')], null, '2026-02-01')],
      { onTime: 0, due: 3 },
    ],
    ['no plan', [], { onTime: 0, due: 0 }],
  ])('%s', (_, plans, expected) => expect(evaluationsOnTime(plans, period, today)).toEqual(expected));
});
