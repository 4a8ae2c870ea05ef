import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues, LOCALES, negotiateLocale } from './catalogues.ts';

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

function lookup(catalogue: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('message catalogues', () => {
  const english = keys(catalogues.en).sort();

  it.each(LOCALES)('%s has every key, each with a non-empty text', (locale) => {
    expect(keys(catalogues[locale]).sort()).toEqual(english);
    for (const key of english) expect(String(lookup(catalogues[locale], key)).trim(), key).not.toBe('');
  });

  it.each(LOCALES)('%s uses the same {{placeholders}} as English', (locale) => {
    for (const key of english) {
      const names = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(names(lookup(catalogues[locale], key)), key).toEqual(names(lookup(catalogues.en, key)));
    }
  });

  it('holds every message key the server code names', () => {
    const used = sourceFiles('src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/['"`]((?:errors|validation|problems)\.[A-Za-z]+)['"`]/g)].map(
        (m) => m[1] as string,
      ),
    );
    expect(used.length).toBeGreaterThan(20);
    for (const key of new Set(used)) expect(lookup(catalogues.en, key), key).toBeTypeOf('string');
  });

  it('holds every message key the web app names literally', () => {
    const used = sourceFiles('web/src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*['"]([a-zA-Z]+(?:\.[a-zA-Z]+)+)['"]/g)].map(
        (m) => m[1] as string,
      ),
    );
    expect(used.length).toBeGreaterThan(100);
    // A counted message exists as its plural forms (key_one, key_other), as i18next looks them up.
    const exists = (key: string) =>
      typeof lookup(catalogues.en, key) === 'string' ||
      typeof lookup(catalogues.en, `${key}_other`) === 'string';
    for (const key of new Set(used)) expect(exists(key), key).toBe(true);
  });
});

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'en'],
    ['nl-BE,nl;q=0.9,en;q=0.8', 'nl'],
    ['de-DE', 'de'],
    ['es-ES,fr;q=0.5', 'fr'],
    ['en;q=0.2, fr;q=0.9', 'fr'],
    ['*', 'en'],
    ['fr;q=0', 'en'],
  ])('%s → %s', (header, expected) => expect(negotiateLocale(header)).toBe(expected));
});
