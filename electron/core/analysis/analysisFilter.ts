import type { AnalysisFilter } from '../../../shared/contract/analysisMethods';
import { boardGrid, type ModelDefinition } from '../../../shared/grading';
import type { CoreContext } from '../context';
import type { GradeScope } from '../db/repos/analysis/scopedGrades';
import { getSnapshot } from '../services/snapshots';

/** The active model as the analysis page reads it: zones in priority order and cells in board order. */
export interface AnalysisModel {
  definition: ModelDefinition;
  /** model.zones order: the first is the highest priority (e.g. red), the last the lowest (blue). */
  zones: { id: string; name: ModelDefinition['zones'][number]['name']; color: string }[];
  /** Cell codes top to bottom, left to right, best first (the board's order). */
  cells: string[];
  /** The index in `zones` of a cell's zone; -1 for null and for cells no zone lists. */
  zoneIndex(cell: string | null): number;
  /** The zone id of a cell; '' when it has none (ungraded). */
  zoneKey(cell: string | null): string;
}

/** The active model with its zones and board order (every analysis maps cells through the active model). */
export function analysisModel(ctx: Pick<CoreContext, 'grading'>): AnalysisModel {
  const definition = ctx.grading.model().definition;
  const zones = definition.zones.map((zone) => ({ id: zone.id, name: zone.name, color: zone.color }));
  const byCell = new Map<string, number>();
  definition.zones.forEach((zone, i) => {
    for (const cell of zone.cells) if (!byCell.has(cell)) byCell.set(cell, i);
  });
  const zoneIndex = (cell: string | null) => (cell === null ? -1 : (byCell.get(cell) ?? -1));
  return {
    definition,
    zones,
    cells: boardGrid(definition).rows.flat().filter((code) => code !== ''),
    zoneIndex,
    zoneKey: (cell) => zones[zoneIndex(cell)]?.id ?? '',
  };
}

/** The grades a filter selects; an unknown snapshot is refused (notFound). */
export function scopeOf(ctx: CoreContext, modelId: string, filter: AnalysisFilter): GradeScope {
  if (filter.snapshotId !== undefined) getSnapshot(ctx, filter.snapshotId);
  return { modelId, repId: filter.repId, region: filter.region, snapshotId: filter.snapshotId };
}
