import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../../../shared/contract/backupMethods';
import { formatBytes, formatCount } from '../../../components/format';
import { useLocale } from '../../../i18n/useLocale';
import { backupDate, keptKey, reasonKey } from './backupText';

interface BackupTableProps {
  entries: readonly BackupEntry[];
  /** The backup just made by 立即备份, marked in the list. */
  highlight: string | null;
  disabled: boolean;
  onRestore(entry: BackupEntry): void;
}

export function BackupTable({ entries, highlight, disabled, onRestore }: BackupTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="table-scroll backups-table">
      <table className="data-table" aria-label={t('backups.tableLabel')} data-testid="backups-table">
        <thead>
          <tr>
            <th scope="col">{t('backups.col.date')}</th>
            <th scope="col">{t('backups.col.reason')}</th>
            <th scope="col" className="num">
              {t('backups.col.clients')}
            </th>
            <th scope="col" className="num">
              {t('backups.col.size')}
            </th>
            <th scope="col">{t('backups.col.kind')}</th>
            <th scope="col">{t('backups.col.kept')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('backups.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const date = backupDate(entry.createdAt, locale);
            return (
              <tr key={entry.id} data-backup-id={entry.id} data-reason={entry.reason} className={entry.id === highlight ? 'backup-new' : undefined}>
                <td title={entry.id}>
                  {date}
                  {entry.id === highlight ? <span className="badge badge-active backup-new-mark">{t('backups.newMark')}</span> : null}
                </td>
                <td>{t(reasonKey(entry))}</td>
                <td className="num" data-testid="backup-clients">
                  {entry.clients === null ? t('backups.unknownClients') : formatCount(entry.clients, locale)}
                </td>
                <td className="num">{formatBytes(entry.bytes, locale)}</td>
                <td>{t(`backups.kind.${entry.kind}`)}</td>
                <td className={entry.keptBecause === null ? 'backup-going' : undefined}>{t(keptKey(entry))}</td>
                <td>
                  <button type="button" className="button backup-restore-button" disabled={disabled} aria-label={t('backups.restoreLabel', { date })} onClick={() => onRestore(entry)}>
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
