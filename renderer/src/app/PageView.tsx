import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileDropTarget } from '../features/transfer/FileDropTarget';
import type { PageId } from './routes';

// Each page is its own chunk: the grid (AG Grid), the board (dnd-kit) and the dashboards
// (ECharts) are large, and a window should only load the page it opens.
const PAGES: Record<PageId, LazyExoticComponent<ComponentType>> = {
  clients: lazy(() => import('../features/clients/ClientsPage').then((m) => ({ default: m.ClientsPage }))),
  board: lazy(() => import('../features/board/BoardPage').then((m) => ({ default: m.BoardPage }))),
  import: lazy(() => import('../features/transfer/TransferPage').then((m) => ({ default: m.TransferPage }))),
  plans: lazy(() => import('../features/plans/PlansPage').then((m) => ({ default: m.PlansPage }))),
  analysis: lazy(() => import('../features/dashboards/AnalysisPage').then((m) => ({ default: m.AnalysisPage }))),
  models: lazy(() => import('../features/models/ModelsPage').then((m) => ({ default: m.ModelsPage }))),
  settings: lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage }))),
  print: lazy(() => import('../features/plans/print/PrintPlanPage').then((m) => ({ default: m.PrintPlanPage }))),
};

export function PageView({ page }: { page: PageId }) {
  const { t } = useTranslation();
  const Page = PAGES[page];
  // A file dropped on the window, on any page, opens the import wizard with it.
  return (
    <>
      <FileDropTarget />
      <Suspense
        fallback={
          <p className="help" role="status">
            {t('app.loading')}
          </p>
        }
      >
        <Page />
      </Suspense>
    </>
  );
}
