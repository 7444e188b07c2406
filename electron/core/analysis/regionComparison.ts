import { NO_ZONE } from '../../../shared/analysis/paretoCurve';
import type { AnalysisFilter, RegionComparison } from '../../../shared/contract/analysisMethods';
import { frequencyOfCell } from '../../../shared/planning/load';
import type { CoreContext } from '../context';
import { gradeCounts } from '../db/repos/analysis/gradeCountsRepo';
import { analysisModel, scopeOf } from './analysisFilter';

type RegionRow = RegionComparison['regions'][number];

/**
 * The regions side by side (no region included, last): clients, reps, overrides, clients per
 * zone, the visits a month their cells call for (the planning frequencies) and their volume.
 * From a snapshot: its cells, reps and volumes, each client in today's region (clients deleted
 * since have none and are left out); "overridden" there is a cell that is not the formula's.
 */
export function regionComparison(ctx: CoreContext, filter: Pick<AnalysisFilter, 'snapshotId'>): RegionComparison {
  const model = analysisModel(ctx);
  const scope = { ...scopeOf(ctx, model.definition.id, filter), existingOnly: true };
  const frequency = new Map<string | null, number>();
  const frequencyOf = (cell: string | null) => {
    let value = frequency.get(cell);
    if (value === undefined) frequency.set(cell, (value = frequencyOfCell(model.definition, cell)));
    return value;
  };

  const regions = new Map<string | null, RegionRow & { repIds: Set<number> }>();
  for (const row of gradeCounts(ctx.db, scope, { byRegion: true, byRep: true })) {
    let region = regions.get(row.region);
    if (!region) {
      const perZone = Object.fromEntries(model.zones.map((zone) => [zone.id, 0]));
      regions.set(row.region, (region = { region: row.region, clients: 0, reps: 0, overridden: 0, perZone, monthlyVisits: 0, volume: 0, repIds: new Set() }));
    }
    region.clients += row.n;
    region.overridden += row.overridden;
    region.volume += row.volume;
    region.monthlyVisits += row.n * frequencyOf(row.cell);
    if (row.repId !== null) region.repIds.add(row.repId);
    const key = model.zoneKey(row.cell);
    region.perZone[key] = (region.perZone[key] ?? 0) + row.n;
  }

  return {
    zones: model.zones,
    regions: [...regions.values()]
      .sort((a, b) => Number(a.region === null) - Number(b.region === null) || (a.region ?? '').localeCompare(b.region ?? '', 'zh-CN'))
      .map(({ repIds, ...region }) => {
        if (region.perZone[NO_ZONE] === 0) delete region.perZone[NO_ZONE];
        return { ...region, reps: repIds.size };
      }),
  };
}
