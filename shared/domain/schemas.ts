import { z } from 'zod';
import { LOCALES } from '../i18n/locales';
import { UpdateCheckSchema, UpdateSettingsSchema } from './updateSettings';

/** Row ids are SQLite integer keys. */
export const Id = z.number().int().positive();

/** Text in both UI languages; models and zones carry their names like this. */
export const LocalizedText = z.object({ 'zh-CN': z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const RepSchema = z.object({
  id: Id,
  name: z.string(),
  /** Visits a rep can make per working day (DOMAIN 4: default 8). */
  visitsPerDay: z.number().nonnegative(),
  /** Working days per month when the calendar should not be used; null = use the calendar. */
  workingDaysOverride: z.number().int().min(0).max(31).nullable(),
});
export type Rep = z.infer<typeof RepSchema>;

export const HospitalSchema = z.object({
  id: Id,
  name: z.string(),
  /** Hospital class as entered (三甲, 二乙, 社区卫生服务中心 …); normalised by the grading dictionaries. */
  hospitalClass: z.string().nullable(),
  /** Annual revenue in 万元 (10,000 RMB). */
  revenueWan: z.number().nonnegative().nullable(),
  beds: z.number().int().nonnegative().nullable(),
});
export type Hospital = z.infer<typeof HospitalSchema>;

export const AttributeValue = z.union([z.string(), z.number(), z.null()]);
export const AttributesSchema = z.record(z.string(), AttributeValue);
export type Attributes = z.infer<typeof AttributesSchema>;

export const ClientRowSchema = z.object({
  id: Id,
  hospitalId: Id.nullable(),
  hospitalName: z.string().nullable(),
  hospitalClass: z.string().nullable(),
  department: z.string().nullable(),
  name: z.string(),
  title: z.string().nullable(),
  bedsManaged: z.number().int().nonnegative().nullable(),
  volumeOurs: z.number().int().nonnegative().nullable(),
  volumeCompetitor: z.number().int().nonnegative().nullable(),
  /** Behaviour as entered (首选 / 次选 / 竞品 / 1 / 2 / 3 …). */
  behaviour: z.string().nullable(),
  repId: Id.nullable(),
  repName: z.string().nullable(),
  /** The region the client belongs to (regional roll-ups: several regions' tables in one database). */
  region: z.string().nullable(),
  attributes: AttributesSchema,
  /** The formula's cell for the active model, null when the client cannot be graded yet. */
  formulaCell: z.string().nullable(),
  overrideCell: z.string().nullable(),
  overrideReason: z.string().nullable(),
  /** The override now agrees with the formula; the manager may clear it. */
  overrideAgrees: z.boolean(),
  /** The override was made under an older version of the model; worth a review. */
  overrideFromOlderModel: z.boolean(),
  /** The cell that counts: the override when present, else the formula's. */
  cell: z.string().nullable(),
  zoneId: z.string().nullable(),
});
export type ClientRow = z.infer<typeof ClientRowSchema>;

export const ModelSummarySchema = z.object({
  id: z.string(),
  name: LocalizedText,
  version: z.number().int().positive(),
  active: z.boolean(),
  builtin: z.boolean(),
});
export type ModelSummary = z.infer<typeof ModelSummarySchema>;

/** A grid column's saved layout (AG Grid column state, the parts we keep). */
export const ColumnLayoutSchema = z.object({
  colId: z.string().max(100),
  width: z.number().min(20).max(2000).optional(),
  hide: z.boolean().optional(),
  pinned: z.enum(['left', 'right']).nullable().optional(),
});

export const SettingsSchema = z.object({
  locale: z.enum(LOCALES),
  /** Column order, widths and hidden columns of the client grid, as the user left them. */
  clientGridColumns: z.array(ColumnLayoutSchema).max(200).optional(),
  /** Automatic updates (off unless set); see updateSettings.ts. */
  updates: UpdateSettingsSchema.optional(),
  /** The desktop host's last update check. */
  updateCheck: UpdateCheckSchema.optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;
