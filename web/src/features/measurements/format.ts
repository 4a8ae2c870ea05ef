/** How scores and changes read, in the interface language. */
import { type InstrumentDefinition, scaleOf } from '../../../../src/domain/instruments.ts';
import type { Locale } from '../../../../src/i18n/catalogues.ts';
import { INTL_LOCALES } from '../../i18n.ts';
import type { Instrument } from '../instruments/api.ts';
import { formatDate } from '../persons/format.ts';

/** "+2", "0", "-1", "+0.67": a change always shows its direction. */
export function formatChange(change: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale], {
    signDisplay: 'exceptZero',
    maximumFractionDigits: 2,
  }).format(change);
}

/** The level's short name beside its value, e.g. "2 · Social contacts". */
export function levelName(
  instrument: Instrument,
  domain: string,
  value: number,
  locale: Locale,
): string | null {
  const level = scaleOf(instrument as InstrumentDefinition, domain)?.levels.find((l) => l.value === value);
  return level ? level.name[locale] : null;
}

/** A measurement's date, with the instrument version when the person's measurements differ in it. */
export function pointLabel(
  point: { measuredOn: string; instrumentVersion: number },
  locale: Locale,
  versionLabel: ((version: number) => string) | null,
): string {
  const date = formatDate(point.measuredOn, locale);
  return versionLabel ? `${date} (${versionLabel(point.instrumentVersion)})` : date;
}
