import { reportRouteHash } from '../../../shared/analysis/reportRoute';
import type { PrintReport } from '../secureHandle';
import type { ReportPrintJob } from './printJob';
import { createPrintRoute, type PrintPlanDeps } from './printPlan';

/** Prints the 季度客户分级报告 (#/print/report?…) the way the plans are printed: hidden window, ready signal, A4. */
export function createPrintReport(deps: PrintPlanDeps): PrintReport {
  const print = createPrintRoute(deps);
  return (job: ReportPrintJob) => print({ hash: reportRouteHash(job), action: job.action, fileName: job.fileName, what: 'report' });
}
