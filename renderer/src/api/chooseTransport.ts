import type { Transport } from '../../../shared/contract';
import { createBridgeTransport, findBridge } from './bridgeTransport';
import { createHttpTransport } from './httpTransport';
import { consumeToken } from './token';

export type TransportChoice = { kind: 'ready'; transport: Transport } | { kind: 'noToken' };

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Electron's preload bridge when present; otherwise the loopback server that served this page. */
export function chooseTransport(): TransportChoice {
  const bridge = findBridge(window);
  if (bridge) return { kind: 'ready', transport: createBridgeTransport(bridge) };
  const token = consumeToken({ location: window.location, history: window.history, storage: sessionStorageOrNull() });
  if (token === null) return { kind: 'noToken' };
  return { kind: 'ready', transport: createHttpTransport({ origin: window.location.origin, token }) };
}
