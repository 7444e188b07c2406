import { chiSquareHomogeneity } from '../../../shared/analysis/chiSquare';
import type { AnalysisFilter, RepDistribution } from '../../../shared/contract/analysisMethods';
import type { CoreContext } from '../context';
import { gradeCounts } from '../db/repos/analysis/gradeCountsRepo';
import { analysisModel, scopeOf } from './analysisFilter';

/** p below which a rep's spread over the zones counts as different from the others'. */
export const GENEROUS_P_VALUE = 0.01;

interface RepTally {
  repId: number | null;
  repName: string | null;
  clients: number;
  perCell: Record<string, number>;
  /** Clients per zone, in model.zones order. */
  zones: number[];
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Named reps by name, then reps known only by id (deleted since a snapshot), unassigned clients last. */
function byRepName(a: RepTally, b: RepTally): number {
  return (
    Number(a.repId === null) - Number(b.repId === null) ||
    Number(a.repName === null) - Number(b.repName === null) ||
    (a.repName ?? '').localeCompare(b.repName ?? '', 'zh-CN') ||
    (a.repId ?? 0) - (b.repId ?? 0)
  );
}

/**
 * Clients per cell for each rep of the filter (unassigned clients as a rep null), and whether a
 * rep grades differently from the rest: a chi-square test of homogeneity of the rep's zone
 * counts against the other reps' pooled (2 × zones). Shares of the top zone are of the clients
 * in a zone (ungraded clients are counted per rep but are in neither the test nor the shares).
 */
export function repDistribution(ctx: CoreContext, filter: Omit<AnalysisFilter, 'repId'>): RepDistribution {
  const model = analysisModel(ctx);
  const rows = gradeCounts(ctx.db, scopeOf(ctx, model.definition.id, filter), { byRep: true });
  const emptyCells = () => Object.fromEntries(model.cells.map((code) => [code, 0]));
  const onBoard = new Set(model.cells);

  const region = { clients: 0, perCell: emptyCells() };
  const totalZones = model.zones.map(() => 0);
  const reps = new Map<number | null, RepTally>();
  for (const row of rows) {
    let rep = reps.get(row.repId);
    if (!rep) reps.set(row.repId, (rep = { repId: row.repId, repName: row.repName, clients: 0, perCell: emptyCells(), zones: model.zones.map(() => 0) }));
    rep.clients += row.n;
    region.clients += row.n;
    if (row.cell !== null && onBoard.has(row.cell)) {
      rep.perCell[row.cell]! += row.n;
      region.perCell[row.cell]! += row.n;
    }
    const zone = model.zoneIndex(row.cell);
    if (zone >= 0) {
      rep.zones[zone]! += row.n;
      totalZones[zone]! += row.n;
    }
  }

  return {
    cells: model.cells,
    zones: model.definition.zones.map((zone) => ({ id: zone.id, name: zone.name, color: zone.color, cells: zone.cells })),
    region,
    reps: [...reps.values()].sort(byRepName).map((rep) => {
      const others = totalZones.map((total, i) => total - rep.zones[i]!);
      const test = chiSquareHomogeneity(rep.zones, others);
      const topZoneShareDiff = share(rep.zones[0] ?? 0, sum(rep.zones)) - share(others[0] ?? 0, sum(others));
      return {
        repId: rep.repId,
        repName: rep.repName,
        clients: rep.clients,
        perCell: rep.perCell,
        chiSquare: test.chiSquare,
        degreesOfFreedom: test.degreesOfFreedom,
        pValue: test.pValue,
        topZoneShareDiff,
        generous: test.pValue < GENEROUS_P_VALUE && topZoneShareDiff > 0,
      };
    }),
  };
}
