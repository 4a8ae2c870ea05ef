/**
 * Times of day as people type and read them in Belgium (09:30, 9h30), and the instant a Belgian
 * day and time name: the API keeps instants with their offset; a session "on 30/11 at 09:30" means
 * Brussels time whatever the browser's own time zone.
 */
import { BELGIAN_TIME_ZONE, calendarDate, isIsoDate } from './dates.ts';

/** "9:30", "09h30", "0930", "9.30", "9" → "09:30" / "09:00"; null for anything else. */
export function parseTypedTime(text: string): string | null {
  const typed = text.trim().toLowerCase();
  const match = /^(\d{1,2})(?:\s*[:h.]\s*(\d{2})?)?$/.exec(typed) ?? /^(\d{2})(\d{2})$/.exec(typed);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: BELGIAN_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Belgian day and time of an instant. */
export function belgianWallTime(instant: Date | string): { day: string; time: string } {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return { day: calendarDate(date), time: clock.format(date) };
}

/**
 * The instant a day and a time of day name in Belgium, with its offset (+01:00 in winter, +02:00
 * in summer), from the time-zone rules Intl knows; null for a time that does not exist that day
 * (the hour skipped when summer time starts) or a malformed input.
 */
export function belgianInstant(day: string, time: string): string | null {
  if (!isIsoDate(day) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  for (const offset of [1, 2]) {
    const candidate = new Date(Date.UTC(y, m - 1, d, h, mi) - offset * 3_600_000);
    const wall = belgianWallTime(candidate);
    if (wall.day === day && wall.time === time) return `${day}T${time}:00+0${offset}:00`;
  }
  return null;
}
