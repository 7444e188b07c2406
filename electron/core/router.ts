import { z } from 'zod';
import {
  AppFailure,
  events,
  fail,
  isMethodName,
  methods,
  ok,
  type EventName,
  type EventPayload,
  type MethodName,
  type MethodOutput,
  type MethodParsedInput,
  type QueryName,
  type Result,
} from '../../shared/contract';
import type { Logger } from './log/logger';
import { issueSummary } from './log/privacy';

/** A handler per contract method; inputs arrive parsed, outputs are checked before they leave. */
export type Handlers = {
  [M in MethodName]: (input: MethodParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

/** Reads are plain handlers; commands all go through the command pipeline (commands/pipeline.ts). */
export type QueryHandlers = Pick<Handlers, QueryName>;

export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
  /** Grows with every 'data:changed': anything cached from the database is stale once it moves. */
  dataVersion(): number;
}

export function createEventBus(): EventBus {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let version = 0;
  return {
    dataVersion: () => version,
    emit(event, payload) {
      const parsed = events[event].parse(payload);
      if (event === 'data:changed') version++;
      // Delivered after the current command's reply is on its way, so the caller's own
      // refresh is not queued behind the refetches the event sets off elsewhere.
      setImmediate(() => {
        for (const listener of listeners.get(event) ?? []) listener(parsed);
      });
    },
    subscribe(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

export interface Router {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/**
 * The contract's single entry point in the core. Every transport calls this, so input
 * validation, error mapping and logging happen once.
 */
export function createRouter(handlers: Handlers, bus: EventBus, log: Logger): Router {
  return {
    async invoke(method, rawInput) {
      if (!isMethodName(method)) return fail('method.unknown', { method: String(method).slice(0, 80) });
      const spec = methods[method];
      const parsed = spec.input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        const issues = describeIssues(parsed.error);
        // The caller gets the messages; the log only where and which check failed (messages can echo input).
        log.warn('input rejected', { method, issues: issueSummary(parsed.error.issues) });
        return fail('input.invalid', { issues }, issues);
      }
      try {
        const handler = handlers[method] as (input: unknown) => unknown;
        const value = await handler(parsed.data);
        const checked = spec.output.safeParse(value);
        if (!checked.success) {
          log.error('handler returned data outside the contract', { method, issues: issueSummary(checked.error.issues) });
          return fail('internal', undefined, `output of ${method} does not match the contract`);
        }
        return ok(checked.data);
      } catch (error) {
        if (error instanceof AppFailure) {
          log.warn('command refused', { method, code: error.error.code });
          return { ok: false, error: error.error };
        }
        log.error('handler failed', { method, error });
        return fail('internal', undefined, error instanceof Error ? error.message : String(error));
      }
    },
    subscribe: (event, listener) => bus.subscribe(event, listener),
  };
}
