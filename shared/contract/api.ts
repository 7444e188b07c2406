import type { EventName, EventPayload } from './events';
import type { MethodInput, MethodName, MethodOutput } from './methods';
import type { AppError, Result } from './result';

/** What every transport provides: raw calls that resolve to a Result (never reject on a domain error). */
export interface Transport {
  invoke(method: MethodName, input: unknown): Promise<Result<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

/** Error thrown by the typed client so UI code (TanStack Query) can treat failures uniformly. */
export class ApiError extends Error {
  readonly error: AppError;
  constructor(error: AppError) {
    super(error.detail ?? error.code);
    this.name = 'ApiError';
    this.error = error;
  }
}

export interface Api {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** The typed client over any transport. Output is trusted here: the core validated it before sending. */
export function createApi(transport: Transport): Api {
  return {
    async call(method, input) {
      const result = await transport.invoke(method, input);
      if (!result.ok) throw new ApiError(result.error);
      return result.value as never;
    },
    on(event, listener) {
      return transport.subscribe(event, (payload) => listener(payload as never));
    },
  };
}
