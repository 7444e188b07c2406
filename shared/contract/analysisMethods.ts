import { z } from 'zod';
import { query } from './defineMethod';
import { Id, LocalizedText } from '../domain/schemas';
import { MonthSchema } from './planningMethods';
import { GRADED, PLANNING } from './readScopes';

/**
 * The 分析 page's questions (DOMAIN 5), each one aggregated in SQL by the core so a chart
 * of 100,000 clients crosses the transport as a few hundred numbers.
 */

/** Which clients a chart is about. Every analysis takes it. */
export const AnalysisFilterSchema = z.strictObject({
  repId: Id.optional(),
  /** A region's clients; '' = the clients without a region. All regions when absent. */
  region: z.string().max(100).optional(),
  /** The grades (cells, reps, volumes) as a period snapshot holds them; today's when absent. */
  snapshotId: Id.optional(),
});
export type AnalysisFilter = z.infer<typeof AnalysisFilterSchema>;

const ZoneRefSchema = z.object({ id: z.string(), name: LocalizedText, color: z.string() });

/** A client named on a chart (a flag, a mover), enough to find it. */
export const AnalysisClientSchema = z.object({
  clientId: Id,
  name: z.string(),
  hospitalName: z.string().nullable(),
  repName: z.string().nullable(),
  cell: z.string().nullable(),
  zoneId: z.string().nullable(),
  volume: z.number().nullable(),
});
export type AnalysisClient = z.infer<typeof AnalysisClientSchema>;
const ClientPage = z.object({ total: z.number().int().nonnegative(), rows: z.array(AnalysisClientSchema) });

/** Share of the Pareto's clients taken as its head (the "20%" of 20/80). */
export const PARETO_HEAD_SHARE = 0.2;

export const ParetoSchema = z.object({
  zones: z.array(ZoneRefSchema),
  /** Clients in the filter, and those with a monthly volume above 0. */
  clients: z.number().int().nonnegative(),
  withVolume: z.number().int().nonnegative(),
  totalVolume: z.number().nonnegative(),
  /**
   * The curve: clients by volume, largest first, in at most 100 steps; each point is the share
   * of clients so far (0–1), the share of volume so far, and the clients of each zone in the step.
   */
  points: z.array(z.object({ clientShare: z.number(), volumeShare: z.number(), clients: z.number().int(), byZone: z.record(z.string(), z.number().int()) })),
  /** Volume share of the top PARETO_HEAD_SHARE of clients. */
  headVolumeShare: z.number(),
  /** Volume and clients per zone ('' = ungraded). */
  byZone: z.array(z.object({ zoneId: z.string(), clients: z.number().int(), volume: z.number() })),
  /** Clients in the head (top 20% by volume) graded in the lowest-priority zone: visits may be missing where volume is. */
  highVolumeLowZone: ClientPage,
  /** Clients in the highest-priority zone with volume in the bottom half (or none): visits may go where volume is not. */
  lowVolumeTopZone: ClientPage,
});
export type Pareto = z.infer<typeof ParetoSchema>;

export const VisitsByZoneSchema = z.object({
  month: MonthSchema,
  /** Per zone: what the model prescribes (frequency × clients) and what the plan keeps after capacity cuts. */
  zones: z.array(
    ZoneRefSchema.extend({
      clients: z.number().int().nonnegative(),
      recommended: z.number().nonnegative(),
      planned: z.number().nonnegative(),
      recommendedShare: z.number().min(0).max(1),
      plannedShare: z.number().min(0).max(1),
    }),
  ),
  recommended: z.number().nonnegative(),
  planned: z.number().nonnegative(),
  capacity: z.number().nonnegative(),
});
export type VisitsByZone = z.infer<typeof VisitsByZoneSchema>;

