/** How a session's day and times read on screen: Belgian time, in the interface language. */
import { belgianWallTime } from '../../../../src/domain/belgian-time.ts';
import { BELGIAN_TIME_ZONE } from '../../../../src/domain/dates.ts';
import type { Locale } from '../../../../src/i18n/catalogues.ts';
import { INTL_LOCALES } from '../../i18n.ts';

/** "lundi 30 novembre 2026". */
export function sessionDay(startsAt: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: BELGIAN_TIME_ZONE,
  }).format(new Date(startsAt));
}

/** "09:30–12:00", Brussels time. */
export function sessionHours(session: { startsAt: string; endsAt: string }): string {
  return `${belgianWallTime(session.startsAt).time}–${belgianWallTime(session.endsAt).time}`;
}

/** "lundi 30 novembre 2026, 09:30–12:00". */
export function sessionWhen(session: { startsAt: string; endsAt: string }, locale: Locale): string {
  return `${sessionDay(session.startsAt, locale)}, ${sessionHours(session)}`;
}

/** "2 présents · 1 excusé · 0 absent": each count with its own plural form. */
export function tally(
  t: (key: string, options: { count: number }) => string,
  counts: { present: number; excused: number; absent: number },
): string {
  return [
    t('modules.countPresent', { count: counts.present }),
    t('modules.countExcused', { count: counts.excused }),
    t('modules.countAbsent', { count: counts.absent }),
  ].join(' · ');
}
