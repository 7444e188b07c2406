import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { formatCount } from '../../../components/format';
import { useLocale } from '../../../i18n/useLocale';
import { backupDate } from './backupText';
import type { LastRestore } from './restoreStore';

interface RestoreBannerProps {
  last: LastRestore;
  undoing: boolean;
  undoError: Error | null;
  onUndo(): void;
  onDismiss(): void;
}

/** After a restore: what came back, and 撤销恢复 (restoring the copy the restore kept aside). */
export function RestoreBanner({ last, undoing, undoError, onUndo, onDismiss }: RestoreBannerProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { result } = last;
  return (
    <div className="notice notice-info restore-banner" role="status" data-testid="restore-banner">
      {last.undone ? (
        <p>{t('backups.undone')}</p>
      ) : (
        <>
          <p>{t('backups.restored', { date: backupDate(last.createdAt, locale), clients: formatCount(result.clients, locale) })}</p>
          {result.migratedFrom !== null ? <p>{t('backups.restoredMigrated', { version: result.migratedFrom })}</p> : null}
        </>
      )}
      <div className="restore-banner-actions">
        {last.undone ? null : (
          <button type="button" className="button button-primary" disabled={undoing} onClick={onUndo}>
            {undoing ? t('backups.undoingRestore') : t('backups.undoRestore')}
          </button>
        )}
        <button type="button" className="button" disabled={undoing} onClick={onDismiss}>
          {t('backups.dismiss')}
        </button>
      </div>
      {undoError ? <ErrorMessage error={undoError} /> : null}
    </div>
  );
}
