import { shell } from 'electron';

/**
 * Hosts the app may open in the user's browser (help and release notes). Exact matches
 * only: client data (names, hospitals, notes) must never reach the OS URL handler.
 */
export const EXTERNAL_HOST_ALLOWLIST: readonly string[] = ['territorygrid.app', 'help.territorygrid.app'];

export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return false;
  return EXTERNAL_HOST_ALLOWLIST.includes(parsed.hostname);
}

/** The only caller of shell.openExternal in the app. Resolves false when the URL is refused. */
export async function openExternalSafe(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  // eslint-disable-next-line no-restricted-properties -- this function is the allowlisted wrapper the rule points to
  await shell.openExternal(url);
  return true;
}
