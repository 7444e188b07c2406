import { useEffect, type RefObject } from 'react';
import { markPrintReady } from '../../plans/print/printReady';

/** How long the report waits for its charts to draw before it reports an error (50 ms × 200 = 10 s). */
const CHECK_MS = 50;
const MAX_CHECKS = 200;

/** True when every chart box of the sheet holds a drawn SVG (ECharts' SVG renderer draws on setOption). */
export function chartsRendered(root: ParentNode | null): boolean {
  if (!root) return false;
  return [...root.querySelectorAll('[data-report-chart]')].every((chart) => (chart.querySelector('svg')?.childElementCount ?? 0) > 0);
}

/**
 * The report's ready signal for the host and the tests (data-print-ready on <html>, as the
 * plan's): 'true' once every query has loaded, every chart is drawn and the fonts are loaded;
 * 'error' when a query failed or the charts never drew.
 */
export function useReportReady(sheet: RefObject<HTMLElement | null>, state: 'loading' | 'loaded' | 'error'): void {
  useEffect(() => {
    if (state === 'error') return markPrintReady('error');
    let clear = markPrintReady(null);
    if (state === 'loading') return clear;
    let checks = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      if (chartsRendered(sheet.current)) clear = markPrintReady('true');
      else if (++checks >= MAX_CHECKS) clear = markPrintReady('error');
      else timer = setTimeout(check, CHECK_MS);
    };
    check();
    return () => {
      clearTimeout(timer);
      clear();
    };
  }, [sheet, state]);
}
