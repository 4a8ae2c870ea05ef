/**
 * The interface speaks the user's language: the one remembered on the server once logged in,
 * before that the one chosen on this device, else the browser's.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues, isLocale, LOCALES, type Locale, negotiateLocale } from '../../src/i18n/catalogues.ts';
import { addFormatters } from '../../src/i18n/elision.ts';

const STORAGE_KEY = 'passerelle.locale';

/** Belgian formats: the region matters for dates and numbers, not only the language. */
export const INTL_LOCALES: Record<Locale, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-BE' };

function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberLocale(locale: Locale) {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private modes may refuse storage: the language then lasts until the page is closed.
  }
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'fr';
}

/** Switches the interface; the device remembers it for the next login page. */
export async function applyLocale(locale: Locale) {
  rememberLocale(locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

/**
 * Keys asked for but absent from the catalogue of the language shown, as "lng:key". The browser
 * journeys read it (window.__missingI18nKeys) to prove a screen is fully translated; a lookup
 * costs nothing when every key is there.
 */
export const missingKeys: string[] = [];
(window as unknown as { __missingI18nKeys: string[] }).__missingI18nKeys = missingKeys;

const initial = storedLocale() ?? negotiateLocale(navigator.languages.join(','), 'fr');

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(LOCALES.map((l) => [l, { translation: catalogues[l] }])),
  lng: initial,
  fallbackLng: false,
  supportedLngs: [...LOCALES],
  // React escapes what it renders.
  interpolation: { escapeValue: false },
  // The catalogues are bundled: no reason to wait a tick before the first render.
  initAsync: false,
  showSupportNotice: false,
  parseMissingKeyHandler: (key) => {
    const entry = `${i18n.language}:${key}`;
    if (!missingKeys.includes(entry)) missingKeys.push(entry);
    return key;
  },
});
addFormatters(i18n);
document.documentElement.lang = i18n.language;

export { i18n };
