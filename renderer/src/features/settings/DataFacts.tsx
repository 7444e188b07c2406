import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';

export function DataFacts() {
  const { t } = useTranslation();
  const info = useApiQuery('app.info', {});
  if (info.isError) return <ErrorMessage error={info.error} onRetry={() => void info.refetch()} />;
  if (!info.data) return <Loading />;
  const facts = [
    ['db-path', t('settings.dbPath'), info.data.dbPath],
    ['schema-version', t('settings.schemaVersion'), String(info.data.schemaVersion)],
    ['backups-dir', t('settings.backupsDir'), info.data.backupsDir],
    ['app-version', t('settings.appVersion'), info.data.appVersion],
  ] as const;
  return (
    <dl className="facts facts-list">
      {facts.map(([id, label, value]) => (
        <div key={id} className="fact">
          <dt>{label}</dt>
          <dd className="selectable" data-testid={`settings-${id}`}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
