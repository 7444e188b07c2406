import { APP_HOST, APP_SCHEME } from './appOrigin';
import { DOT_SEGMENT, ENCODED_DANGER, resolveAssetPath, type AssetResolution } from '../../node/resolveAssetPath';

export type { AssetResolution };

const FORBIDDEN = { kind: 'forbidden' } as const;

/**
 * Maps `app://bundle/<path>` to a file under `rootDir`, or refuses. Electron's own example
 * joins the URL onto a directory; this adds the containment checks.
 */
export async function resolveAppAsset(rootDir: string, requestUrl: string): Promise<AssetResolution> {
  // The URL parser would silently collapse "..", "%2e%2e" and backslashes; a request that
  // contains them is an attack, not a path, so it is refused before parsing.
  const beforeQuery = requestUrl.split(/[?#]/, 1)[0] ?? '';
  if (ENCODED_DANGER.test(beforeQuery) || beforeQuery.includes('\\') || DOT_SEGMENT.test(beforeQuery)) {
    return FORBIDDEN;
  }
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return FORBIDDEN;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) return FORBIDDEN;
  if (url.username !== '' || url.password !== '') return FORBIDDEN;
  return resolveAssetPath(rootDir, url.pathname || '/');
}

