import { AppFailure, type SnapshotComparison, type SnapshotSummary } from '../../../shared/contract';
import { boardGrid } from '../../../shared/grading';
import { tallyMovement } from '../../../shared/analysis/movementTally';
import { cellRanks, movementDirection } from '../../../shared/history/cellMovement';
import type { CoreContext } from '../context';
import { findModel } from '../db/repos/modelsRepo';
import { clientLabels } from '../db/repos/moverDetailsRepo';
import { countClientsOnlyIn, findSnapshot, insertSnapshot, listSnapshotRows, snapshotCellPairs, snapshotMoves } from '../db/repos/snapshotsRepo';

export function listSnapshots(ctx: CoreContext): SnapshotSummary[] {
  return listSnapshotRows(ctx.db);
}

/** The snapshot, or notFound. */
export function getSnapshot(ctx: CoreContext, id: number): SnapshotSummary {
  const row = findSnapshot(ctx.db, id);
  if (!row) throw new AppFailure('notFound', { what: `snapshot ${id}` });
  return row;
}

/** Freezes every client's effective and formula cell of the active model for a month or quarter. */
export function takeSnapshot(ctx: CoreContext, period: string, label: string | undefined): SnapshotSummary {
  const { definition: model, version } = ctx.grading.model();
  const now = ctx.now();
  const id = insertSnapshot(ctx.db, { period, label: label ?? null, modelId: model.id, modelVersion: version, takenAt: now });
  return getSnapshot(ctx, id);
}

/**
 * From-cell × to-cell movement between two snapshots, with the list of movers: "who moved
 * up or down since last quarter".
 */
export function compareSnapshots(ctx: CoreContext, fromId: number, toId: number, moversLimit: number): SnapshotComparison {
  const from = getSnapshot(ctx, fromId);
  const to = getSnapshot(ctx, toId);
  const model = findModel(ctx.db, to.modelId)?.definition ?? ctx.grading.model().definition;
  const cells = boardGrid(model).rows.flat();
  const ranks = cellRanks(model);
  const { matrix, up, down, same } = tallyMovement(cells, ranks, snapshotCellPairs(ctx.db, fromId, toId));
  const onlyIn = (a: number, b: number) => countClientsOnlyIn(ctx.db, a, b);
  const moves = snapshotMoves(ctx.db, fromId, toId);
  const shown = moves.slice(0, moversLimit);
  const labels = new Map(clientLabels(ctx.db, shown.map((m) => m.clientId)).map((label) => [label.clientId, label]));
  return {
    from,
    to,
    cells,
    matrix,
    up,
    down,
    same,
    added: onlyIn(toId, fromId),
    removed: onlyIn(fromId, toId),
    movers: {
      total: moves.length,
      rows: shown.map((move) => {
        const label = labels.get(move.clientId);
        return {
          clientId: move.clientId,
          name: label?.name ?? `#${move.clientId}`,
          hospitalName: label?.hospitalName ?? null,
          department: label?.department ?? null,
          repName: label?.repName ?? null,
          from: move.fromCell,
          to: move.toCell,
          direction: movementDirection(ranks, move.fromCell, move.toCell),
        };
      }),
    },
  };
}
