/**
 * Dates as people type and read them in Belgium: day first, dd/mm/yyyy, whatever the language and
 * whatever the browser's own settings. The API keeps YYYY-MM-DD; these convert at the edge.
 */
import { isIsoDate } from './dates.ts';

/**
 * The calendar date a typed text names, or null: `18/10/1974`, `18.10.1974`, `18-10-1974`,
 * `18 10 1974`, `1/2/2026` (day first), `18101974` (eight digits, day first) and the ISO
 * `1974-10-18`. The year must have four digits: "18/10/74" is ambiguous across a century.
 */
export function parseTypedDate(text: string): string | null {
  const typed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const dayFirst =
    /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$/.exec(typed) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(typed);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : [];
  if (!y || !m || !d) return null;
  const candidate = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(candidate) ? candidate : null;
}

/** dd/mm/yyyy: how a date is shown and typed in all four languages. */
export function formatDayMonthYear(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}
