/** Rules about a person's identity that are not mere shapes. */
import { checkNiss } from './niss.ts';

export const SEXES = ['F', 'M', 'X'] as const;

/** A birth date must be a past day and no earlier than 1900. Returns a catalogue key or null. */
export function birthDateProblem(birthDate: string, today: string): string | null {
  if (birthDate > today) return 'validation.dateInFuture';
  if (birthDate < '1900-01-01') return 'validation.dateTooOld';
  return null;
}

/** A national number, when given, must pass the NISS/BIS check. Returns a catalogue key or null. */
export function nationalNumberProblem(value: string): string | null {
  const result = checkNiss(value);
  if (result.valid) return null;
  return {
    format: 'validation.nissFormat',
    checksum: 'validation.nissChecksum',
    date: 'validation.nissDate',
  }[result.reason];
}

/**
 * A day recorded in a person's file (an assessment, a measurement) must be a real day of their
 * life: not in the future, not before their birth, never before 1900. Returns a catalogue key or null.
 */
export function fileDateProblem(day: string, birthDate: string, today: string): string | null {
  if (day > today) return 'validation.dateInFuture';
  if (day < '1900-01-01') return 'validation.dateTooOld';
  if (day < birthDate) return 'validation.beforeBirth';
  return null;
}

/**
 * A national number holds the birth date (DOMAIN.md §6): a birth date that says otherwise is a typing
 * error in one of the two. Compares what the number knows (the year always; month and day unless
 * given as 0, as for some BIS numbers). Nothing to compare without a valid number. Returns a
 * catalogue key or null.
 */
export function birthDateNissProblem(
  birthDate: string,
  nationalNumber: string | null | undefined,
): string | null {
  if (!nationalNumber) return null;
  const niss = checkNiss(nationalNumber);
  if (!niss.valid) return null;
  const [year, month, day] = birthDate.split('-').map(Number);
  const { birth } = niss;
  const contradicts =
    birth.year !== year ||
    (birth.month !== null && birth.month !== month) ||
    (birth.day !== null && birth.day !== day);
  return contradicts ? 'validation.birthDateNotNiss' : null;
}

/**
 * The recorded sex differs from the one the national number was given for (odd sequence M, even F).
 * Only a warning the worker confirms: the sex stays as recorded, and people change. Never for X
 * (unknown or other), nor for a BIS number given with the sex unknown, nor without a valid number.
 */
export function sexParityWarns(sex: string, nationalNumber: string | null | undefined): boolean {
  if (!nationalNumber || sex === 'X') return false;
  const niss = checkNiss(nationalNumber);
  return niss.valid && niss.sex !== null && niss.sex !== sex;
}

/**
 * What a national number tells of a person, for a form to fill in before the worker types it: the
 * birth date when the number holds it whole, and the sex it was given for. Null for an invalid number.
 */
export function identityFromNiss(
  nationalNumber: string,
): { birthDate: string | null; sex: 'M' | 'F' | null } | null {
  const niss = checkNiss(nationalNumber);
  return niss.valid ? { birthDate: niss.birthDate, sex: niss.sex } : null;
}
