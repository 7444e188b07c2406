import type { Transport } from '../../../shared/contract';
import { createBridgeTransport, findBridge } from './bridgeTransport';
import { createHttpTransport } from './httpTransport';
import { consumeToken, tokenFromHash } from './token';

export type TransportChoice =
  | { kind: 'ready'; via: 'bridge' | 'http'; transport: Transport }
  | { kind: 'noToken' };

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
  if (bridge) return { kind: 'ready', via: 'bridge', transport: createBridgeTransport(bridge) };
  const token = consumeToken({ location: window.location, history: window.history, storage: sessionStorageOrNull() });
  if (token === null) return { kind: 'noToken' };
  return { kind: 'ready', via: 'http', transport: createHttpTransport({ origin: window.location.origin, token }) };
}

/**
 * Pasting a fresh '…/#token=…' address into an open tab only changes the hash, which does
 * not reload the page; reload so the new token is consumed like on a first visit.
 */
export function reloadOnNewToken(): void {
  window.addEventListener('hashchange', () => {
    if (tokenFromHash(window.location.hash) !== null) window.location.reload();
  });
}
