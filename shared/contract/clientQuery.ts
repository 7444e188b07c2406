import { z } from 'zod';
import { Id } from '../domain/schemas';

/** Grid columns the core can sort and filter in SQL. Free attributes are addressed as 'attr:<key>'. */
export const CLIENT_FIELDS = [
  'id',
  'hospitalName',
  'hospitalClass',
  'department',
  'name',
  'title',
  'bedsManaged',
  'volumeOurs',
  'volumeCompetitor',
  'behaviour',
  'repName',
  'region',
  'potential',
  'behaviourDigit',
  'formulaCell',
  'overrideCell',
  'cell',
  'zone',
  'visitsPerMonth',
] as const;
export type ClientField = (typeof CLIENT_FIELDS)[number];
export const ClientFieldSchema = z.union([z.enum(CLIENT_FIELDS), z.string().regex(/^attr:[^"\\]{1,64}$/)]);

const TextCondition = z.strictObject({
  kind: z.literal('text'),
  field: ClientFieldSchema,
  op: z.enum(['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith', 'blank', 'notBlank']),
  value: z.string().max(200).optional(),
});
const NumberCondition = z.strictObject({
  kind: z.literal('number'),
  field: ClientFieldSchema,
  op: z.enum(['equals', 'notEqual', 'lessThan', 'lessThanOrEqual', 'greaterThan', 'greaterThanOrEqual', 'inRange', 'blank', 'notBlank']),
  value: z.number().finite().optional(),
  valueTo: z.number().finite().optional(),
});
/** A set-like filter built from Community pieces: keep rows whose value is one of these (null = blank). */
const SetCondition = z.strictObject({
  kind: z.literal('set'),
  field: ClientFieldSchema,
  values: z.array(z.union([z.string().max(200), z.null()])).max(1000),
});
export const ColumnConditionSchema = z.discriminatedUnion('kind', [TextCondition, NumberCondition, SetCondition]);
export type ColumnCondition = z.infer<typeof ColumnConditionSchema>;

export const ClientQuerySchema = z.strictObject({
  /** Quick search across name, hospital and department; pinyin initials match too (zw → 张伟). */
  search: z.string().max(200).optional(),
  zones: z.array(z.string()).max(50).optional(),
  cells: z.array(z.string()).max(100).optional(),
  /** Rep chips; null = clients without a rep. */
  repIds: z.array(Id.nullable()).max(500).optional(),
  /** Region chips or a link from another page (regional roll-ups); null = clients without a region. */
  regions: z.array(z.string().max(100).nullable()).max(500).optional(),
  overriddenOnly: z.boolean().optional(),
  conditions: z.array(ColumnConditionSchema).max(40).optional(),
  sort: z.array(z.strictObject({ field: ClientFieldSchema, dir: z.enum(['asc', 'desc']) })).max(5).optional(),
});
export type ClientQuery = z.infer<typeof ClientQuerySchema>;

/** What a user can edit on a client row. Hospital class belongs to the hospital and changes it for all its clients. */
export const ClientChangesSchema = z.strictObject({
  hospitalName: z.string().trim().min(1).max(200).nullable().optional(),
  hospitalClass: z.string().trim().max(50).nullable().optional(),
  department: z.string().trim().max(100).nullable().optional(),
  name: z.string().trim().min(1).max(100).optional(),
  title: z.string().trim().max(50).nullable().optional(),
  bedsManaged: z.number().int().min(0).max(100_000).nullable().optional(),
  volumeOurs: z.number().int().min(0).max(100_000_000).nullable().optional(),
  volumeCompetitor: z.number().int().min(0).max(100_000_000).nullable().optional(),
  behaviour: z.string().trim().max(50).nullable().optional(),
  repId: Id.nullable().optional(),
  /** The region a client belongs to (imports tag it; regional roll-ups); blank clears it. */
  region: z.string().trim().max(100).nullable().optional(),
  attributes: z.record(z.string().max(64), z.union([z.string().max(1000), z.number().finite(), z.null()])).optional(),
});
export type ClientChanges = z.infer<typeof ClientChangesSchema>;

export const HistoryStateSchema = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** The command that Undo / Redo would revert or repeat, for menu labels ("撤销 修改职称"). */
  undoCommand: z.string().nullable(),
  redoCommand: z.string().nullable(),
});
