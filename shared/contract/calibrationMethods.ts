import { z } from 'zod';
import { command, query } from './defineMethod';
import { GRADED } from './readScopes';
import { Id, LocalizedText } from '../domain/schemas';
import { ClientQuerySchema } from './clientQuery';
import { SnapshotSummarySchema } from './gradingSchemas';

/** A month 'YYYY-MM' or a quarter 'YYYY-Qn', as snapshots name periods. */
export const PeriodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/);

/** A calibration target of the active model, resolved (shared/grading/calibration.ts). */
export const CalibrationTargetSchema = z.object({
  key: z.string(),
  label: LocalizedText,
  zoneId: z.string().nullable(),
  cells: z.array(z.string()),
  maxShare: z.number().nullable(),
  minShare: z.number().nullable(),
});

/** A period's sign-off: who and when, the snapshot it froze, and its unlock if there was one. */
export const SignOffSchema = z.object({
  id: Id,
  period: z.string(),
  modelId: z.string(),
  modelVersion: z.number().int(),
  /** The snapshot taken at the sign-off (null if it was removed since). */
  snapshotId: Id.nullable(),
  signedBy: z.string(),
  signedAt: z.string(),
  unlockedAt: z.string().nullable(),
  unlockReason: z.string().nullable(),
});
export type SignOff = z.infer<typeof SignOffSchema>;

export const CalibrationStateSchema = z.object({
  model: z.object({ id: z.string(), version: z.number().int() }),
  rules: z.object({
    targets: z.array(CalibrationTargetSchema),
    /** null: the model asks for no written reason, whatever the steps. */
    writtenReasonBeyondSteps: z.number().int().nonnegative().nullable(),
    bigMoverSteps: z.number().int().positive(),
  }),
  /** The latest sign-off, locked or since unlocked; null before the first. */
  signOff: SignOffSchema.nullable(),
  /** The grading is signed off: moves and override edits are refused until it is unlocked. */
  locked: z.boolean(),
});
export type CalibrationState = z.infer<typeof CalibrationStateSchema>;

export const BigMoverSchema = z.object({
  clientId: Id,
  name: z.string(),
  hospitalName: z.string().nullable(),
  department: z.string().nullable(),
  repName: z.string().nullable(),
  /** The cell in the baseline snapshot, and now. */
  from: z.string(),
  to: z.string(),
  steps: z.number().int().positive(),
  /** 1 up (a better cell), -1 down, 0 sideways. */
  direction: z.union([z.literal(1), z.literal(0), z.literal(-1)]),
});
export type BigMover = z.infer<typeof BigMoverSchema>;

export const BigMoversSchema = z.object({
  /** The snapshot compared with; null when the active model has none yet. */
  baseline: SnapshotSummarySchema.nullable(),
  minSteps: z.number().int().positive(),
  total: z.number().int().nonnegative(),
  /** Most steps first, up to the limit. */
  movers: z.array(BigMoverSchema),
});
export type BigMovers = z.infer<typeof BigMoversSchema>;

/** Calibration guard-rails and period sign-off (issue 15.3), merged into `methods`. */
export const calibrationMethods = {
  /** The active model's calibration rules and the sign-off state of the grading. */
  'calibration.state': query(z.strictObject({}), CalibrationStateSchema, ['models', 'snapshots']),
  /**
   * Clients whose effective cell moved at least the model's bigMoverSteps since a snapshot (by
   * default the latest of the active model), among the clients the query's filters keep.
   */
  'calibration.bigMovers': query(
    z.strictObject({
      query: ClientQuerySchema.default({}),
      repId: Id.optional(),
      snapshotId: Id.optional(),
      limit: z.number().int().min(0).max(5000).default(2000),
    }),
    BigMoversSchema,
    [...GRADED, 'snapshots'],
  ),
  /**
   * Signs off a period: records who and when, freezes the grading in a snapshot of the period,
   * and locks moves and override edits until 'periods.unlock'. One undo step.
   */
  'periods.signOff': command(
    z.strictObject({
      period: PeriodSchema,
      signedBy: z.string().trim().min(1).max(100),
      /** The label of the snapshot the sign-off takes, in the user's language. */
      snapshotLabel: z.string().trim().max(100).optional(),
    }),
    SignOffSchema,
  ),
  /** Unlocks a signed-off period with a reason, kept with the sign-off and in the history. One undo step. */
  'periods.unlock': command(z.strictObject({ period: PeriodSchema, reason: z.string().trim().min(1).max(500) }), SignOffSchema),
} as const;

/** YYYY-MM-DD in the local time zone, the manager's calendar (a UTC date can be a day off). */
export function localDateText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The 'periods.locked' error a locked sign-off gives: thrown by the core, shown early by the board. */
export function lockedError(signOff: Pick<SignOff, 'period' | 'signedBy' | 'signedAt'>): { code: 'periods.locked'; params: Record<string, string> } {
  return { code: 'periods.locked', params: { period: signOff.period, signedBy: signOff.signedBy, date: localDateText(signOff.signedAt) } };
}
