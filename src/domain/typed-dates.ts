/**
 * Dates as people type and read them in Belgium: day first, dd/mm/yyyy, whatever the language and
 * whatever the browser's own settings. The API keeps YYYY-MM-DD; these convert at the edge (the
 * date field, the search box).
 */

/**
 * A day typed the way people type it in Belgium (18/10/1974, 18.10.1974, 18-10-1974) or as ISO
 * (1974-10-18), read as YYYY-MM-DD; null for anything else, an impossible day included. Two-digit
 * years are not read: "18/10/74" could be 1874, 1974 or a national number's first digits; nor
 * are eight bare digits, which the search reads as the start of a national number.
 */
export function parseTypedDate(text: string): string | null {
  const typed = text.trim();
  const dayFirst = /^(?<day>\d{1,2})([/.-])(?<month>\d{1,2})\2(?<year>\d{4})$/.exec(typed);
  const yearFirst = /^(?<year>\d{4})([/.-])(?<month>\d{1,2})\2(?<day>\d{1,2})$/.exec(typed);
  const parts = (dayFirst ?? yearFirst)?.groups as { year: string; month: string; day: string } | undefined;
  if (!parts) return null;
  const [year, month, day] = [Number(parts.year), Number(parts.month), Number(parts.day)];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${parts.year}-${parts.month.padStart(2, '0')}-${parts.day.padStart(2, '0')}`;
}

/** dd/mm/yyyy: how a date is shown and typed in all four languages. */
export function formatDayMonthYear(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}
