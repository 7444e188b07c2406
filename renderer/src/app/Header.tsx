import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks';
import { fileName } from '../components/format';
import { UndoRedoButtons } from '../features/history/UndoRedoButtons';
import { useLocale } from '../i18n/useLocale';
import { LanguageSwitch } from './LanguageSwitch';

export function Header() {
  const { t } = useTranslation();
  const locale = useLocale();
  const models = useApiQuery('models.list', {});
  const info = useApiQuery('app.info', {});
  const active = models.data?.find((model) => model.active);

  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-alt">{t('app.altName')}</span>
      </div>
      <dl className="header-facts">
        <div>
          <dt>{t('header.model')}</dt>
          <dd data-testid="model-name">{active ? active.name[locale] : models.isPending ? '…' : t('header.noModel')}</dd>
        </div>
        <div>
          <dt>{t('header.database')}</dt>
          <dd title={info.data?.dbPath}>
            {info.data ? fileName(info.data.dbPath) : '…'}
            {info.data?.demo ? (
              <span className="badge badge-demo" title={t('header.demoHint')} data-testid="demo-badge">
                {t('header.demo')}
              </span>
            ) : null}
          </dd>
        </div>
      </dl>
      <UndoRedoButtons />
      <LanguageSwitch />
    </header>
  );
}
