import { FirstInOrder } from '../../../shared/analysis/firstInOrder';
import { tallyMovement, type CellPair } from '../../../shared/analysis/movementTally';
import type { AnalysisFilter, Movement } from '../../../shared/contract/analysisMethods';
import { cellRanks, movementDirection } from '../../../shared/history/cellMovement';
import type { CoreContext } from '../context';
import { currentOverrideReasons, movementRows, overrideReasonsAt } from '../db/repos/analysis/movementRepo';
import type { GradeScope } from '../db/repos/analysis/scopedGrades';
import { getSnapshot } from '../services/snapshots';
import { analysisClients } from './analysisClients';
import { analysisModel } from './analysisFilter';

interface Mover {
  clientId: number;
  fromCell: string | null;
  toCell: string | null;
  repId: number | null;
  volume: number | null;
  overridden: boolean;
  nameKey: string | null;
  direction: 1 | 0 | -1;
}

/** Up first, then sideways, then down; each by name (the grid's pinyin key; deleted clients last), then id. */
function moverOrder(a: Mover, b: Mover): number {
  if (a.direction !== b.direction) return b.direction - a.direction;
  if (a.nameKey !== b.nameKey) {
    if (a.nameKey === null) return 1;
    if (b.nameKey === null) return -1;
    return a.nameKey < b.nameKey ? -1 : 1;
  }
  return a.clientId - b.clientId;
}

export interface MovementInput extends Omit<AnalysisFilter, 'snapshotId'> {
  fromId: number;
  /** null = today's grades. */
  toId: number | null;
  limit: number;
}

/**
 * "Who moved up or down since last quarter": the from × to matrix of snapshot `fromId` against
 * a later snapshot or today (the same tally as snapshots.compare), for the clients in the filter
 * at the later point (its rep; today's region), with the movers up first, then by name. A mover
 * whose later cell is an override carries that override's reason: the current one when `to`
 * is today, else the one in force when the later snapshot was taken; formula moves carry null.
 */
export function movementAnalysis(ctx: CoreContext, input: MovementInput): Movement {
  const model = analysisModel(ctx);
  getSnapshot(ctx, input.fromId);
  const to = input.toId === null ? null : getSnapshot(ctx, input.toId);
  const modelId = to?.modelId ?? model.definition.id;
  const scope: GradeScope = { modelId, repId: input.repId, region: input.region, snapshotId: to?.id };
  const ranks = cellRanks(model.definition);

  const pairs = new Map<string, CellPair>();
  const movers = new FirstInOrder<Mover>(input.limit, moverOrder);
  for (const [fromCell, toCell, n, clientId, repId, volume, overridden, nameKey] of movementRows(ctx.db, input.fromId, scope)) {
    const key = `${fromCell ?? ''}\u0001${toCell ?? ''}`;
    const pair = pairs.get(key);
    if (pair) pair.n += n;
    else pairs.set(key, { fromCell, toCell, n });
    if (clientId === null) continue;
    movers.push({ clientId, fromCell, toCell, repId, volume, overridden: overridden === 1, nameKey, direction: movementDirection(ranks, fromCell, toCell) });
  }
  const { matrix, up, down, same, moved } = tallyMovement(model.cells, ranks, [...pairs.values()]);

  const shown = movers.result();
  const overriddenMovers = shown.filter((mover) => mover.overridden);
  const reasons = to
    ? overrideReasonsAt(ctx.db, modelId, to.takenAt, overriddenMovers.map((mover) => ({ clientId: mover.clientId, cell: mover.toCell })))
    : currentOverrideReasons(ctx.db, modelId, overriddenMovers.map((mover) => mover.clientId));
  const clients = analysisClients(ctx.db, model, shown.map((mover) => ({ clientId: mover.clientId, cell: mover.toCell, repId: mover.repId, volume: mover.volume })));

  return {
    cells: model.cells,
    matrix,
    up,
    down,
    same,
    movers: {
      total: moved,
      rows: shown.map((mover, i) => ({
        ...clients[i]!,
        from: mover.fromCell,
        to: mover.toCell,
        direction: mover.direction,
        reason: mover.overridden ? (reasons.get(mover.clientId) ?? null) : null,
      })),
    },
  };
}
