/** How the dashboards write their figures in the interface language. */
import type { Locale } from '../../../../src/i18n/catalogues.ts';
import { INTL_LOCALES } from '../../i18n.ts';

/** A share (0.333) as a percent with at most one decimal ("33,3 %" in French). */
export function formatShare(share: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale], { style: 'percent', maximumFractionDigits: 1 }).format(
    share,
  );
}

/** A number of days, maybe a half ("11,5" in French). */
export function formatDays(days: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale], { maximumFractionDigits: 1 }).format(days);
}
