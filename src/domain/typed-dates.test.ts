import { describe, expect, it } from 'vitest';
import { formatDayMonthYear, parseTypedDate } from './typed-dates.ts';

describe('parseTypedDate', () => {
  it.each([
    ['18/10/1974', '1974-10-18'],
    ['18.10.1974', '1974-10-18'],
    ['18-10-1974', '1974-10-18'],
    ['1974-10-18', '1974-10-18'],
    ['1974/10/18', '1974-10-18'],
    ['  18/10/1974 ', '1974-10-18'],
    ['1/2/2001', '2001-02-01'],
    ['01/02/2001', '2001-02-01'],
    ['29/02/2000', '2000-02-29'],
    ['29.02.1900', null],
    ['31/04/1990', null],
    ['18/13/1974', null],
    ['00/10/1974', null],
    ['18/10/74', null],
    ['18/10-1974', null],
    ['1974-10', null],
    ['18101974', null],
    ['74.10.18', null],
    ['74.10.18-611', null],
    ['dupont', null],
    ['', null],
  ])('%j → %s', (typed, expected) => expect(parseTypedDate(typed)).toBe(expected));
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
