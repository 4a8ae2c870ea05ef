/**
 * Belgian national number (NISS / INSZ) and BIS number rules (DOMAIN.md §6).
 * Pure functions: no I/O, safe to import from the web app.
 */

export type NissKind = 'national' | 'bis';

export type NissCheck =
  | {
      valid: true;
      digits: string;
      kind: NissKind;
      /** The century the check digits matched. */
      century: 1900 | 2000;
      /** YYYY-MM-DD when day and month are known, otherwise null. */
      birthDate: string | null;
      /** Only meaningful for national numbers and BIS numbers with sex known. */
      sequenceParity: 'odd' | 'even';
      /**
       * The sex the number was given for (odd sequence: M, even: F), or null for a BIS number
       * given with the sex unknown (month + 20). As recorded at the time: never a rule for the file.
       */
      sex: 'M' | 'F' | null;
      /** What the number says of the birth date: the year always, month and day when known (not 0). */
      birth: { year: number; month: number | null; day: number | null };
    }
  | { valid: false; reason: 'format' | 'checksum' | 'date' };

const SEPARATORS = /[\s.\-/]/g;

/** Strips the separators of the printed form; returns null when anything but digits is left. */
export function normaliseNiss(input: string): string | null {
  const digits = input.replace(SEPARATORS, '');
  return /^\d{11}$/.test(digits) ? digits : null;
}

function checkDigits(base: number): number {
  return 97 - (base % 97);
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function checkNiss(input: string): NissCheck {
  const digits = normaliseNiss(input);
  if (!digits) return { valid: false, reason: 'format' };
  const base = Number(digits.slice(0, 9));
  const cc = Number(digits.slice(9));
  let century: 1900 | 2000;
  if (checkDigits(base) === cc) century = 1900;
  else if (checkDigits(2_000_000_000 + base) === cc) century = 2000;
  else return { valid: false, reason: 'checksum' };

  const yy = Number(digits.slice(0, 2));
  let mm = Number(digits.slice(2, 4));
  const dd = Number(digits.slice(4, 6));
  let kind: NissKind = 'national';
  const sexUnknown = mm >= 20 && mm < 40;
  if (mm >= 40) {
    kind = 'bis';
    mm -= 40;
  } else if (mm >= 20) {
    kind = 'bis';
    mm -= 20;
  }
  if (mm > 12 || dd > 31) return { valid: false, reason: 'date' };
  const year = century + yy;
  let birthDate: string | null = null;
  if (mm > 0 && dd > 0) {
    if (!isRealDate(year, mm, dd)) return { valid: false, reason: 'date' };
    birthDate = `${year}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
  }
  const sequence = Number(digits.slice(6, 9));
  const sequenceParity = sequence % 2 ? 'odd' : 'even';
  return {
    valid: true,
    digits,
    kind,
    century,
    birthDate,
    sequenceParity,
    sex: sexUnknown ? null : sequenceParity === 'odd' ? 'M' : 'F',
    birth: { year, month: mm || null, day: dd || null },
  };
}

/** Printed form YY.MM.DD-SSS.CC; anything that is not 11 digits is returned as given. */
export function formatNiss(digits: string): string {
  if (!/^\d{11}$/.test(digits)) return digits;
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-${digits.slice(6, 9)}.${digits.slice(9)}`;
}

/**
 * Builds a valid number for fictitious test and demo people.
 * `sequence` 1..997; odd for men, even for women by convention.
 */
export function makeNiss(birthDate: string, sequence: number, bis?: 'sexUnknown' | 'sexKnown'): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const month = m + (bis === 'sexUnknown' ? 20 : bis === 'sexKnown' ? 40 : 0);
  const base9 = `${String(y % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(d).padStart(2, '0')}${String(sequence).padStart(3, '0')}`;
  const n = Number(base9) + (y >= 2000 ? 2_000_000_000 : 0);
  return `${base9}${String(checkDigits(n)).padStart(2, '0')}`;
}
