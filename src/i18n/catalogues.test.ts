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

/** Message keys a server source names literally: 'errors.x', "validation.y", `problems.z`. */
function serverKeys(source: string): string[] {
  return [...source.matchAll(/['"`]((?:errors|validation|problems)\.[A-Za-z]+)['"`]/g)].map(
    (m) => m[1] as string,
  );
}

/** Message keys the web app names literally in a t('…') call. */
function webKeys(source: string): string[] {
  return [...source.matchAll(/\bt\(\s*['"]([a-zA-Z]+(?:\.[a-zA-Z]+)+)['"]/g)].map((m) => m[1] as string);
}

/** Each key named in the files under dir, with the first file that names it. */
function keysUnder(dir: string, extract: (source: string) => string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(dir)) {
    for (const key of extract(readFileSync(file, 'utf8'))) if (!found.has(key)) found.set(key, file);
  }
  return found;
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
      // `{{name, de}}` is the placeholder `name` with a formatter (French elision).
      const names = (text: unknown) =>
        [...String(text).matchAll(/\{\{(\w+)(?:,\s*\w+)?\}\}/g)].map((m) => m[1]).sort();
      expect(names(lookup(catalogues[locale], key)), key).toEqual(names(lookup(catalogues.en, key)));
    }
  });

  it('finds exactly the keys a source names literally', () => {
    const server = [
      "throw new Problem('forbidden', 'errors.forbidden');",
      '{ message: "validation.required" }',
      '`problems.conflict`',
      "'errors.' + name, 'other.key', 'errors.bad-key', 'validation.a.b'",
    ].join('\n');
    expect(serverKeys(server)).toEqual(['errors.forbidden', 'validation.required', 'problems.conflict']);
    const web = [
      "t('persons.title')",
      't( "progress.count", { count })',
      "t(key), t('single'), format('persons.none'), t(`app.name`)",
    ].join('\n');
    expect(webKeys(web)).toEqual(['persons.title', 'progress.count']);
  });

  it('holds every message key the server code names', () => {
    const used = keysUnder('src', serverKeys);
    // The scan reaches every layer: a key each of these files is known to name.
    for (const [file, key] of [
      ['src/domain/person.ts', 'validation.nissChecksum'],
      ['src/domain/instruments.ts', 'validation.scoreOutOfScale'],
      ['src/features/persons/checks.ts', 'errors.duplicateNationalNumber'],
      ['src/features/instruments/policy.ts', 'errors.instrumentKeyReserved'],
      ['src/http/access.ts', 'errors.crossSite'],
      ['src/features/pagination.ts', 'validation.invalidCursor'],
      ['src/i18n/issues.ts', 'validation.unknownField'],
    ] as const) {
      expect(serverKeys(readFileSync(file, 'utf8')), file).toContain(key);
      expect(used.has(key), key).toBe(true);
    }
    // A counted message (errors.throttled, validation.tooLong) exists as its plural forms.
    const exists = (key: string) =>
      typeof lookup(catalogues.en, key) === 'string' ||
      typeof lookup(catalogues.en, `${key}_other`) === 'string';
    for (const [key, file] of used) expect(exists(key), `${key} (named in ${file})`).toBe(true);
  });

  it('holds every message key the web app names literally', () => {
    const used = keysUnder('web/src', webKeys);
    for (const [file, key] of [
      ['web/src/components/AppLayout.tsx', 'app.name'],
      ['web/src/features/auth/LoginPage.tsx', 'login.submit'],
      ['web/src/features/persons/PersonsListPage.tsx', 'persons.title'],
      ['web/src/features/measurements/ProgressSection.tsx', 'progress.count'],
      ['web/src/features/timeline/Timeline.tsx', 'timeline.title'],
    ] as const) {
      expect(webKeys(readFileSync(file, 'utf8')), file).toContain(key);
      expect(used.has(key), key).toBe(true);
    }
    // A counted message exists as its plural forms (key_one, key_other), as i18next looks them up.
    expect(lookup(catalogues.en, 'progress.count')).toBeUndefined();
    const exists = (key: string) =>
      typeof lookup(catalogues.en, key) === 'string' ||
      typeof lookup(catalogues.en, `${key}_other`) === 'string';
    for (const [key, file] of used) expect(exists(key), `${key} (named in ${file})`).toBe(true);
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
