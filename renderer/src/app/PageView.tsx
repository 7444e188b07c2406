import { AnalysisPage } from '../features/dashboards/AnalysisPage';
import { BoardPage } from '../features/board/BoardPage';
import { ClientsPage } from '../features/clients/ClientsPage';
import { ImportExportPage } from '../features/import/ImportExportPage';
import { ModelsPage } from '../features/models/ModelsPage';
import { PlansPage } from '../features/plans/PlansPage';
import { PrintPlanPage } from '../features/plans/print/PrintPlanPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import type { PageId } from './routes';

export function PageView({ page }: { page: PageId }) {
  switch (page) {
    case 'clients':
      return <ClientsPage />;
    case 'board':
      return <BoardPage />;
    case 'import':
      return <ImportExportPage />;
    case 'plans':
      return <PlansPage />;
    case 'analysis':
      return <AnalysisPage />;
    case 'models':
      return <ModelsPage />;
    case 'settings':
      return <SettingsPage />;
    case 'print':
      return <PrintPlanPage />;
  }
}
