import { z } from 'zod';
import { command, query } from './defineMethod';
import { DATA_SCOPES, GRADED } from './readScopes';
import {
  ClientRowSchema,
  HospitalSchema,
  Id,
  LocalizedText,
  ModelSummarySchema,
  RepSchema,
  SettingsSchema,
} from '../domain/schemas';
import { StatsSummarySchema } from './stats';
import { boardMethods } from './boardMethods';
import { planningMethods } from './planningMethods';
import { transferMethods } from './transferMethods';
import { analysisMethods } from './analysisMethods';
import { calibrationMethods } from './calibrationMethods';
import { backupMethods } from './backupMethods';
import { diagnosticsMethods } from './diagnosticsMethods';
import { demoMethods } from './demoMethods';
import { ClientChangesSchema, ClientFieldSchema, ClientQuerySchema, HistoryStateSchema } from './clientQuery';
import { DictionarySchema, ModelShapeSchema } from '../grading';
import {
  GradeCommandResultSchema,
  GradeExplanationSchema,
  ModelPreviewSchema,
  ModelSaveResultSchema,
  SnapshotComparisonSchema,
  SnapshotSummarySchema,
} from './gradingSchemas';

const NoInput = z.strictObject({});
/** Model ids are slugs: they appear in file names of exports and in URLs. */
const ModelId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/);

/**
 * The one API between the UI and the core. Names are '<domain>.<verb>'.
 * Every transport (in-process, Electron IPC, loopback HTTP) is derived from this object.
 */
