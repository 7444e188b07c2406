import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { DataFacts } from './DataFacts';
import { LanguageField } from './LanguageField';
import { Maintenance } from './Maintenance';
import { DemoRegionsSection } from './demo/DemoRegionsSection';
import { DiagnosticsSection } from './diagnostics/DiagnosticsSection';
import { BackupsSection } from './backups/BackupsSection';
import { UpdatesSection } from './updates/UpdatesSection';
import './settings.css';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <section className="page page-settings" aria-labelledby="settings-title">
      <PageTitle id="settings-title">{t('settings.title')}</PageTitle>
      <section className="panel" aria-labelledby="settings-language-title">
        <h2 id="settings-language-title">{t('settings.general')}</h2>
        <LanguageField />
      </section>
      <section className="panel" aria-labelledby="settings-data-title">
        <h2 id="settings-data-title">{t('settings.data')}</h2>
        <DataFacts />
      </section>
      <BackupsSection />
      <DemoRegionsSection />
      <section className="panel" aria-labelledby="settings-maintenance-title">
        <h2 id="settings-maintenance-title">{t('settings.maintenance')}</h2>
        <Maintenance />
      </section>
      <UpdatesSection />
      <DiagnosticsSection />
    </section>
  );
}
