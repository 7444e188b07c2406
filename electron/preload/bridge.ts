import {
  HOST_CHANNELS,
  IPC_EVENT_CHANNEL,
  ipcChannelFor,
  type BridgeApi,
  type HostPrintRequest,
  type HostReportPrintRequest,
} from '../../shared/contract/bridgeApi';
import type { EventName } from '../../shared/contract/events';
import type { MethodName } from '../../shared/contract/methods';
import type { Result } from '../../shared/contract/result';

/** The slice of ipcRenderer the bridge uses; it is captured here and never exposed. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * Builds the object the page sees: one function per contract method (no generic invoke or
 * channel parameter), and `on` for known events whose listeners get the payload only,
 * never the IpcRendererEvent (it would leak `sender`).
 */
export function createBridge(
  ipc: BridgeIpc,
  methodNames: readonly MethodName[],
  eventNames: readonly EventName[],
): BridgeApi {
  // The channel is fixed inside each function: the page can name a method, never a channel.
  const methods = Object.fromEntries(
    methodNames.map((name) => {
      const channel = ipcChannelFor(name);
      return [name, (input: unknown) => ipc.invoke(channel, input) as Promise<Result<unknown>>];
    }),
  ) as Record<MethodName, (input: unknown) => Promise<Result<unknown>>>;
  const known = new Set<string>(eventNames);

  const host = Object.freeze({
    readClipboardText: () => ipc.invoke(HOST_CHANNELS.readClipboardText) as Promise<string>,
    writeClipboardText: (text: string) => ipc.invoke(HOST_CHANNELS.writeClipboardText, String(text)) as Promise<void>,
    saveFile: (suggestedName: string, base64: string) =>
      ipc.invoke(HOST_CHANNELS.saveFile, String(suggestedName), String(base64)) as Promise<{ saved: boolean }>,
    printPlan: (request: HostPrintRequest) => ipc.invoke(HOST_CHANNELS.printPlan, request) as Promise<{ done: boolean }>,
    printReport: (request: HostReportPrintRequest) => ipc.invoke(HOST_CHANNELS.printReport, request) as Promise<{ done: boolean }>,
    openDataFolder: () => ipc.invoke(HOST_CHANNELS.openDataFolder) as Promise<{ opened: boolean }>,
    takeRecoveryNotice: () => ipc.invoke(HOST_CHANNELS.takeRecoveryNotice) as Promise<{ reloadedAfterCrash: boolean }>,
  });

  return Object.freeze({
    methods: Object.freeze(methods),
    host,
    on(event: EventName, listener: (payload: unknown) => void): () => void {
      if (typeof event !== 'string' || !known.has(event)) throw new TypeError(`Unknown event: ${String(event)}`);
      if (typeof listener !== 'function') throw new TypeError('Listener must be a function');
      const relay = (_event: unknown, message: unknown) => {
        if (typeof message !== 'object' || message === null) return;
        const { event: name, payload } = message as { event?: unknown; payload?: unknown };
        if (name === event) listener(payload);
      };
      ipc.on(IPC_EVENT_CHANNEL, relay);
      return () => {
        ipc.removeListener(IPC_EVENT_CHANNEL, relay);
      };
    },
  });
}
