import { readFileSync } from 'node:fs';

/** The app version from package.json, for hosts without Electron's app.getVersion(). */
export function readAppVersion(packageJsonUrl: URL): string {
  const parsed = JSON.parse(readFileSync(packageJsonUrl, 'utf8')) as { version?: unknown };
  return typeof parsed.version === 'string' ? parsed.version : '0.0.0';
}
