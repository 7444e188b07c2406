import type { EventName } from './events';
import type { MethodName } from './methods';
import type { Result } from './result';

/**
 * What the Electron preload puts on `window.territoryGrid`: one function per contract
 * method (no generic channel), and a subscription that hands listeners the payload only.
 */
export interface BridgeApi {
  readonly methods: { readonly [M in MethodName]: (input: unknown) => Promise<Result<unknown>> };
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}

export const BRIDGE_GLOBAL = 'territoryGrid';
/** IPC channel names are derived, never typed by hand. */
export const ipcChannelFor = (method: MethodName): string => `api:${method}`;
export const IPC_EVENT_CHANNEL = 'api:event';
