/** The four message catalogues, shared by the server and the web app. */
import de from '../../locales/de.json' with { type: 'json' };
import en from '../../locales/en.json' with { type: 'json' };
import fr from '../../locales/fr.json' with { type: 'json' };
import nl from '../../locales/nl.json' with { type: 'json' };

export const LOCALES = ['fr', 'nl', 'de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** For callers that send no Accept-Language (machine clients): English. */
export const DEFAULT_LOCALE: Locale = 'en';

export const catalogues = { fr, nl, de, en } as const;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the best of our four languages from an Accept-Language header. */
export function negotiateLocale(
  acceptLanguage: string | undefined,
  fallback: Locale = DEFAULT_LOCALE,
): Locale {
  if (!acceptLanguage) return fallback;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.lang && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked.find((r) => isLocale(r.lang))?.lang as Locale | undefined) ?? fallback;
}
