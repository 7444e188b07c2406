import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import {
  METHOD_NAMES,
  fail,
  ipcChannelFor,
  methods,
  type MethodName,
  type Result,
} from '../../shared/contract';
import type { Logger } from '../core/log/logger';
import type { OriginOptions } from './security/appOrigin';
import { validateSender } from './security/validateSender';

export type Invoke = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

export interface SecureHandleOptions extends OriginOptions {
  invoke: Invoke;
  log: Logger;
}

function issuesOf(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/**
 * Builds the handler for one method: sender check, schema check, then the core. It never
 * throws, so the renderer always receives a Result rather than Electron's opaque error.
 */
export function createSecureHandler(
  method: MethodName,
  options: SecureHandleOptions,
): (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, input: unknown) => Promise<Result<unknown>> {
  const schema = methods[method].input;
  return async (event, input) => {
    if (!validateSender(event.senderFrame, options)) {
      options.log.warn('ipc sender rejected', { method });
      return fail('ipc.senderRejected');
    }
    const parsed = schema.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = issuesOf(parsed.error);
      options.log.warn('ipc input rejected', { method, issues });
      return fail('input.invalid', { issues }, issues);
    }
    try {
      // The raw (validated) input goes on: the core parses it again with the same schema.
      return await options.invoke(method, input ?? {});
    } catch (error) {
      options.log.error('ipc handler failed', { method, error });
      return fail('internal', undefined, error instanceof Error ? error.message : String(error));
    }
  };
}

/**
 * The only place that calls ipcMain.handle: exactly one channel per contract method, and
 * no generic channel. Returns a function that removes them again.
 */
export function registerSecureHandlers(options: SecureHandleOptions): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(ipcChannelFor(method), createSecureHandler(method, options));
  }
  return () => {
    for (const method of METHOD_NAMES) ipcMain.removeHandler(ipcChannelFor(method));
  };
}
