import { BRIDGE_GLOBAL, type BridgeApi, type Transport } from '../../../shared/contract';

/** The preload's bridge, when running inside Electron; checked by shape, not trusted blindly. */
export function findBridge(scope: object): BridgeApi | null {
  const candidate: unknown = Reflect.get(scope, BRIDGE_GLOBAL);
  if (typeof candidate !== 'object' || candidate === null) return null;
  const methods: unknown = Reflect.get(candidate, 'methods');
  const on: unknown = Reflect.get(candidate, 'on');
  return typeof methods === 'object' && methods !== null && typeof on === 'function' ? (candidate as BridgeApi) : null;
}

export function createBridgeTransport(bridge: BridgeApi): Transport {
  return {
    invoke: (method, input) => bridge.methods[method](input),
    subscribe: (event, listener) => bridge.on(event, listener),
  };
}
