import { NO_ZONE } from '../../../shared/analysis/paretoCurve';
import type { AnalysisFilter, ZoneTrend } from '../../../shared/contract/analysisMethods';
import type { CoreContext } from '../context';
import { gradeCounts, snapshotsOldestFirst } from '../db/repos/analysis/gradeCountsRepo';
import type { GradeScope } from '../db/repos/analysis/scopedGrades';
import { analysisModel, type AnalysisModel } from './analysisFilter';

/** Clients per zone id of a scope (every zone present, '' only when some are ungraded). */
export function countPerZone(ctx: CoreContext, model: AnalysisModel, scope: GradeScope): { clients: number; perZone: Record<string, number> } {
  const perZone: Record<string, number> = Object.fromEntries(model.zones.map((zone) => [zone.id, 0]));
  let clients = 0;
  for (const row of gradeCounts(ctx.db, scope)) {
    clients += row.n;
    const key = model.zoneKey(row.cell);
    perZone[key] = (perZone[key] ?? 0) + row.n;
  }
  if (perZone[NO_ZONE] === 0) delete perZone[NO_ZONE];
  return { clients, perZone };
}

/**
 * Zones over time: every snapshot, oldest first, its frozen cells mapped through the active
 * model's zones (cells it does not know count as ''), then today's grades. The rep is the one
 * frozen in each snapshot; the region is today's (clients deleted since are outside any region).
 */
export function zoneTrend(ctx: CoreContext, filter: Omit<AnalysisFilter, 'snapshotId'>): ZoneTrend {
  const model = analysisModel(ctx);
  const base = { modelId: model.definition.id, repId: filter.repId, region: filter.region };
  const points: ZoneTrend['points'] = snapshotsOldestFirst(ctx.db).map((snapshot) => ({
    snapshotId: snapshot.id,
    period: snapshot.period,
    label: snapshot.label,
    takenAt: snapshot.takenAt,
    ...countPerZone(ctx, model, { ...base, snapshotId: snapshot.id }),
  }));
  points.push({ snapshotId: null, period: null, label: null, takenAt: null, ...countPerZone(ctx, model, base) });
  return { zones: model.zones, points };
}
