/**
 * Where a click on a chart leads: the client grid or the board, filtered to the clients the
 * bar, cell or flow stands for. Option builders put a target on each data item; the page
 * opens it (openChartTarget.ts), so the builders stay pure.
 */
export type ChartTarget =
  /** regions: the grid's region filter (null = clients without a region). */
  | { page: 'clients'; zones?: string[]; cells?: string[]; repIds?: (number | null)[]; regions?: (string | null)[] }
  | { page: 'board'; repId?: number | null; zones?: string[] };

/** The page's filter carried into every target: its rep and its region. */
export interface TargetScope {
  repIds?: (number | null)[];
  regions?: (string | null)[];
}

/** A data item that leads somewhere when clicked. */
export interface TargetItem {
  value: number | [number, number];
  target: ChartTarget;
  itemStyle?: { color: string };
}

export function targetOf(data: unknown): ChartTarget | null {
  if (typeof data !== 'object' || data === null || !('target' in data)) return null;
  const target = (data as { target: unknown }).target;
  return typeof target === 'object' && target !== null && 'page' in target ? (target as ChartTarget) : null;
}
