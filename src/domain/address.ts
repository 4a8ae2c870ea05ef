/**
 * A Belgian postal address: the postcode must exist, and the municipality written beside it must
 * be one the postcode serves. Pure functions over the reference list of src/domain/belgian-places.ts;
 * safe to import from the web app (the form proposes the municipality of a typed postcode).
 */
import { MUNICIPALITIES, POSTCODES } from './belgian-places.ts';
import { foldForSearch } from './text.ts';

type Language = 'fr' | 'nl' | 'de' | 'en';
type NameLanguage = 'nl' | 'fr' | 'de';

interface Municipality {
  nis: string;
  names: Partial<Record<NameLanguage, string>>;
  official: NameLanguage;
}

interface Postcode {
  municipalities: Municipality[];
  /** Places served under a name of their own (former municipalities, hamlets). */
  places: string[];
  /** Every name accepted beside this postcode, folded (src/domain/text.ts). */
  accepted: Set<string>;
}

const FLEMISH = /^(1|23|24|3|4|7)/;

let postcodes: Map<string, Postcode> | null = null;

/** Read once, on first use: a server that never checks an address never pays for it. */
function table(): Map<string, Postcode> {
  if (postcodes) return postcodes;
  const municipalities = new Map<string, Municipality>();
  for (const line of MUNICIPALITIES.trim().split('\n')) {
    const space = line.indexOf(' ');
    const nis = line.slice(0, space);
    const official: NameLanguage = FLEMISH.test(nis) ? 'nl' : 'fr';
    const [nl, fr, de] = line.slice(space + 1).split('/');
    const names: Municipality['names'] = {};
    for (const [language, name] of [
      ['nl', nl],
      ['fr', fr],
      ['de', de],
    ] as const) {
      if (name) names[language] = name;
    }
    municipalities.set(nis, { nis, names, official });
  }
  postcodes = new Map();
  for (const line of POSTCODES.trim().split('\n')) {
    const [head = '', placeList] = line.split(':');
    const [code = '', ...codes] = head.split(' ');
    const served = codes.map((nis) => {
      const municipality = municipalities.get(nis);
      if (!municipality) throw new Error(`postcode ${code}: unknown municipality ${nis}`);
      return municipality;
    });
    const places = placeList ? placeList.split(',') : [];
    const accepted = new Set(
      [...served.flatMap((m) => Object.values(m.names)), ...places].map((name) => foldForSearch(name)),
    );
    postcodes.set(code, { municipalities: served, places, accepted });
  }
  return postcodes;
}

/** The name of a municipality in a language: its own name there, else its official one. */
function nameIn(municipality: Municipality, language: Language): string {
  const names = municipality.names;
  return (
    (language !== 'en' ? names[language] : undefined) ??
    names[municipality.official] ??
    names.fr ??
    names.nl ??
    (names.de as string)
  );
}

export function postcodeExists(postcode: string): boolean {
  return table().has(postcode);
}

/**
 * The municipality a postcode alone names, in the person's language, when it serves one
 * municipality only (5000 → Namur, Namen in Dutch); null when it serves several (1040: Brussels and
 * Etterbeek) or does not exist.
 */
export function municipalityOf(postcode: string, language: Language): string | null {
  const entry = table().get(postcode);
  const [only, ...others] = entry?.municipalities ?? [];
  return only && others.length === 0 ? nameIn(only, language) : null;
}

/**
 * What a form proposes for a postcode: the municipality (in the given language), then the places
 * it serves under their own name, without repeats. Empty for an unknown postcode.
 */
export function placesOf(postcode: string, language: Language): string[] {
  const entry = table().get(postcode);
  if (!entry) return [];
  const names = [...entry.municipalities.map((m) => nameIn(m, language)), ...entry.places];
  const seen = new Set<string>();
  return names.filter((name) => {
    const folded = foldForSearch(name);
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}

/**
 * The field to fix in an address, with its catalogue key, or null. A postcode must exist; the
 * municipality beside it must be one it serves, written in French, Dutch or German, or one of its
 * places ("5100 Jambes" as well as "5100 Namur"), accents, case, dashes and spaces aside. Without a
 * postcode the municipality is not checked (an address being completed, or abroad).
 */
export function addressProblem(address: {
  postcode?: string | null;
  municipality?: string | null;
}): { path: 'postcode' | 'municipality'; key: string } | null {
  if (!address.postcode) return null;
  const entry = table().get(address.postcode);
  if (!entry) return { path: 'postcode', key: 'validation.postcodeUnknown' };
  if (!address.municipality) return null;
  if (entry.accepted.has(foldForSearch(address.municipality))) return null;
  return { path: 'municipality', key: 'validation.municipalityMismatch' };
}
