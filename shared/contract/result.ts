import { z } from 'zod';
import { ERROR_CODES } from './errorCodes';

/** An error as it crosses the boundary: a code the UI can translate, params for its placeholders. */
export const AppErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** Technical detail for the log and the "copy details" button; never shown as the message. */
  detail: z.string().optional(),
});
export type AppError = z.infer<typeof AppErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ResultEnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: AppErrorSchema }),
]);

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (
  code: AppError['code'],
  params?: AppError['params'],
  detail?: string,
): { ok: false; error: AppError } => ({
  ok: false,
  error: { code, ...(params ? { params } : {}), ...(detail ? { detail } : {}) },
});

/** Thrown inside the core to abort a command with a user-readable error; the router turns it into a Result. */
export class AppFailure extends Error {
  readonly error: AppError;
  constructor(code: AppError['code'], params?: AppError['params'], detail?: string) {
    super(detail ?? code);
    this.name = 'AppFailure';
    this.error = { code, ...(params ? { params } : {}), ...(detail ? { detail } : {}) };
  }
}
