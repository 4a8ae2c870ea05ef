/** How a person's data reads on screen, in Belgian formats for the interface language. */
import { calendarDate } from '../../../../src/domain/dates.ts';
import { formatNiss } from '../../../../src/domain/niss.ts';
import { formatDayMonthYear } from '../../../../src/domain/typed-dates.ts';
import type { Locale } from '../../../../src/i18n/catalogues.ts';
import { INTL_LOCALES } from '../../i18n.ts';

// A birth date is a calendar day, not an instant: format it in UTC so no time zone moves it.
function utcDay(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** Short: dd/mm/yyyy in every language, as dates are typed (Intl would give 18.10.1974 in German). */
export function formatDate(isoDate: string, locale: Locale, style: 'short' | 'long' = 'short'): string {
  if (style === 'short') return formatDayMonthYear(isoDate);
  const options: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  };
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], options).format(utcDay(isoDate));
}

/** "Rue de Fer 12A bte 3, 5000 Namur" (the box word in the interface language); null when no part is known. */
export function formatAddress(
  address: {
    street: string | null;
    houseNumber: string | null;
    box: string | null;
    postcode: string | null;
    municipality: string | null;
  },
  boxWord: string,
): string | null {
  const line1 = [address.street, address.houseNumber, address.box ? `${boxWord} ${address.box}` : null]
    .filter(Boolean)
    .join(' ');
  const line2 = [address.postcode, address.municipality].filter(Boolean).join(' ');
  return [line1, line2].filter(Boolean).join(', ') || null;
}

export function formatNationalNumber(digits: string | null): string | null {
  return digits ? formatNiss(digits) : null;
}

/**
 * Days between the server's today and the browser's when the session was read: zero in real use,
 * something else when the server's date is pinned (PASSERELLE_TODAY) for a demo or a test.
 */
let serverDayOffset = 0;

export function followServerToday(serverToday: string) {
  serverDayOffset = Math.round((Date.parse(serverToday) - Date.parse(calendarDate(new Date()))) / 86_400_000);
}

/** Today in Belgium as the server counts it: the day its rules and checks count from. */
export function belgianToday(): string {
  return calendarDate(new Date(Date.now() + serverDayOffset * 86_400_000));
}
