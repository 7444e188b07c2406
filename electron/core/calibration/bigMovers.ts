import type { ClientQuery } from '../../../shared/contract';
import type { BigMovers } from '../../../shared/contract/calibrationMethods';
import { bigMovers, calibrationRules } from '../../../shared/grading/calibration';
import { cellRanks, movementDirection } from '../../../shared/history/cellMovement';
import type { CoreContext } from '../context';
import { cellsChangedSince, latestSnapshotIdOf } from '../db/repos/bigMoversRepo';
import { clientLabels } from '../db/repos/moverDetailsRepo';
import { getSnapshot } from '../services/snapshots';

export interface BigMoversInput {
  query: ClientQuery;
  repId?: number | undefined;
  snapshotId?: number | undefined;
  limit: number;
}

/**
 * Clients whose effective cell moved at least the model's bigMoverSteps since a snapshot (the
 * active model's last one unless named), most steps first: the ones a calibration review asks about.
 */
export function bigMoversSince(ctx: CoreContext, input: BigMoversInput): BigMovers {
  const { definition: model } = ctx.grading.model();
  const minSteps = calibrationRules(model).bigMoverSteps;
  const baselineId = input.snapshotId ?? latestSnapshotIdOf(ctx.db, model.id);
  if (baselineId === undefined) return { baseline: null, minSteps, total: 0, movers: [] };
  const baseline = getSnapshot(ctx, baselineId);
  const filters = input.repId === undefined ? input.query : { ...input.query, repIds: [input.repId] };
  const movers = bigMovers(model, cellsChangedSince(ctx.db, model, baselineId, filters), minSteps).sort(
    (a, b) => b.steps - a.steps || a.clientId - b.clientId,
  );
  const shown = movers.slice(0, input.limit);
  const labels = new Map(clientLabels(ctx.db, shown.map((mover) => mover.clientId)).map((label) => [label.clientId, label]));
  const ranks = cellRanks(model);
  return {
    baseline,
    minSteps,
    total: movers.length,
    movers: shown.map((mover) => {
      const label = labels.get(mover.clientId);
      return {
        clientId: mover.clientId,
        name: label?.name ?? `#${mover.clientId}`,
        hospitalName: label?.hospitalName ?? null,
        department: label?.department ?? null,
        repName: label?.repName ?? null,
        from: mover.from,
        to: mover.to,
        steps: mover.steps,
        direction: movementDirection(ranks, mover.from, mover.to),
      };
    }),
  };
}
