/** The renderer is served from one privileged custom origin, never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export interface OriginOptions {
  /** The electron-vite dev server; trusted only when given (never in a packaged build). */
  devServerUrl?: string | undefined;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` belongs to the app origin (or the dev server origin when one is given).
 * Compares parsed origins, never string prefixes: `app://bundle.evil/` must not match.
 */
export function isTrustedAppUrl(url: string, options: OriginOptions = {}): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  // The username/password parts would let `app://bundle@evil/` style tricks hide the real host.
  if (parsed.username !== '' || parsed.password !== '') return false;
  // Chromium lower-cases hosts of standard schemes; Node's parser does not, so compare that way.
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST) return true;
  if (options.devServerUrl) {
    const dev = parse(options.devServerUrl);
    if (dev && (dev.protocol === 'http:' || dev.protocol === 'https:') && parsed.origin === dev.origin) return true;
  }
  return false;
}

/** What the main window loads: the dev server only in an unpackaged run that has one. */
export function rendererEntryUrl(options: { isPackaged: boolean; devServerUrl?: string | undefined }): string {
  if (!options.isPackaged && options.devServerUrl && parse(options.devServerUrl)) return options.devServerUrl;
  return APP_ENTRY_URL;
}
