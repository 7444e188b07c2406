import { AnalysisPage } from '../features/dashboards/AnalysisPage';
import { BoardPage } from '../features/board/BoardPage';
import { ClientsPage } from '../features/clients/ClientsPage';
import { FileDropTarget } from '../features/transfer/FileDropTarget';
import { TransferPage } from '../features/transfer/TransferPage';
import { ModelsPage } from '../features/models/ModelsPage';
import { PlansPage } from '../features/plans/PlansPage';
import { PrintPlanPage } from '../features/plans/print/PrintPlanPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import type { PageId } from './routes';

export function PageView({ page }: { page: PageId }) {
  // A file dropped on the window, on any page, opens the import wizard with it.
  return (
    <>
      <FileDropTarget />
      <PageContent page={page} />
    </>
  );
}

function PageContent({ page }: { page: PageId }) {
  switch (page) {
    case 'clients':
      return <ClientsPage />;
    case 'board':
      return <BoardPage />;
    case 'import':
      return <TransferPage />;
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
