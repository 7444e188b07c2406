import type { demoMethods } from '../../../shared/contract/demoMethods';
import { isDemoRegionId } from '../../../shared/demo/demoRegions';
import type { CoreContext } from '../context';
import { currentDemoRegion, demoChoicePending } from '../db/repos/demoRegionRepo';
import type { QueryHandlers } from '../router';
import { demoRegionSummaries } from './demoRegions';

type DemoQueryNames = Extract<keyof typeof demoMethods, 'demo.regions'>;

export function demoHandlers(ctx: CoreContext): Pick<QueryHandlers, DemoQueryNames> {
  return {
    'demo.regions': () => {
      const current = currentDemoRegion(ctx.db);
      return { regions: demoRegionSummaries(), current: isDemoRegionId(current) ? current : null, choicePending: demoChoicePending(ctx.db) };
    },
  };
}
