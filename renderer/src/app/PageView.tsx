import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileDropTarget } from '../features/transfer/FileDropTarget';
import type { PageId } from './routes';

// Each page is its own chunk: the grid (AG Grid), the board (dnd-kit) and the dashboards
// (ECharts) are large, and a window should only load the page it opens.
const LOADERS: Record<PageId, () => Promise<{ default: ComponentType }>> = {
  clients: () => import('../features/clients/ClientsPage').then((m) => ({ default: m.ClientsPage })),
  board: () => import('../features/board/BoardPage').then((m) => ({ default: m.BoardPage })),
  import: () => import('../features/transfer/TransferPage').then((m) => ({ default: m.TransferPage })),
  plans: () => import('../features/plans/PlansPage').then((m) => ({ default: m.PlansPage })),
  analysis: () => import('../features/dashboards/AnalysisPage').then((m) => ({ default: m.AnalysisPage })),
  models: () => import('../features/models/ModelsPage').then((m) => ({ default: m.ModelsPage })),
  settings: () => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
  print: () => import('./PrintPage').then((m) => ({ default: m.PrintPage })),
};

const PAGES = Object.fromEntries(Object.entries(LOADERS).map(([page, load]) => [page, lazy(load)])) as Record<PageId, LazyExoticComponent<ComponentType>>;

/** Starts loading a page's code before the app has rendered (the page the window opens on). */
export function preloadPage(page: PageId): void {
  // The browser keeps the module; the page's own import then finds it. A failure shows there.
  LOADERS[page]().catch(() => undefined);
}

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
