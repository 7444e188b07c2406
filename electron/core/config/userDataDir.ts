import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Territory Grid';

/**
 * The folder Electron's app.getPath('userData') resolves to for this product, computed
 * without Electron so the browser preview and the CLI find the same data as the desktop app.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: Readonly<Record<string, string | undefined>> = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), PRODUCT_NAME);
}
