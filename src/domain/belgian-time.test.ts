import { describe, expect, it } from 'vitest';
import { belgianInstant, belgianWallTime, parseTypedTime } from './belgian-time.ts';

describe('parseTypedTime', () => {
  it.each([
    ['09:30', '09:30'],
    ['9:30', '09:30'],
    ['9h30', '09:30'],
    ['9H30', '09:30'],
    ['9h', '09:00'],
    ['14', '14:00'],
    ['0930', '09:30'],
    ['9.30', '09:30'],
    [' 23:59 ', '23:59'],
    ['24:00', null],
    ['9:60', null],
    ['9:3', null],
    ['half past nine', null],
    ['', null],
  ])('%s → %s', (typed, expected) => {
    expect(parseTypedTime(typed)).toBe(expected);
  });
});

describe('belgianInstant and belgianWallTime', () => {
  it.each([
    ['a winter day', '2026-11-30', '09:30', '2026-11-30T09:30:00+01:00'],
    ['a summer day', '2026-07-01', '09:30', '2026-07-01T09:30:00+02:00'],
    ['the day summer time starts, after the jump', '2026-03-29', '03:30', '2026-03-29T03:30:00+02:00'],
    ['the hour that does not exist', '2026-03-29', '02:30', null],
    ['the day winter time starts, in the evening', '2026-10-25', '18:00', '2026-10-25T18:00:00+01:00'],
    ['a malformed day', '2026-02-30', '09:30', null],
    ['a malformed time', '2026-11-30', '9:30', null],
  ])('%s: %s %s → %s', (_name, day, time, expected) => {
    expect(belgianInstant(day, time)).toBe(expected);
  });

  it('reads an instant back as the Belgian day and time', () => {
    expect(belgianWallTime('2026-11-30T08:30:00.000Z')).toEqual({ day: '2026-11-30', time: '09:30' });
    expect(belgianWallTime('2026-11-29T23:30:00.000Z')).toEqual({ day: '2026-11-30', time: '00:30' });
    expect(belgianWallTime('2026-07-01T07:30:00.000Z')).toEqual({ day: '2026-07-01', time: '09:30' });
  });
});
