/**
 * Euro amounts as people type them and as the API keeps them: whole cents, never a float.
 * "1 250,50", "1.250,50", "1250.50", "1,250.50", "1250,5" and "1250" all read as 125050 cents;
 * the decimal separator is the last "," or "." followed by 1 or 2 digits, the other separators
 * group thousands by three. Anything else (3 decimals, letters, a sign) is not an amount.
 */

/** Cents of an amount typed in euros, or null when the text is not an amount. */
export function parseEuros(text: string): number | null {
  // Any space (typed, no-break, narrow no-break from a copied figure) is one grouping space; a € sign may stand either side.
  const typed = text
    .trim()
    .replace(/^€\s*|\s*€$/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ');
  const match =
    /^(?<whole>\d{1,3}(?:(?<sep>[., ])\d{3})(?:\k<sep>\d{3})*|\d+)(?:(?<dec>[.,])(?<cents>\d{1,2}))?$/.exec(
      typed,
    );
  if (!match?.groups) return null;
  const { whole = '', sep, dec, cents = '' } = match.groups;
  // One separator cannot both group thousands and mark the decimals ("1.250.50").
  if (sep && dec && sep === dec) return null;
  const euros = sep ? whole.split(sep).join('') : whole;
  if (euros.length > 13) return null;
  return Number(euros) * 100 + Number(cents.padEnd(2, '0'));
}

/** Cents as a plain decimal text for a form ("1250.50"): what parseEuros reads back exactly. */
export function centsToPlain(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}
