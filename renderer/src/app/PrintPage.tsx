import { lazy, useSyncExternalStore } from 'react';
import { isReportRoute } from '../../../shared/analysis/reportRoute';

// Each printable document is its own chunk: the report draws ECharts, the plan does not.
const PrintPlanPage = lazy(() => import('../features/plans/print/PrintPlanPage').then((m) => ({ default: m.PrintPlanPage })));
const QuarterlyReportPage = lazy(() => import('../features/dashboards/report/QuarterlyReportPage').then((m) => ({ default: m.QuarterlyReportPage })));

function subscribeHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The hidden 'print' page: '#/print/report?…' is the quarterly report, anything else under '#/print/' the visit plan. */
export function PrintPage() {
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash);
  return isReportRoute(hash) ? <QuarterlyReportPage /> : <PrintPlanPage />;
}
