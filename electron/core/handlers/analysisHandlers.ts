import type { analysisMethods } from '../../../shared/contract/analysisMethods';
import { movementAnalysis } from '../analysis/movement';
import { paretoAnalysis } from '../analysis/paretoQuery';
import { regionComparison } from '../analysis/regionComparison';
import { repDistribution } from '../analysis/repDistribution';
import { visitsByZone } from '../analysis/visitsByZone';
import { zoneTrend } from '../analysis/zoneTrend';
import type { CoreContext } from '../context';
import type { QueryHandlers } from '../router';

/** The 分析 page's reads: each aggregates in SQL (or one pass over a cursor) so only a few hundred numbers cross. */
export function analysisHandlers(ctx: CoreContext): Pick<QueryHandlers, keyof typeof analysisMethods> {
  return {
    'analysis.pareto': (input) => paretoAnalysis(ctx, input),
    'analysis.visitsByZone': (input) => visitsByZone(ctx, input),
    'analysis.repDistribution': (input) => repDistribution(ctx, input),
    'analysis.zoneTrend': (input) => zoneTrend(ctx, input),
    'analysis.movement': (input) => movementAnalysis(ctx, input),
    'analysis.regions': (input) => regionComparison(ctx, input),
  };
}
