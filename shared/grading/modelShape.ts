import { z } from 'zod';
import { LocalizedText } from '../domain/schemas';
import { DictionarySchema } from './dictionaries';
import { RuleSchema } from './rules';

const Id = z.string().min(1).max(100);

export const AxisValueSchema = z.object({ value: z.string().min(1).max(200), label: LocalizedText });

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

/** How follow-ups repeat when a visits-per-month figure does not say enough (DOMAIN 3). */
export const CadenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('everyDays'), days: z.number().int().positive() }),
  /** Successive gaps in days, e.g. 1-1-2-3-7-7-15 after a sample request. */
  z.object({ kind: z.literal('schedule'), days: z.array(z.number().int().nonnegative()).min(1) }),
  z.object({ kind: z.literal('everyMonths'), months: z.number().positive() }),
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('followOrders') }),
]);
export type Cadence = z.infer<typeof CadenceSchema>;

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
});
export type ModelDefinition = z.infer<typeof ModelShapeSchema>;
