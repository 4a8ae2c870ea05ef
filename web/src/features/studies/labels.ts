import { type LocalisedText, localised } from '../../../../src/domain/studies.ts';
import { currentLocale, INTL_LOCALES } from '../../i18n.ts';

/** A study's text in the reader's language, else the first language its author wrote. */
export function inMyLanguage(text: LocalisedText | undefined): string {
  return text ? localised(text, currentLocale()) : '';
}

export function formatDay(day: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[currentLocale()], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}
