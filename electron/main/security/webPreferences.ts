import type { WebPreferences } from 'electron';

/**
 * The one set of web preferences for every window. Each secure default is written out,
 * even where Electron already defaults to it, so a regression shows up in review and tests.
 */
export function buildWebPreferences(preloadPath: string, options: { isPackaged: boolean }): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools: !options.isPackaged,
    spellcheck: false,
  };
}
