import { BRIDGE_GLOBAL, type BridgeApi } from '../../../shared/contract';

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Saves a file the app produced (an export, a PDF): in the desktop app through the host's
 * "Save as" dialog, in the browser preview as a download.
 */
export async function saveFile(suggestedName: string, data: Uint8Array | string, mime: string): Promise<{ saved: boolean }> {
  const bytes = typeof data === 'string' ? Uint8Array.from(atob(data), (c) => c.charCodeAt(0)) : data;
  const bridge = (window as unknown as Record<string, BridgeApi | undefined>)[BRIDGE_GLOBAL];
  if (bridge?.host) return bridge.host.saveFile(suggestedName, typeof data === 'string' ? data : bytesToBase64(bytes));
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true };
}
