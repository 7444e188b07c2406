import type { AnalysisClient } from '../../../shared/contract/analysisMethods';
import type { Db } from '../db/connection';
import { clientLabels } from '../db/repos/moverDetailsRepo';
import { listReps } from '../db/repos/referenceRepo';
import type { AnalysisModel } from './analysisFilter';

/** A client named on a chart, as the query saw it: its cell, rep and volume at that point. */
export interface ClientAtPoint {
  clientId: number;
  cell: string | null;
  repId: number | null;
  volume: number | null;
}

/**
 * Names, hospitals and rep names beside a few clients (a page of flags or movers), in the order
 * given. A client deleted since a snapshot shows as "#id"; the rep is the one of the point read.
 */
export function analysisClients(db: Db, model: AnalysisModel, rows: readonly ClientAtPoint[]): AnalysisClient[] {
  if (rows.length === 0) return [];
  const labels = new Map(clientLabels(db, rows.map((row) => row.clientId)).map((label) => [label.clientId, label]));
  const repNames = new Map(listReps(db).map((rep) => [rep.id, rep.name]));
  return rows.map((row) => {
    const label = labels.get(row.clientId);
    return {
      clientId: row.clientId,
      name: label?.name ?? `#${row.clientId}`,
      hospitalName: label?.hospitalName ?? null,
      repName: row.repId === null ? null : (repNames.get(row.repId) ?? null),
      cell: row.cell,
      zoneId: model.zoneKey(row.cell) || null,
      volume: row.volume,
    };
  });
}