export const RepDistributionSchema = z.object({
  /** Cell codes in board order, best first. */
  cells: z.array(z.string()),
  zones: z.array(ZoneRefSchema.extend({ cells: z.array(z.string()) })),
  /** The whole filter (all reps): clients per cell. */
  region: z.object({ clients: z.number().int().nonnegative(), perCell: z.record(z.string(), z.number().int().nonnegative()) }),
  reps: z.array(
    z.object({
      repId: Id.nullable(),
      repName: z.string().nullable(),
      clients: z.number().int().nonnegative(),
      perCell: z.record(z.string(), z.number().int().nonnegative()),
      /** Chi-square test of the rep's zone counts against the other reps' (homogeneity). */
      chiSquare: z.number().nonnegative(),
      degreesOfFreedom: z.number().int().nonnegative(),
      pValue: z.number().min(0).max(1),
      /** The rep's share of clients in the highest-priority zone minus the other reps' share. */
      topZoneShareDiff: z.number(),
      /** Grades far more generously than the others: significantly different (p < 0.01) and more in the top zone. */
      generous: z.boolean(),
    }),
  ),
});
export type RepDistribution = z.infer<typeof RepDistributionSchema>;

export const ZoneTrendSchema = z.object({
  zones: z.array(ZoneRefSchema),
  /** One point per snapshot, oldest first, then today's grades (snapshotId null). */
  points: z.array(
    z.object({
      snapshotId: Id.nullable(),
      period: z.string().nullable(),
      label: z.string().nullable(),
      takenAt: z.string().nullable(),
      clients: z.number().int().nonnegative(),
      /** Clients per zone id ('' = ungraded). */
      perZone: z.record(z.string(), z.number().int().nonnegative()),
    }),
  ),
});
export type ZoneTrend = z.infer<typeof ZoneTrendSchema>;

export const MovementSchema = z.object({
  cells: z.array(z.string()),
  /** matrix[i][j] = clients in cells[i] at `from` and in cells[j] at `to` (in the filter at `to`). */
  matrix: z.array(z.array(z.number().int().nonnegative())),
  up: z.number().int().nonnegative(),
  down: z.number().int().nonnegative(),
  same: z.number().int().nonnegative(),
  movers: z.object({
    total: z.number().int().nonnegative(),
    rows: z.array(
      AnalysisClientSchema.extend({
        from: z.string().nullable(),
        to: z.string().nullable(),
        direction: z.union([z.literal(1), z.literal(0), z.literal(-1)]),
        /** The reason given for the last override before the later snapshot (null for formula moves). */
        reason: z.string().nullable(),
      }),
    ),
  }),
});
export type Movement = z.infer<typeof MovementSchema>;

export const RegionComparisonSchema = z.object({
  zones: z.array(ZoneRefSchema),
  regions: z.array(
    z.object({
      region: z.string().nullable(),
      clients: z.number().int().nonnegative(),
      reps: z.number().int().nonnegative(),
      overridden: z.number().int().nonnegative(),
      perZone: z.record(z.string(), z.number().int().nonnegative()),
      monthlyVisits: z.number().nonnegative(),
      volume: z.number().nonnegative(),
    }),
  ),
});
export type RegionComparison = z.infer<typeof RegionComparisonSchema>;

const SNAPSHOT_READS = [...GRADED, 'snapshots'] as const;
const LIMIT = z.number().int().min(0).max(2000).default(200);

/** Contract methods of the analysis feature, merged into `methods` (shared/contract/methods.ts). */
export const analysisMethods = {
  'analysis.pareto': query(AnalysisFilterSchema.extend({ limit: LIMIT }), ParetoSchema, SNAPSHOT_READS),
  'analysis.visitsByZone': query(AnalysisFilterSchema.omit({ snapshotId: true }).extend({ month: MonthSchema }), VisitsByZoneSchema, PLANNING),
  'analysis.repDistribution': query(AnalysisFilterSchema.omit({ repId: true }), RepDistributionSchema, SNAPSHOT_READS),
  'analysis.zoneTrend': query(AnalysisFilterSchema.omit({ snapshotId: true }), ZoneTrendSchema, SNAPSHOT_READS),
  'analysis.movement': query(
    AnalysisFilterSchema.omit({ snapshotId: true }).extend({ fromId: Id, toId: Id.nullable(), limit: LIMIT }),
    MovementSchema,
    [...SNAPSHOT_READS, 'history'],
  ),
  'analysis.regions': query(AnalysisFilterSchema.pick({ snapshotId: true }), RegionComparisonSchema, SNAPSHOT_READS),
} as const;
