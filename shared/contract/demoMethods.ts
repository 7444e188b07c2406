import { z } from 'zod';
import { command, query } from './defineMethod';
import { LocalizedText } from '../domain/schemas';
import { DEMO_REGION_IDS } from '../demo/demoRegions';

export const DemoRegionIdSchema = z.enum(DEMO_REGION_IDS);

export const DemoRegionSummarySchema = z.object({
  id: DemoRegionIdSchema,
  name: LocalizedText,
  description: LocalizedText,
  /** The built-in model loading the region activates. */
  modelId: z.string(),
  reps: z.number().int().nonnegative(),
  clients: z.number().int().nonnegative(),
});
export type DemoRegionSummary = z.infer<typeof DemoRegionSummarySchema>;

/** The demo regions (docs/demo-regions.md), which one the data is, and whether the first-start choice is still open. */
export const demoMethods = {
  'demo.regions': query(
    z.strictObject({}),
    z.object({
      regions: z.array(DemoRegionSummarySchema),
      /** The demo region the data is now; null when the data is the user's own (or empty). */
      current: DemoRegionIdSchema.nullable(),
      /** A new database got the default region without anyone choosing it: the app asks once. */
      choicePending: z.boolean(),
    }),
    ['settings'],
  ),
  /** The first-start question is answered (a region loaded, the empty start, or kept as it is): not asked again. */
  'demo.markChosen': command(z.strictObject({}), z.object({ choicePending: z.literal(false) })),
  /**
   * Replaces all clients, hospitals and reps by a demo region and activates its model, after a
   * verified backup; one undo step brings the previous data and model back.
   */
  'data.loadDemo': command(
    z.strictObject({ region: DemoRegionIdSchema }),
    z.object({
      region: DemoRegionIdSchema,
      backupPath: z.string(),
      modelId: z.string(),
      reps: z.number().int().nonnegative(),
      hospitals: z.number().int().nonnegative(),
      clients: z.number().int().nonnegative(),
    }),
  ),
} as const;
