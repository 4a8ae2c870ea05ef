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
