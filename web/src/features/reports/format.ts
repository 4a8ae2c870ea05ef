/** How the yearly report writes its figures in the interface language (Belgian formats). */
import type { Locale } from '../../../../src/i18n/catalogues.ts';
import { INTL_LOCALES } from '../../i18n.ts';

export type ValueKind = 'count' | 'share' | 'amount' | 'mean';

export interface FormattableValue {
  value: number | null;
  kind?: ValueKind;
  mark?: 'lessThan5' | 'hidden';
}

/** No figure: a share of nothing, a target not set. */
export const NO_FIGURE = '–';

/** The first year the picker offers: social activation figures start with the 2015 working group. */
export const FIRST_YEAR = 2015;

/** A number of one kind: a count, a share (0.333 → "33,3 %"), euro cents ("1 234,50 €"), a mean (2 decimals). */
export function formatNumber(value: number, kind: ValueKind, locale: Locale): string {
  const intl = INTL_LOCALES[locale];
  switch (kind) {
    case 'count':
      return new Intl.NumberFormat(intl, { maximumFractionDigits: 0 }).format(value);
    case 'share':
      return new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 1 }).format(value);
    case 'amount':
      return new Intl.NumberFormat(intl, { style: 'currency', currency: 'EUR' }).format(value / 100);
    case 'mean':
      return new Intl.NumberFormat(intl, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        value,
      );
  }
}

/** A cell of the report as shown: its suppression mark, "–" for no figure, else the number. */
export function formatValue(
  cell: FormattableValue,
  columnKind: ValueKind,
  locale: Locale,
  t: (key: string) => string,
): string {
  if (cell.mark) return t(`reports.marks.${cell.mark}`);
  if (cell.value === null) return NO_FIGURE;
  return formatNumber(cell.value, cell.kind ?? columnKind, locale);
}

/** Euros as typed ("1234,50", "1 234.5", "1234") to cents; null when empty, NaN when not an amount. */
export function parseEuros(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '');
  if (compact === '') return null;
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return Number.NaN;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : Number.NaN;
}

/** Cents as the amount field shows them to edit: "1234,50" in French, "1234.50" in English. */
export function centsForInput(cents: number | undefined, locale: Locale): string {
  if (cents === undefined) return '';
  return new Intl.NumberFormat(INTL_LOCALES[locale], {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(cents / 100);
}

/** The years the report can be asked for, newest first: from 2015 to this year. */
export function reportYears(today: string): number[] {
  const current = Number(today.slice(0, 4));
  return Array.from({ length: current - FIRST_YEAR + 1 }, (_, i) => current - i);
}
