import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../../shared/i18n/locales';
import { useApiQuery } from '../api/hooks';
import { errorText } from '../components/errorText';

/**
 * Waits for the settings (they carry the language) before showing the app, and keeps
 * i18next in step when the setting changes, e.g. from another window.
 */
export function StartupGate({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  const locale = settings.data?.locale;

  useEffect(() => {
    if (locale && i18n.language !== locale) void i18n.changeLanguage(locale);
  }, [locale, i18n]);

  if (settings.isPending) {
    return (
      <p className="loading loading-full" role="status">
        正在加载… · Loading…
      </p>
    );
  }
  if (settings.isError) {
    // The language is unknown until settings load, so say it in both.
    const error = settings.error;
    const messages = LOCALES.map((lng) => errorText(error, lng));
    return (
      <div className="fatal" role="alert">
        <h1>无法启动 · Cannot start</h1>
        {messages.map((message, index) =>
          // A non-API error has one text only; do not print it twice.
          index > 0 && message === messages[0] ? null : (
            <p key={LOCALES[index]} lang={LOCALES[index]}>
              {message}
            </p>
          ),
        )}
        <div className="fatal-actions">
          <button type="button" className="button button-primary" onClick={() => void settings.refetch()}>
            重试 · Retry
          </button>
        </div>
      </div>
    );
  }
  return children;
}
