/**
 * Working days in Belgium: Monday to Friday, except the federal public holidays (New Year, Easter
 * Monday, 1 May, Ascension, Whit Monday, 21 July, 15 August, 1 and 11 November, Christmas). The
 * holidays come from a maintained library (date-holidays, country BE), never a hand-written list:
 * Easter moves every year.
 */
import Holidays from 'date-holidays';
import { addDays, weekday } from './dates.ts';

const belgium = new Holidays('BE');
const holidaysByYear = new Map<number, Set<string>>();

function publicHolidaysOf(year: number): Set<string> {
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Set(
      belgium
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    holidaysByYear.set(year, days);
  }
  return days;
}

export function isBelgianPublicHoliday(day: string): boolean {
  return publicHolidaysOf(Number(day.slice(0, 4))).has(day);
}

export function isWorkingDay(day: string): boolean {
  const day7 = weekday(day);
  return day7 !== 0 && day7 !== 6 && !isBelgianPublicHoliday(day);
}

/** The n-th working day after `day` (the day itself does not count, as for a legal time limit). */
export function addWorkingDays(day: string, n: number): string {
  let current = day;
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

/** The day itself when it is a working day, else the next one. */
export function onOrAfterWorkingDay(day: string): string {
  let current = day;
  while (!isWorkingDay(current)) current = addDays(current, 1);
  return current;
}

/** The day itself when it is a working day, else the one before. */
export function onOrBeforeWorkingDay(day: string): string {
  let current = day;
  while (!isWorkingDay(current)) current = addDays(current, -1);
  return current;
}
