import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '../../../shared/i18n/locales';
import { DEFAULT_NS, resources } from './resources';

/** Synchronous init: resources are bundled, so t() works on the first render. */
export function setupI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    defaultNS: DEFAULT_NS,
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    returnNull: false,
    // The active model's words are resources replaced at run time (modelVocabulary.tsx): re-render on them.
    react: { bindI18nStore: 'added' },
  });
  document.documentElement.lang = DEFAULT_LOCALE;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}

export function currentLocale(language: string | undefined): Locale {
  return isLocale(language) ? language : DEFAULT_LOCALE;
}
