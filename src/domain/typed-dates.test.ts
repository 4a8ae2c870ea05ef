import { describe, expect, it } from 'vitest';
import { formatDayMonthYear, parseTypedDate } from './typed-dates.ts';

describe('parseTypedDate', () => {
  it.each([
    ['18/10/1974', '1974-10-18'],
    ['18.10.1974', '1974-10-18'],
    ['18-10-1974', '1974-10-18'],
    ['18 10 1974', '1974-10-18'],
    [' 18/10/1974 ', '1974-10-18'],
    ['1/2/2026', '2026-02-01'],
    ['01/02/2026', '2026-02-01'],
    ['18101974', '1974-10-18'],
    ['1974-10-18', '1974-10-18'],
    ['1974-1-8', '1974-01-08'],
    ['29/02/2024', '2024-02-29'],
    // Refused: not a day, or not said clearly enough.
    ['29/02/2026', null],
    ['31/04/2026', null],
    ['00/10/1974', null],
    ['18/13/1974', null],
    ['18/10/74', null],
    ['10/18/1974', null],
    ['18/10', null],
    ['1974/10/18', null],
    ['18/10/1974/1', null],
    ['181074', null],
    ['', null],
    ['dix-huit octobre', null],
  ])('%j → %j', (typed, expected) => expect(parseTypedDate(typed)).toBe(expected));
});

describe('formatDayMonthYear', () => {
  it.each([
    ['1974-10-18', '18/10/1974'],
    ['2026-02-01', '01/02/2026'],
  ])('%s → %s', (iso, shown) => expect(formatDayMonthYear(iso)).toBe(shown));

  it('reads back what it shows', () => {
    for (const iso of ['1900-01-01', '2000-02-29', '2026-12-31'])
      expect(parseTypedDate(formatDayMonthYear(iso))).toBe(iso);
  });
});
