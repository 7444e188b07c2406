/** Where the loopback token survives reloads of the same tab (never localStorage: it is per run). */
export const TOKEN_STORAGE_KEY = 'territoryGrid.token';

/** The token the server prints as `…/#token=<base64url>`; null when the fragment is something else. */
export function tokenFromHash(hash: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!body.startsWith('token=')) return null;
  const token = new URLSearchParams(body).get('token');
  return token !== null && /^[A-Za-z0-9_-]{16,256}$/.test(token) ? token : null;
}

export interface TokenEnvironment {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState'>;
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
}

/**
 * Takes the token out of the address bar (so it is not bookmarked, shared or kept in
 * history) and remembers it for this tab; falls back to the remembered one on reload.
 */
export function consumeToken(env: TokenEnvironment): string | null {
  const fromHash = tokenFromHash(env.location.hash);
  if (fromHash !== null) {
    try {
      env.storage?.setItem(TOKEN_STORAGE_KEY, fromHash);
    } catch {
      // Storage can be disabled; the token still works until the tab is reloaded.
    }
    env.history.replaceState(null, '', `${env.location.pathname}${env.location.search}`);
    return fromHash;
  }
  try {
    const stored = env.storage?.getItem(TOKEN_STORAGE_KEY) ?? null;
    return stored !== null && tokenFromHash(`#token=${stored}`) !== null ? stored : null;
  } catch {
    return null;
  }
}