export const methods = {
  'app.info': query(
    NoInput,
    z.object({
      appVersion: z.string(),
      schemaVersion: z.number().int(),
      dbPath: z.string(),
      backupsDir: z.string(),
      demo: z.boolean(),
    }), ['settings']),
  'stats.summary': query(z.strictObject({ repId: Id.optional() }), StatsSummarySchema, GRADED),
  'reps.list': query(NoInput, z.array(RepSchema), ['reps']),
  'hospitals.list': query(NoInput, z.array(HospitalSchema), ['hospitals']),
  'clients.list': query(
    z.strictObject({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
      search: z.string().max(200).optional(),
      repId: Id.optional(),
    }),
    z.object({ total: z.number().int().nonnegative(), rows: z.array(ClientRowSchema) }), GRADED),
  /** A page of the client grid: filtered, sorted and counted in SQL. */
  'clients.page': query(
    z.strictObject({
      query: ClientQuerySchema.default({}),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(100),
    }),
    z.object({
      total: z.number().int().nonnegative(),
      /** Counts per zone of the filtered rows, for the footer. */
      zoneCounts: z.record(z.string(), z.number().int().nonnegative()),
      rows: z.array(ClientRowSchema),
    }), GRADED),
  /** Distinct values of a column with counts, for the set-like column filters. */
  'clients.facets': query(
    z.strictObject({ field: ClientFieldSchema, query: ClientQuerySchema.default({}), limit: z.number().int().min(1).max(2000).default(500) }),
    z.array(z.object({ value: z.union([z.string(), z.number(), z.null()]), count: z.number().int().nonnegative() })), GRADED),
  /** The ids of every row a query matches (select all filtered rows). */
  'clients.ids': query(z.strictObject({ query: ClientQuerySchema.default({}) }), z.array(Id), GRADED),
  'clients.rows': query(z.strictObject({ ids: z.array(Id).max(1000) }), z.array(ClientRowSchema), GRADED),
  'clients.update': command(z.strictObject({ id: Id, changes: ClientChangesSchema }), ClientRowSchema),
  'clients.bulkUpdate': command(
    z.strictObject({ ids: z.array(Id).min(1).max(100_000), changes: ClientChangesSchema }),
    z.object({ changeId: Id.nullable(), count: z.number().int().nonnegative() }),
  ),
  'clients.create': command(
    z.strictObject({ client: ClientChangesSchema.required({ name: true }) }),
    ClientRowSchema,
  ),
  'clients.delete': command(
    z.strictObject({ ids: z.array(Id).min(1).max(100_000) }),
    z.object({ changeId: Id.nullable(), count: z.number().int().nonnegative() }),
  ),
  'history.state': query(NoInput, HistoryStateSchema, ['history']),
  /** Reverts the last command (an edit, a bulk edit, an add, a delete, a move, a model change …). */
  'history.undo': command(NoInput, z.object({ command: z.string(), changeId: Id, state: HistoryStateSchema })),
  'history.redo': command(NoInput, z.object({ command: z.string(), changeId: Id, state: HistoryStateSchema })),
  'models.list': query(NoInput, z.array(ModelSummarySchema), ['models']),
  'models.get': query(
    z.strictObject({ id: ModelId }),
    z.object({ summary: ModelSummarySchema, definition: ModelShapeSchema }), ['models']),
  /** What-if: grades every client with an edited definition without saving anything. */
  'models.preview': query(z.strictObject({ definition: ModelShapeSchema }), ModelPreviewSchema, [...GRADED, 'dictionaries']),
  /** Saves a user model (a new version if it exists); built-in presets are cloned, never edited. */
  'models.save': command(z.strictObject({ definition: ModelShapeSchema }), ModelSaveResultSchema),
  'models.clone': command(
    z.strictObject({ id: ModelId, newId: ModelId, name: LocalizedText }),
    ModelSummarySchema,
  ),
  /** Takes a verified backup, records the change and regrades every client. */
  'models.activate': command(z.strictObject({ id: ModelId }), ModelSummarySchema),
  'dictionaries.list': query(NoInput, z.array(DictionarySchema), ['dictionaries']),
  'dictionaries.save': command(z.strictObject({ dictionary: DictionarySchema }), DictionarySchema),
  /**
   * Adds spellings to dictionaries, each to one of the dictionary's existing categories (the
   * import wizard's value mapping: 主管医师 → attending). One undo step; the clients regrade.
   */
  'dictionaries.addEntries': command(
    z.strictObject({
      entries: z
        .array(z.strictObject({ dictionary: z.string().min(1).max(64), match: z.string().trim().min(1).max(100), value: z.string().min(1).max(64) }))
        .min(1)
        .max(500),
    }),
    z.object({ added: z.number().int().nonnegative(), dictionaries: z.array(z.string()) }),
  ),
  /** Sets the cell of clients by hand with a reason (one undo step for all of them). */
  'grades.override': command(
    z.strictObject({
      clientIds: z.array(Id).min(1).max(10_000),
      cell: z.string().min(1).max(20),
      reason: z.string().trim().min(1).max(500),
    }),
    GradeCommandResultSchema,
  ),
  'grades.clearOverride': command(z.strictObject({ clientIds: z.array(Id).min(1).max(10_000) }), GradeCommandResultSchema),
  'grades.explain': query(z.strictObject({ clientId: Id }), GradeExplanationSchema, [...GRADED, 'dictionaries', 'history']),
  'snapshots.take': command(
    z.strictObject({
      period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/),
      label: z.string().trim().max(100).optional(),
    }),
    SnapshotSummarySchema,
  ),
  'snapshots.list': query(NoInput, z.array(SnapshotSummarySchema), ['snapshots']),
  'snapshots.compare': query(
    z.strictObject({ fromId: Id, toId: Id, moversLimit: z.number().int().min(0).max(5000).default(500) }),
    SnapshotComparisonSchema, ['snapshots', 'clients', 'reps', 'hospitals']),
  'settings.get': query(NoInput, SettingsSchema, ['settings']),
  'settings.update': command(SettingsSchema.partial().strict(), SettingsSchema),
  'db.check': query(
    NoInput,
    z.object({
      integrity: z.string(),
      ok: z.boolean(),
      schemaVersion: z.number().int(),
      latestVersion: z.number().int(),
      foreignKeyViolations: z.number().int().nonnegative(),
    }), DATA_SCOPES),
  /** Replaces the demo region by an empty database, after a verified backup. */
  'data.startEmpty': command(NoInput, z.object({ backupPath: z.string() })),
  ...boardMethods,
  ...planningMethods,
  ...transferMethods,
  ...analysisMethods,
  ...calibrationMethods,
  ...backupMethods,
  ...diagnosticsMethods,
  ...demoMethods,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

/** The contract's commands: every one has exactly one entry in the core's command pipeline. */
export type CommandName = { [M in MethodName]: Methods[M]['mutates'] extends true ? M : never }[MethodName];
export type QueryName = Exclude<MethodName, CommandName>;

export const METHOD_NAMES = Object.keys(methods) as MethodName[];
export const COMMAND_NAMES = METHOD_NAMES.filter((name): name is CommandName => methods[name].mutates);

export function isCommandName(value: string): value is CommandName {
  return isMethodName(value) && methods[value].mutates;
}

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(methods, value);
}
