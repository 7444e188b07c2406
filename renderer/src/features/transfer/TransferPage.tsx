import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { ExportPanel } from './ExportPanel';
import { ImportWizard } from './ImportWizard';
import { RegionsPanel } from './RegionsPanel';
import './transfer.css';

/** 导入/导出: the import wizard, the exports and the regional roll-up. */
export function TransferPage() {
  const { t } = useTranslation();
  return (
    <section className="page page-transfer" aria-labelledby="transfer-title">
      <PageTitle id="transfer-title">{t('transfer.title')}</PageTitle>
      <p className="lead">{t('transfer.intro')}</p>
      <div className="transfer-layout">
        <ImportWizard />
        <div className="transfer-side">
          <ExportPanel />
          <RegionsPanel />
        </div>
      </div>
    </section>
  );
}
