import { z } from 'zod';
import { Id, LocalizedText } from '../domain/schemas';

export const ZoneSummarySchema = z.object({
  id: z.string(),
  name: LocalizedText,
  color: z.string(),
  visitsPerMonth: z.number().nonnegative().nullable(),
  count: z.number().int().nonnegative(),
  monthlyVisits: z.number().nonnegative(),
});

export const CellSummarySchema = z.object({
  code: z.string(),
  zoneId: z.string().nullable(),
  count: z.number().int().nonnegative(),
  monthlyVisits: z.number().nonnegative(),
});

export const StatsSummarySchema = z.object({
  model: z.object({ id: z.string(), name: LocalizedText, version: z.number().int() }),
  /** Board layout of the active model: rows top to bottom, each row's cell codes left to right. */
  layout: z.object({
    rowAxis: LocalizedText,
    columnAxis: LocalizedText.nullable(),
    rows: z.array(z.array(z.string())),
  }),
  zones: z.array(ZoneSummarySchema),
  cells: z.array(CellSummarySchema),
  totals: z.object({
    clients: z.number().int().nonnegative(),
    hospitals: z.number().int().nonnegative(),
    reps: z.number().int().nonnegative(),
    graded: z.number().int().nonnegative(),
    ungraded: z.number().int().nonnegative(),
    overridden: z.number().int().nonnegative(),
    monthlyVisits: z.number().nonnegative(),
  }),
  perRep: z.array(
    z.object({
      repId: Id.nullable(),
      repName: z.string().nullable(),
      clients: z.number().int().nonnegative(),
      monthlyVisits: z.number().nonnegative(),
      perCell: z.record(z.string(), z.number().int().nonnegative()),
    }),
  ),
});
export type StatsSummary = z.infer<typeof StatsSummarySchema>;
