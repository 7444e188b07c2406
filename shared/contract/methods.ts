import { z } from 'zod';
import { command, query } from './defineMethod';
import {
  ClientRowSchema,
  HospitalSchema,
  Id,
  ModelSummarySchema,
  RepSchema,
  SettingsSchema,
} from '../domain/schemas';
import { StatsSummarySchema } from './stats';

const NoInput = z.strictObject({});

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
    }),
  ),
  'stats.summary': query(z.strictObject({ repId: Id.optional() }), StatsSummarySchema),
  'reps.list': query(NoInput, z.array(RepSchema)),
  'hospitals.list': query(NoInput, z.array(HospitalSchema)),
  'clients.list': query(
    z.strictObject({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
      search: z.string().max(200).optional(),
      repId: Id.optional(),
    }),
    z.object({ total: z.number().int().nonnegative(), rows: z.array(ClientRowSchema) }),
  ),
  'models.list': query(NoInput, z.array(ModelSummarySchema)),
  'settings.get': query(NoInput, SettingsSchema),
  'settings.update': command(SettingsSchema.partial().strict(), SettingsSchema),
  'db.check': query(
    NoInput,
    z.object({
      integrity: z.string(),
      ok: z.boolean(),
      schemaVersion: z.number().int(),
      latestVersion: z.number().int(),
      foreignKeyViolations: z.number().int().nonnegative(),
    }),
  ),
  'db.backup': command(
    NoInput,
    z.object({ path: z.string(), bytes: z.number().int().nonnegative(), integrity: z.string() }),
  ),
  /** Replaces the demo region by an empty database, after a verified backup. */
  'data.startEmpty': command(NoInput, z.object({ backupPath: z.string() })),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export const METHOD_NAMES = Object.keys(methods) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(methods, value);
}
