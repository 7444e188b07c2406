import { useTranslation } from 'react-i18next';
import { LOCALES, isLocale } from '../../../../shared/i18n/locales';
import { useChangeLocale, useLocale } from '../../i18n/useLocale';
import { errorText } from '../../components/errorText';

export function LanguageField() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { change, pending, error } = useChangeLocale();
  return (
    <div className="field">
      <label htmlFor="settings-language">{t('settings.language')}</label>
      <select
        id="settings-language"
        value={locale}
        disabled={pending}
        aria-describedby="settings-language-help"
        onChange={(event) => {
          if (isLocale(event.target.value)) change(event.target.value);
        }}
      >
        {LOCALES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {t(`language.${lng}`)}
          </option>
        ))}
      </select>
      <p id="settings-language-help" className="help">
        {t('settings.languageHelp')}
      </p>
      {error ? (
        <p className="inline-error" role="alert">
          {t('language.saveFailed', { message: errorText(error, locale) })}
        </p>
      ) : null}
    </div>
  );
}
