import { describe, expect, it } from 'vitest';
import { foldForSearch, hasForbiddenNameCharacters, prefixEnd } from './text.ts';

describe('foldForSearch', () => {
  it.each([
    ['Hélène', 'helene'],
    ['  DUPONT-Lefèvre ', 'dupont lefevre'],
    ['Müller', 'muller'],
    ["N'Diaye", 'n diaye'],
    ['Çelik', 'celik'],
    ['Ødegård', 'ødegard'],
    ['', ''],
  ])('%s → %s', (input, expected) => expect(foldForSearch(input)).toBe(expected));
});

describe('hasForbiddenNameCharacters', () => {
  it.each([
    ['Dupont', false],
    ['Lefèvre-Müller', false],
    ["N'Diaye", false],
    ['De la Cruz', false],
    ['Nguyễn'.normalize('NFD'), false],
    ['山田', false],
    ['مریم', false],
    // Zero-width non-joiner and joiner: part of Persian and Indic spelling.
    ['\u0645\u06CC\u200C\u0631', false],
    ['\u0915\u094D\u200D\u0937', false],
    ['Dup\u200Cont', true],
    ['Dupont\u200D', true],
    ['\u200DDupont', true],
    ['\u0645\u06CC\u200C', true],
    ['\u0645\u200C\u200C\u0631', true],
    ['Dupont\u202Eevil', true],
    ['\u202ADupont', true],
    ['\u202BDupont', true],
    ['\u202CDupont', true],
    ['\u202DDupont', true],
    ['\u2066Dupont\u2069', true],
    ['\u2067Dupont', true],
    ['\u2068Dupont', true],
    ['Dupont\u200E', true],
    ['Dupont\u200F', true],
    ['Dupont\u061C', true],
    ['Du\u200Bpont', true],
    ['Du\u2060pont', true],
    ['Du\u00ADpont', true],
    ['\uFEFFDupont', true],
    ['Dupont\u{E0041}', true],
    ['Du\tpont', true],
    ['Du\npont', true],
    ['Du\rpont', true],
    ['Du\u0000pont', true],
    ['Du\u001Bpont', true],
    ['Du\u007Fpont', true],
    ['Du\u0085pont', true],
    ['Du\u009Bpont', true],
    ['Du\u2028pont', true],
    ['Du\u2029pont', true],
    ['Du\uE000pont', true],
    ['Du\uD800pont', true],
  ])('%j → %s', (input, expected) => expect(hasForbiddenNameCharacters(input)).toBe(expected));
});

describe('prefixEnd', () => {
  it.each([
    ['dup', 'duq'],
    ['a', 'b'],
    ['z', '{'],
    ['85073', '85074'],
    ['9', ':'],
    ['99', '9:'],
    ['é', 'ê'],
    ['\u{d7ff}', '\u{e000}'],
    ['ab\u{10ffff}', 'ac'],
  ])('%s → %s', (prefix, end) => expect(prefixEnd(prefix)).toBe(end));

  it('bounds exactly the words that start with the prefix', () => {
    const words = ['dup', 'dupont', 'dupré', 'duq', 'dun', 'du', 'dupz\u{10ffff}'];
    const found = words.filter((w) => w >= 'dup' && w < prefixEnd('dup'));
    expect(found).toEqual(['dup', 'dupont', 'dupré', 'dupz\u{10ffff}']);
  });

  it('refuses an empty prefix', () => expect(() => prefixEnd('')).toThrow());
});
