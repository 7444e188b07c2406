import { z } from 'zod';
import { LocalizedText } from '../domain/schemas';
import { CalibrationSchema } from './calibration';
import { DictionarySchema } from './dictionaries';
import { ModelInputSchema, ModelVocabularySchema } from './modelInputs';
import { RuleSchema } from './rules';

const Id = z.string().min(1).max(100);

const AttributeName = z.string().min(1).max(200);

export const AxisValueSchema = z.object({
  value: z.string().min(1).max(200),
  label: LocalizedText,
  /** Optional data the value stands for, e.g. a funnel stage's win probability (0.75 = 75%). */
  probability: z.number().min(0).max(1).optional(),
  /** Optional free weight of the value (e.g. for weighted totals); the engine does not grade with it. */
  weight: z.number().finite().optional(),
});
export type AxisValue = z.infer<typeof AxisValueSchema>;

export const AxisSchema = z.object({
  id: Id,
  name: LocalizedText,
  /** Best first (or as the model declares): the order `maxOf` and the UI rely on. */
  values: z.array(AxisValueSchema).min(1),
  rule: RuleSchema,
});
export type Axis = z.infer<typeof AxisSchema>;

export const CellSchema = z.object({
  code: Id,
  /** axis id → axis value, e.g. { potential: 'A', behaviour: '1' } */
  axisValues: z.record(z.string(), z.string()),
  label: LocalizedText.optional(),
});
export type Cell = z.infer<typeof CellSchema>;

const GapDays = z.array(z.number().int().nonnegative()).min(1);

/** One stage of a phased cadence with its successive gaps in days. */
export const CadencePhaseSchema = z.object({ id: Id, label: LocalizedText, days: GapDays });
export type CadencePhase = z.infer<typeof CadencePhaseSchema>;

/** How follow-ups repeat when a visits-per-month figure does not say enough (DOMAIN 3). */
export const CadenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('everyDays'), days: z.number().int().positive() }),
  /** Successive gaps in days, e.g. 1-1-2-3-7-7-15 after a sample request. */
  z.object({ kind: z.literal('schedule'), days: GapDays }),
  /**
   * Schedules that follow each other, e.g. 1-1-2-3-7-7-15 while a sample is requested, then
   * 3-7-3-7 once it has arrived. `switchAttribute` names the client attribute that tells the
   * phase (see phaseOfClient); without it every client is in the first phase.
   */
  z.object({ kind: z.literal('phases'), phases: z.array(CadencePhaseSchema).min(1), switchAttribute: AttributeName.optional() }),
  z.object({ kind: z.literal('everyMonths'), months: z.number().positive() }),
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('followOrders') }),
  /** Contact is decided case by case (e.g. sensitive parties): not planned, which is not "0 visits". */
  z.object({ kind: z.literal('caseByCase') }),
]);
export type Cadence = z.infer<typeof CadenceSchema>;

/** What a contact is called in plans: a visit (拜访), a follow-up (跟进) or a review (面谈); default visit. */
export const ModelActionSchema = z.enum(['visit', 'followUp', 'review']);
export type ModelAction = z.infer<typeof ModelActionSchema>;

export const ZoneSchema = z.object({
  id: Id,
  name: LocalizedText,
  color: z.string().regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/),
  cells: z.array(z.string()),
  /** null when visits do not follow a monthly figure (e.g. follow the client's orders). */
  visitsPerMonth: z.number().finite().nonnegative().nullable(),
  /** Per-cell exceptions: DOMAIN gives yellow A3 = 4 but B3 = 2. */
  cellVisitsPerMonth: z.record(z.string(), z.number().finite().nonnegative()).optional(),
  cadence: CadenceSchema.optional(),
  strategy: z.object({ 'zh-CN': z.array(z.string()), en: z.array(z.string()) }),
});
export type Zone = z.infer<typeof ZoneSchema>;

const LayoutLineSchema = z.object({ axis: Id, order: z.array(z.string()) });

export const LayoutSchema = z.object({
  /** Top to bottom. */
  rows: LayoutLineSchema,
  /** Left to right; null for a one-axis model. */
  columns: LayoutLineSchema.nullable(),
});
export type Layout = z.infer<typeof LayoutSchema>;

/**
 * A ranking across clients, which no per-client rule can express: e.g. the top 40 A-class
 * retailers by business score get stars (DOMAIN 3.6). See rankClients / topNByAttribute.
 */
export const RankingSchema = z.object({
  id: Id,
  name: LocalizedText,
  /** Cells whose clients compete; at least one (checked by validateModel). */
  cells: z.array(Id),
  /** The numeric client attribute ranked, highest first. */
  attribute: AttributeName,
  /** How many clients the ranking keeps; at least 1 (checked by validateModel). */
  top: z.number().int(),
});
export type Ranking = z.infer<typeof RankingSchema>;

/** The model without cross-field checks; ModelDefinitionSchema adds them. */
export const ModelShapeSchema = z.object({
  id: Id,
  name: LocalizedText,
  description: LocalizedText.optional(),
  version: z.number().int().min(1),
  axes: z.array(AxisSchema).min(1).max(2),
  cells: z.array(CellSchema).min(1),
  zones: z.array(ZoneSchema).min(1),
  layout: LayoutSchema,
  /** Dictionaries shipped with the model (a preset can be self-contained). */
  dictionaries: z.array(DictionarySchema).optional(),
  /** Rankings across clients within cells (e.g. retail stars). */
  rankings: z.array(RankingSchema).optional(),
  /** Calibration guard-rails: target shares, written reasons for big jumps, big movers (calibration.ts). */
  calibration: CalibrationSchema.optional(),
  /** What the user enters per client: the grid's columns, the import's targets, the export's columns (modelInputs.ts). */
  inputs: z.array(ModelInputSchema).max(100).optional(),
  /** The words for clients and their organisations; without it, inputsOfModel's vocabulary guess applies. */
  vocabulary: ModelVocabularySchema.optional(),
  /** The plans' word for a contact (cadenceText.ts ACTION_WORDS); without it, 'visit'. */
  action: ModelActionSchema.optional(),
});
export type ModelDefinition = z.infer<typeof ModelShapeSchema>;
