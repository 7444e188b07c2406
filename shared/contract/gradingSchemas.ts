import { z } from 'zod';
import { Id, LocalizedText, ModelSummarySchema } from '../domain/schemas';

/** A readable problem in a model definition (from validateModel), in both languages. */
export const ModelProblemSchema = z.object({
  code: z.string(),
  path: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: LocalizedText,
});
export type ModelProblemDto = z.infer<typeof ModelProblemSchema>;

export const MoverSchema = z.object({
  clientId: Id,
  name: z.string(),
  hospitalName: z.string().nullable(),
  department: z.string().nullable(),
  repName: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** 1 = moved to a better cell, -1 = worse, 0 = sideways or not comparable. */
  direction: z.union([z.literal(1), z.literal(0), z.literal(-1)]),
});
export type Mover = z.infer<typeof MoverSchema>;

/** A list capped for transfer; `total` says how many there are. */
export const moverPage = z.object({ total: z.number().int().nonnegative(), rows: z.array(MoverSchema) });

export const ModelPreviewSchema = z.object({
  problems: z.array(ModelProblemSchema),
  /** Formula cells per cell code, with the stored definition (before) and the edited one (after). */
  before: z.record(z.string(), z.number().int().nonnegative()),
  after: z.record(z.string(), z.number().int().nonnegative()),
  ungradedBefore: z.number().int().nonnegative(),
  ungradedAfter: z.number().int().nonnegative(),
  movers: moverPage,
});
export type ModelPreview = z.infer<typeof ModelPreviewSchema>;

export const ModelSaveResultSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), model: ModelSummarySchema }),
  z.object({ saved: z.literal(false), problems: z.array(ModelProblemSchema) }),
]);

export const GradeCommandResultSchema = z.object({
  changeId: Id.nullable(),
  count: z.number().int().nonnegative(),
});

export const SnapshotSummarySchema = z.object({
  id: Id,
  period: z.string(),
  label: z.string().nullable(),
  modelId: z.string(),
  modelVersion: z.number().int(),
  takenAt: z.string(),
  clients: z.number().int().nonnegative(),
});
export type SnapshotSummary = z.infer<typeof SnapshotSummarySchema>;

export const SnapshotComparisonSchema = z.object({
  from: SnapshotSummarySchema,
  to: SnapshotSummarySchema,
  /** Cell codes in board order; matrix[i][j] = clients that were in cells[i] and are in cells[j]. */
  cells: z.array(z.string()),
  matrix: z.array(z.array(z.number().int().nonnegative())),
  up: z.number().int().nonnegative(),
  down: z.number().int().nonnegative(),
  same: z.number().int().nonnegative(),
  added: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  movers: moverPage,
});
export type SnapshotComparison = z.infer<typeof SnapshotComparisonSchema>;

export const GradeHistoryEntrySchema = z.object({
  changeId: Id,
  at: z.string(),
  command: z.string(),
  modelId: z.string(),
  kind: z.enum(['formula', 'override']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  reason: z.string().nullable(),
});

export const GradeExplanationSchema = z.object({
  clientId: Id,
  modelId: z.string(),
  formulaCell: z.string().nullable(),
  overrideCell: z.string().nullable(),
  overrideReason: z.string().nullable(),
  overrideAt: z.string().nullable(),
  /** The override agrees with the formula now (the manager may clear it). */
  overrideAgrees: z.boolean(),
  /** The override was made under an older version of the model and should be reviewed. */
  overrideFromOlderModel: z.boolean(),
  trace: z.array(
    z.object({
      axis: z.string(),
      path: z.string(),
      kind: z.string(),
      status: z.enum(['value', 'missing', 'unknown']),
      branch: z.string().optional(),
      value: z.string().nullable(),
      inputs: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    }),
  ),
  missing: z.array(z.string()),
  unknown: z.array(z.object({ attribute: z.string(), value: z.union([z.string(), z.number()]) })),
  history: z.array(GradeHistoryEntrySchema),
});
