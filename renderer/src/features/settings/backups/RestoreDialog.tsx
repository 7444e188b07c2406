import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../../../shared/contract/backupMethods';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { formatCount } from '../../../components/format';
import { useLocale } from '../../../i18n/useLocale';
import { backupDate, reasonKey } from './backupText';

/** Says what a restore does before it happens: everything replaced, the current data kept as a backup first. */
export function RestoreDialog({ entry, onConfirm, onCancel }: { entry: BackupEntry | null; onConfirm(entry: BackupEntry): void; onCancel(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ConfirmDialog
      open={entry !== null}
      danger
      title={t('backups.confirm.title')}
      confirmLabel={t('backups.confirm.confirmLabel')}
      cancelLabel={t('common.cancel')}
      onCancel={onCancel}
      onConfirm={() => entry && onConfirm(entry)}
    >
      {entry ? (
        <>
          <p data-testid="restore-confirm-body">
            {t('backups.confirm.body', {
              date: backupDate(entry.createdAt, locale),
              reason: t(reasonKey(entry)),
              clients: entry.clients === null ? t('backups.unknownClients') : formatCount(entry.clients, locale),
            })}
          </p>
          <p>{t('backups.confirm.keptAside')}</p>
          <p className="note">{t('backups.confirm.device')}</p>
        </>
      ) : null}
    </ConfirmDialog>
  );
}
