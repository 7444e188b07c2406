import { useTranslation } from 'react-i18next';
import { ApiError, formatError } from '../../../shared/contract';
import { useLocale } from '../i18n/useLocale';

/** An API error in the current language (shared ERROR_MESSAGES), with the technical detail folded away. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const message =
    error instanceof ApiError
      ? formatError(error.error, locale)
      : t('common.unknownError', { message: error instanceof Error ? error.message : String(error) });
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
