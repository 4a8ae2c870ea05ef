import { describe, expect, it } from 'vitest';
import { makeNiss } from './niss.ts';
import { birthDateProblem, fileDateProblem, nationalNumberProblem } from './person.ts';

describe('birthDateProblem', () => {
  it.each([
    ['1985-07-30', null],
    ['2026-11-23', null],
    ['2026-11-24', 'validation.dateInFuture'],
    ['1900-01-01', null],
    ['1899-12-31', 'validation.dateTooOld'],
  ])('%s → %s (today 2026-11-23)', (birthDate, expected) =>
    expect(birthDateProblem(birthDate, '2026-11-23')).toBe(expected),
  );
});

describe('nationalNumberProblem', () => {
  it.each([
    [makeNiss('1985-07-30', 33), null],
    ['85.07.30-033.28', null],
    ['8507300332', 'validation.nissFormat'],
    ['85073003327', 'validation.nissChecksum'],
    ['85133003328', 'validation.nissChecksum'],
  ])('%s → %s', (value, expected) => expect(nationalNumberProblem(value)).toBe(expected));
});

describe('fileDateProblem (born 1990-05-10, today 2026-11-23)', () => {
  it.each([
    ['2026-11-23', null],
    ['2026-11-24', 'validation.dateInFuture'],
    ['1990-05-10', null],
    ['1990-05-09', 'validation.beforeBirth'],
    ['0100-01-01', 'validation.dateTooOld'],
    ['1899-12-31', 'validation.dateTooOld'],
  ])('%s → %s', (day, expected) => expect(fileDateProblem(day, '1990-05-10', '2026-11-23')).toBe(expected));

  it('says before 1900 first for a person whose birth date is unknown-early', () =>
    expect(fileDateProblem('1899-06-01', '1899-01-01', '2026-11-23')).toBe('validation.dateTooOld'));
});
