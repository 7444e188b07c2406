import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/contract';
import { useLocale } from '../i18n/useLocale';
import { errorText } from './errorText';

/** An API error in the current language (shared ERROR_MESSAGES), with the technical detail folded away. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // A core error has a message of its own; anything else is said to be unexpected.
  const message = error instanceof ApiError ? errorText(error, locale) : t('common.unknownError', { message: errorText(error, locale) });
  const detail = error instanceof ApiError ? error.error.detail : undefined;
  return (
    <div className="notice notice-error" role="alert">
      <p>{message}</p>
      {detail ? (
        <details>
          <summary>{error instanceof ApiError ? error.error.code : ''}</summary>
          <pre>{detail}</pre>
        </details>
      ) : null}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      ) : null}
    </div>
  );
}
