import { describe, expect, it } from 'vitest';
import { addressProblem, municipalityOf, placesOf, postcodeExists } from './address.ts';
import { MUNICIPALITIES, POSTCODES } from './belgian-places.ts';

describe('the reference list', () => {
  const municipalities = MUNICIPALITIES.trim().split('\n');
  const postcodes = POSTCODES.trim().split('\n');

  it('holds the 565 municipalities of 2025, each served by a postcode', () => {
    expect(municipalities).toHaveLength(565);
    const served = new Set(postcodes.flatMap((line) => (line.split(':')[0] ?? '').split(' ').slice(1)));
    expect(municipalities.map((line) => line.split(' ')[0]).filter((nis) => !served.has(nis ?? ''))).toEqual(
      [],
    );
  });

  it('lists each postcode once, in order, four digits from 1000 to 9999', () => {
    const codes = postcodes.map((line) => line.slice(0, 4));
    expect(codes.every((code) => /^[1-9][0-9]{3}$/.test(code))).toBe(true);
    expect(codes).toEqual([...new Set(codes)].sort());
    expect(codes.length).toBeGreaterThan(1100);
  });
});

describe('addressProblem', () => {
  const MISMATCH = { path: 'municipality', key: 'validation.municipalityMismatch' };
  const UNKNOWN = { path: 'postcode', key: 'validation.postcodeUnknown' };
  it.each([
    ['Namur', '5000', 'Namur', null],
    ['its Dutch name', '5000', 'Namen', null],
    ['no accent, other case', '4000', 'LIEGE', null],
    ['German name of Liège', '4000', 'Lüttich', null],
    ['Dutch name of Liège', '4020', 'luik', null],
    ['a place of the postcode', '5100', 'Jambes', null],
    ['its municipality too', '5100', 'Namur', null],
    ['Brussels in French', '1000', 'Bruxelles', null],
    ['Brussels in Dutch', '1000', 'Brussel', null],
    ['bilingual commune, Dutch', '1050', 'Elsene', null],
    ['bilingual commune, French', '1050', 'Ixelles', null],
    ['postcode shared by two communes', '1040', 'Etterbeek', null],
    ['dashes and spaces aside', '1080', 'Molenbeek Saint Jean', null],
    ['Dutch name of a Brussels commune', '1080', 'Sint-Jans-Molenbeek', null],
    ['Gent', '9000', 'Gent', null],
    ['Gand', '9000', 'Gand', null],
    ['German-speaking commune', '4700', 'Eupen', null],
    ['Sankt Vith in French', '4780', 'Saint-Vith', null],
    ['a locality in Flanders', '8300', 'Knokke', null],
    ['the wrong town', '5000', 'Gent', MISMATCH],
    ['a place of another postcode', '5000', 'Jambes', MISMATCH],
    ['Ixelles is not 1000', '1000', 'Ixelles', MISMATCH],
    ['a typing error', '5000', 'Namurr', MISMATCH],
    ['a postcode that does not exist', '1001', 'Bruxelles', UNKNOWN],
    ['an unknown postcode, no municipality', '9999', null, UNKNOWN],
    ['a postcode alone', '5000', null, null],
    ['no postcode: the municipality is not checked', null, 'Maastricht', null],
    ['nothing', null, null, null],
  ])('%s: %s %s', (_name, postcode, municipality, expected) =>
    expect(addressProblem({ postcode, municipality })).toEqual(expected),
  );
});

describe('municipalityOf (a postcode alone)', () => {
  it.each([
    ['5000', 'fr', 'Namur'],
    ['5000', 'nl', 'Namen'],
    ['5000', 'de', 'Namur'],
    ['5000', 'en', 'Namur'],
    ['9000', 'fr', 'Gand'],
    ['9000', 'en', 'Gent'],
    ['9000', 'de', 'Gent'],
    ['4000', 'de', 'Lüttich'],
    ['1000', 'nl', 'Brussel'],
    ['1000', 'en', 'Bruxelles'],
    ['5100', 'fr', 'Namur'],
    ['1040', 'fr', null],
    ['1001', 'fr', null],
  ] as const)('%s in %s → %s', (postcode, language, expected) =>
    expect(municipalityOf(postcode, language)).toBe(expected),
  );
});

describe('placesOf (what the form proposes)', () => {
  it('names the municipality first, then its places', () => {
    expect(placesOf('5100', 'fr')).toEqual(['Namur', 'Dave', 'Jambes', 'Naninne', 'Wierde', 'Wépion']);
    expect(placesOf('5100', 'nl')[0]).toBe('Namen');
    expect(placesOf('1050', 'nl')).toEqual(['Brussel', 'Elsene']);
    expect(placesOf('9000', 'nl')).toEqual(['Gent']);
    expect(placesOf('1001', 'fr')).toEqual([]);
  });

  it('knows which postcodes exist', () => {
    expect(postcodeExists('5000')).toBe(true);
    expect(postcodeExists('5005')).toBe(false);
  });
});
