import { AppFailure } from '../../../shared/contract';
import type { DemoRegionSummary } from '../../../shared/contract/demoMethods';
import type { DemoRegion } from '../../../shared/demo/demoRegion';
import { DEMO_REGIONS, demoRegionInfo, type DemoRegionId } from '../../../shared/demo/demoRegions';
import type { Db } from '../db/connection';
import { insertDemoRegion, type DemoCounts, type InsertDemoOptions } from '../db/repos/demoRegionRepo';
import { activeModel, findModel, setActiveModel } from '../db/repos/modelsRepo';

/**
 * Writes a demo region into a database without clients and makes its model the active one,
 * inside the caller's transaction (a new database at start-up, or data.loadDemo's step, which
 * the pipeline then regrades).
 */
export function writeDemoRegion(
  db: Db,
  id: DemoRegionId,
  region: DemoRegion,
  now: string,
  options: Pick<InsertDemoOptions, 'firstClientId'> = {},
): DemoCounts & { modelId: string } {
  const { modelId } = demoRegionInfo(id);
  if (!findModel(db, modelId)) throw new AppFailure('notFound', { what: modelId });
  const counts = insertDemoRegion(db, region, now, { ...options, regionId: id });
  if (activeModel(db).definition.id !== modelId) setActiveModel(db, modelId, now);
  return { ...counts, modelId };
}

let summaries: DemoRegionSummary[] | null = null;

/** The registry as the contract lists it; the counts come from the generators (the same on every call). */
export function demoRegionSummaries(): DemoRegionSummary[] {
  summaries ??= DEMO_REGIONS.map((info) => {
    const region = info.generate();
    return { id: info.id, name: info.name, description: info.description, modelId: info.modelId, reps: region.reps.length, clients: region.clients.length };
  });
  return summaries;
}
