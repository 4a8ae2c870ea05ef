import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLocale, LOCALES } from '../../../src/i18n/catalogues.ts';
import { useChangeLocale } from '../features/auth/session.ts';
import { currentLocale } from '../i18n.ts';

/** Each language is named in itself, so a reader lost in the wrong one still finds theirs. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const changeLocale = useChangeLocale();
  return (
    <NativeSelect
      size="xs"
      aria-label={t('nav.language')}
      value={currentLocale()}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (isLocale(value)) changeLocale.mutate(value);
      }}
      w={120}
    >
      {LOCALES.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {i18n.getFixedT(locale)(`languageName.${locale}`)}
        </option>
      ))}
    </NativeSelect>
  );
}
