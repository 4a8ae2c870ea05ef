import { describe, expect, it } from 'vitest';
import { foldForSearch } from './text.ts';

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
