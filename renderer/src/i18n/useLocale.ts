import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/i18n/locales';
import { useApiMutation, useSetApiData } from '../api/hooks';
import { currentLocale } from './setupI18n';

export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return currentLocale(i18n.language);
}

/** Saves the language in the database first, so the choice survives a restart, then switches. */
export function useChangeLocale() {
  const { i18n } = useTranslation();
  const setApiData = useSetApiData();
  const mutation = useApiMutation('settings.update');
  const change = (locale: Locale) =>
    mutation.mutate(
      { locale },
      {
        onSuccess: (settings) => {
          setApiData('settings.get', {}, settings);
          void i18n.changeLanguage(settings.locale);
        },
      },
    );
  return { change, pending: mutation.isPending, error: mutation.error };
}
