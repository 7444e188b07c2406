import { BRIDGE_GLOBAL, type HostApi } from '../../../../shared/contract';

/** The system clipboard as text: Electron's (through the preload's host bridge) in the app, the browser's in the web preview. */
export interface TextClipboard {
  readText(): Promise<string>;
  writeText(text: string): Promise<void>;
}

function hostOf(scope: object): HostApi | null {
  const bridge: unknown = Reflect.get(scope, BRIDGE_GLOBAL);
  if (typeof bridge !== 'object' || bridge === null) return null;
  const host: unknown = Reflect.get(bridge, 'host');
  if (typeof host !== 'object' || host === null) return null;
  const { readClipboardText, writeClipboardText } = host as Partial<HostApi>;
  return typeof readClipboardText === 'function' && typeof writeClipboardText === 'function' ? (host as HostApi) : null;
}

export function chooseClipboard(scope: object = window): TextClipboard {
  const host = hostOf(scope);
  if (host) return { readText: () => host.readClipboardText(), writeText: (text) => host.writeClipboardText(text) };
  return {
    readText: () => navigator.clipboard.readText(),
    writeText: (text) => navigator.clipboard.writeText(text),
  };
}
