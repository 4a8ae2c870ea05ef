import { describe, expect, it } from 'vitest';
import { makeNiss } from './niss.ts';
import {
  birthDateNissProblem,
  birthDateProblem,
  fileDateProblem,
  identityFromNiss,
  nationalNumberProblem,
  sexParityWarns,
} from './person.ts';

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

describe('birthDateNissProblem (the birth date a national number holds)', () => {
  const MISMATCH = 'validation.birthDateNotNiss';
  it.each([
    ['the same day', '1985-07-30', makeNiss('1985-07-30', 33), null],
    ['printed form', '1985-07-30', '85.07.30-033.28', null],
    ['born in 2003', '2003-08-09', makeNiss('2003-08-09', 201), null],
    ['day typed wrong', '1985-07-31', makeNiss('1985-07-30', 33), MISMATCH],
    ['day and month swapped', '1985-07-03', makeNiss('1985-03-07', 33), MISMATCH],
    ['another year', '1986-07-30', makeNiss('1985-07-30', 33), MISMATCH],
    ['another century', '1903-08-09', makeNiss('2003-08-09', 201), MISMATCH],
    ['BIS, sex unknown', '1990-05-17', makeNiss('1990-05-17', 12, 'sexUnknown'), null],
    ['BIS, sex known, wrong day', '1978-12-02', makeNiss('1978-12-01', 13, 'sexKnown'), MISMATCH],
    [
      'BIS with day and month unknown: any day of the year',
      '1960-06-15',
      makeNiss('1960-00-00', 7, 'sexUnknown'),
      null,
    ],
    [
      'BIS with day and month unknown: not another year',
      '1961-06-15',
      makeNiss('1960-00-00', 7, 'sexUnknown'),
      MISMATCH,
    ],
    ['day unknown, month known', '1960-04-22', makeNiss('1960-04-00', 9, 'sexKnown'), null],
    ['day unknown, another month', '1960-05-22', makeNiss('1960-04-00', 9, 'sexKnown'), MISMATCH],
    ['no number', '1985-07-30', null, null],
    ['an invalid number is another rule', '1985-07-30', '85073003329', null],
  ])('%s → %s', (_name, birthDate, niss, expected) =>
    expect(birthDateNissProblem(birthDate, niss)).toBe(expected),
  );
});

describe('sexParityWarns (odd sequence M, even F)', () => {
  it.each([
    ['M with an odd sequence', 'M', makeNiss('1985-07-30', 33), false],
    ['F with an even sequence', 'F', makeNiss('1985-07-30', 34), false],
    ['F with an odd sequence', 'F', makeNiss('1985-07-30', 33), true],
    ['M with an even sequence', 'M', makeNiss('1985-07-30', 34), true],
    ['X never', 'X', makeNiss('1985-07-30', 33), false],
    ['X never, even', 'X', makeNiss('1985-07-30', 34), false],
    ['BIS, sex known (+40): the parity counts', 'F', makeNiss('1978-12-01', 13, 'sexKnown'), true],
    ['BIS, sex unknown (+20): never', 'F', makeNiss('1990-05-17', 13, 'sexUnknown'), false],
    ['BIS, sex unknown (+20): never, even', 'M', makeNiss('1990-05-17', 12, 'sexUnknown'), false],
    ['no number', 'F', null, false],
    ['an invalid number', 'F', '85073003329', false],
  ])('%s → %s', (_name, sex, niss, expected) => expect(sexParityWarns(sex, niss)).toBe(expected));
});

describe('identityFromNiss (what a form fills in)', () => {
  it.each([
    ['national number', makeNiss('1985-07-30', 33), { birthDate: '1985-07-30', sex: 'M' }],
    ['printed, cut short', '85.07.30-034.', null],
    ['a woman', formatted(makeNiss('2004-02-29', 120)), { birthDate: '2004-02-29', sex: 'F' }],
    ['BIS, sex unknown', makeNiss('1990-05-17', 12, 'sexUnknown'), { birthDate: '1990-05-17', sex: null }],
    ['BIS, date unknown', makeNiss('1960-00-00', 8, 'sexKnown'), { birthDate: null, sex: 'F' }],
    ['check digits wrong', '85073003329', null],
  ])('%s', (_name, niss, expected) => expect(identityFromNiss(niss)).toEqual(expected));
});

function formatted(digits: string) {
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-${digits.slice(6, 9)}.${digits.slice(9)}`;
}
