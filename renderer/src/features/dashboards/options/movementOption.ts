import type { Movement } from '../../../../../shared/contract/analysisMethods';
import type { ChartOption } from '../charts/echartsCore';
import type { ChartTarget, TargetScope } from '../chartTargets';
import { ITEM_TOOLTIP, NEUTRAL } from './chartStyle';

export interface MovementFlow {
  value: number;
  source: string;
  target: string;
  from: string;
  to: string;
  /** What a click opens: the clients now in the later cell (the movers list below filters to the pair). */
  open: ChartTarget;
}

/**
 * Movement between two points in time as a Sankey: the earlier cells on the left, the later
 * on the right (each named with its period, so the two sides never share a node), a flow per
 * pair of cells with clients. Staying clients are drawn too, faded, so the flows are in
 * proportion; `moversOnly` leaves them out.
 */
export function movementOption(
  movement: Movement,
  labels: { from: string; to: string },
  colorOfCell: (cell: string) => string | null,
  options: { moversOnly?: boolean; scope?: TargetScope } = {},
): ChartOption {
  const left = (cell: string) => `${labels.from} ${cell}`;
  const right = (cell: string) => `${labels.to} ${cell}`;
  const flows: (MovementFlow & { lineStyle: { opacity: number } })[] = [];
  movement.cells.forEach((from, i) =>
    movement.cells.forEach((to, j) => {
      const value = movement.matrix[i]?.[j] ?? 0;
      if (value === 0 || (options.moversOnly && from === to)) return;
      flows.push({
        value,
        source: left(from),
        target: right(to),
        from,
        to,
        open: { page: 'clients', cells: [to], ...options.scope },
        lineStyle: { opacity: from === to ? 0.15 : 0.5 },
      });
    }),
  );
  const used = new Set(flows.flatMap((flow) => [flow.source, flow.target]));
  const nodes = [
    ...movement.cells.map((cell) => ({ name: left(cell), depth: 0, itemStyle: { color: colorOfCell(cell) ?? NEUTRAL } })),
    ...movement.cells.map((cell) => ({ name: right(cell), depth: 1, itemStyle: { color: colorOfCell(cell) ?? NEUTRAL } })),
  ].filter((node) => used.has(node.name));
  return {
    animation: false,
    tooltip: ITEM_TOOLTIP,
    series: [
      {
        type: 'sankey',
        left: 8,
        right: 96,
        top: 8,
        bottom: 8,
        nodeAlign: 'justify',
        layoutIterations: 0,
        emphasis: { focus: 'adjacency' },
        label: { color: '#1b1f24' },
        lineStyle: { color: 'gradient', curveness: 0.5 },
        data: nodes,
        links: flows,
      },
    ],
  };
}

/** The flow a click on a Sankey link carries, or null for a click on a node. */
export function flowOf(data: unknown): MovementFlow | null {
  if (typeof data !== 'object' || data === null) return null;
  const flow = data as Partial<MovementFlow>;
  return typeof flow.from === 'string' && typeof flow.to === 'string' && flow.open ? (flow as MovementFlow) : null;
}
