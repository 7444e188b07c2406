import { BRIDGE_GLOBAL, type BridgeApi } from '../../../../../shared/contract';
import { reportRouteHash, type ReportRequest } from '../../../../../shared/analysis/reportRoute';

export type ReportPrintAction = 'pdf' | 'print';

/** True in the desktop app, whose host prints the report from a hidden window. */
export function hostPrintsReports(): boolean {
  const bridge = (window as unknown as Record<string, BridgeApi | undefined>)[BRIDGE_GLOBAL];
  return typeof bridge?.host?.printReport === 'function';
}

/**
 * Prints the quarterly report as the plans are printed: in the desktop app the host renders
 * the report route in a hidden window (Save as PDF or the system print dialog); in a browser
 * the page opens the route, which has its own Print button.
 */
export async function printReport(request: ReportRequest, action: ReportPrintAction, fileName: string): Promise<{ done: boolean; viaRoute: boolean }> {
  const bridge = (window as unknown as Record<string, BridgeApi | undefined>)[BRIDGE_GLOBAL];
  if (bridge?.host?.printReport) {
    const result = await bridge.host.printReport({ ...request, action, fileName });
    return { done: result.done, viaRoute: false };
  }
  window.location.hash = reportRouteHash(request);
  return { done: true, viaRoute: true };
}
