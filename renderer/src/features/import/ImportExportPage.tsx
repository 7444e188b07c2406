import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';

/** Honest placeholder: nothing here pretends to import or export yet. */
export function ImportExportPage() {
  const { t } = useTranslation();
  return (
    <section className="page page-import" aria-labelledby="import-title">
      <PageTitle id="import-title">{t('importExport.title')}</PageTitle>
      <div className="notice notice-info">
        <p>{t('importExport.comingSoon')}</p>
        <p>{t('importExport.today')}</p>
      </div>
    </section>
  );
}
