import { BRIDGE_GLOBAL, type BridgeApi } from '../../../../shared/contract';
import { printRouteHash, type PrintRequest } from '../../../../shared/planning/printRoute';

export type PrintAction = 'pdf' | 'print';

/**
 * Prints a plan: in the desktop app the host renders the print route in a hidden window
 * (Save as PDF or the system print dialog); in a browser the page opens the print route,
 * which has its own Print button (the browser's dialog saves PDFs too).
 */
export async function printPlan(request: PrintRequest, action: PrintAction, fileName: string): Promise<{ done: boolean; viaRoute: boolean }> {
  const bridge = (window as unknown as Record<string, BridgeApi | undefined>)[BRIDGE_GLOBAL];
  if (bridge?.host?.printPlan) {
    const result = await bridge.host.printPlan({ ...request, action, fileName });
    return { done: result.done, viaRoute: false };
  }
  window.location.hash = printRouteHash(request);
  return { done: true, viaRoute: true };
}
