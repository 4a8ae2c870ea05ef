/** Server-side translation: one i18next instance over the shared catalogues. */
import i18next, { type TFunction } from 'i18next';
import { catalogues, LOCALES, type Locale } from './catalogues.ts';
import { addFormatters } from './elision.ts';

const instance = i18next.createInstance();
await instance.init({
  resources: Object.fromEntries(LOCALES.map((l) => [l, { translation: catalogues[l] }])),
  lng: 'en',
  fallbackLng: false,
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  showSupportNotice: false,
});
addFormatters(instance);

export function translator(locale: Locale): TFunction {
  return instance.getFixedT(locale);
}

export function translate(locale: Locale, key: string, params?: Record<string, unknown>): string {
  return instance.t(key, { lng: locale, ...params }) as string;
}
