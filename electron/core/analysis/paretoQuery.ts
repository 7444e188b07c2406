import { inBottomHalf, paretoCurve } from '../../../shared/analysis/paretoCurve';
import { PARETO_HEAD_SHARE, type AnalysisFilter, type Pareto } from '../../../shared/contract/analysisMethods';
import type { CoreContext } from '../context';
import { rankedByVolume } from '../db/repos/analysis/rankedVolumeRepo';
import { analysisClients, type ClientAtPoint } from './analysisClients';
import { analysisModel, scopeOf } from './analysisFilter';

/**
 * "Is 20% of clients giving 80% of volume, and do my visits follow that?" One pass over the
 * filter's clients ranked by volume (a SQL cursor into arrays of numbers, no client objects):
 * the curve, the head's share, and the two lists where grade and volume disagree:
 * - high volume, low zone: in the head (top 20%) with a volume above 0, graded in the last zone;
 * - low volume, top zone: graded in the first zone, in the bottom half by rank or with no volume.
 */
export function paretoAnalysis(ctx: CoreContext, input: AnalysisFilter & { limit: number }): Pareto {
  const model = analysisModel(ctx);
  const scope = scopeOf(ctx, model.definition.id, input);

  const clientIds: number[] = [];
  const volumes: (number | null)[] = [];
  const zones: number[] = [];
  const repIds: (number | null)[] = [];
  const cellCodes: (string | null)[] = [];
  const cellOf = new Map<string | null, number>();
  const cellIndex: number[] = [];
  for (const [clientId, cell, repId, volume] of rankedByVolume(ctx.db, scope)) {
    let index = cellOf.get(cell);
    if (index === undefined) {
      index = cellCodes.push(cell) - 1;
      cellOf.set(cell, index);
    }
    clientIds.push(clientId);
    volumes.push(volume);
    zones.push(model.zoneIndex(cell));
    repIds.push(repId);
    cellIndex.push(index);
  }

  const curve = paretoCurve(volumes, zones, model.zones.map((zone) => zone.id), PARETO_HEAD_SHARE);
  const n = clientIds.length;
  const top = 0;
  const low = model.zones.length - 1;
  const at = (r: number): ClientAtPoint => ({
    clientId: clientIds[r]!,
    cell: cellCodes[cellIndex[r]!] ?? null,
    repId: repIds[r] ?? null,
    volume: volumes[r] ?? null,
  });

  const high: ClientAtPoint[] = [];
  let highTotal = 0;
  for (let r = 0; r < curve.headCount; r++) {
    if (zones[r] !== low || !((volumes[r] ?? 0) > 0)) continue;
    highTotal++;
    if (high.length < input.limit) high.push(at(r));
  }
  // Smallest volume first: walk the ranking from its end.
  const lowVolume: ClientAtPoint[] = [];
  let lowTotal = 0;
  for (let r = n - 1; r >= 0; r--) {
    if (zones[r] !== top || !(inBottomHalf(r, n) || !volumes[r])) continue;
    lowTotal++;
    if (lowVolume.length < input.limit) lowVolume.push(at(r));
  }
  const shown = (rows: ClientAtPoint[]) => analysisClients(ctx.db, model, rows);

  return {
    zones: model.zones,
    clients: curve.clients,
    withVolume: curve.withVolume,
    totalVolume: curve.totalVolume,
    points: curve.points,
    headVolumeShare: curve.headVolumeShare,
    byZone: curve.byZone,
    highVolumeLowZone: { total: highTotal, rows: shown(high) },
    lowVolumeTopZone: { total: lowTotal, rows: shown(lowVolume) },
  };
}
