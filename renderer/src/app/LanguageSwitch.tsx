import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../../shared/i18n/locales';
import { useChangeLocale, useLocale } from '../i18n/useLocale';
import { errorText } from '../components/errorText';

/** Two toggle buttons; each is labelled in its own language so anyone can find theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { change, pending, error } = useChangeLocale();
  return (
    <div className="language-switch" role="group" aria-label={t('header.language')}>
      {LOCALES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="toggle"
          aria-pressed={lng === locale}
          disabled={pending}
          onClick={() => lng !== locale && change(lng)}
        >
          {t(`language.${lng}`)}
        </button>
      ))}
      {error ? (
        <span className="inline-error" role="alert">
          {t('language.saveFailed', {
            message: errorText(error, locale),
          })}
        </span>
      ) : null}
    </div>
  );
}
