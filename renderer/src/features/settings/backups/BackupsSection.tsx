import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../../../shared/contract/backupMethods';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { formatBytes, formatCount } from '../../../components/format';
import { useLocale } from '../../../i18n/useLocale';
import { BackupTable } from './BackupTable';
import { RestoreBanner } from './RestoreBanner';
import { RestoreDialog } from './RestoreDialog';
import { useBackups } from './useBackups';
import './backups.css';

/** 设置 → 备份: every backup with why it was taken and why it is kept, 立即备份, 恢复 and 撤销恢复. */
export function BackupsSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const backups = useBackups();
  const { list, create, restore, undo } = backups;
  const [confirming, setConfirming] = useState<BackupEntry | null>(null);
  const data = list.data;
  const last = backups.lastRestore;

  return (
    <section className="panel" aria-labelledby="settings-backups-title" data-testid="settings-backups">
      <h2 id="settings-backups-title">{t('backups.title')}</h2>
      <p className="lead">{t('backups.intro')}</p>

      {last ? (
        <RestoreBanner
          last={last}
          undoing={undo.isPending}
          undoError={undo.error}
          onUndo={() => backups.undoRestore(last.result.keptAsideId)}
          onDismiss={backups.dismissRestore}
        />
      ) : null}
      {restore.isError ? <ErrorMessage error={restore.error} /> : null}

      <div className="backups-toolbar">
        <button type="button" className="button button-primary" disabled={backups.busy} onClick={backups.backUpNow}>
          {create.isPending ? t('backups.backingUp') : t('backups.backupNow')}
        </button>
        <div className="backups-summary" aria-live="polite">
          {data ? (
            <p data-testid="backups-summary">{t('backups.summary', { count: formatCount(data.entries.length, locale), size: formatBytes(data.totalBytes, locale) })}</p>
          ) : null}
          {create.data ? (
            <p className="result-ok" data-testid="backup-done">
              {t('backups.backupDone', { size: formatBytes(create.data.bytes, locale) })}
            </p>
          ) : null}
          {restore.isPending ? <p>{t('backups.restoring')}</p> : null}
        </div>
      </div>
      {create.isError ? <ErrorMessage error={create.error} /> : null}

      {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isPending ? <Loading /> : null}
      {data && data.entries.length === 0 ? <p className="empty">{t('backups.empty')}</p> : null}
      {data && data.entries.length > 0 ? (
        <BackupTable entries={data.entries} highlight={create.data?.id ?? null} disabled={backups.busy} onRestore={setConfirming} />
      ) : null}
      {data ? (
        <>
          <p className="note">{t('backups.retention', { recent: data.retention.recent, months: data.retention.months })}</p>
          <p className="note selectable" data-testid="backups-dir">
            {t('backups.folder', { dir: data.dir })}
          </p>
        </>
      ) : null}

      <RestoreDialog
        entry={confirming}
        onCancel={() => setConfirming(null)}
        onConfirm={(entry) => {
          setConfirming(null);
          backups.restoreBackup(entry);
        }}
      />
    </section>
  );
}
