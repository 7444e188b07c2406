import { describe, expect, it } from 'vitest';
import { buildWebPreferences } from '../../../electron/main/security/webPreferences';

describe('buildWebPreferences', () => {
  it.each([true, false])('keeps every secure default (packaged=%s)', (isPackaged) => {
    const prefs = buildWebPreferences('/app/out/preload/index.cjs', { isPackaged });
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('enables devtools only in unpackaged runs', () => {
    expect(buildWebPreferences('p', { isPackaged: true }).devTools).toBe(false);
    expect(buildWebPreferences('p', { isPackaged: false }).devTools).toBe(true);
  });

  it('has exactly the reviewed keys (a new preference needs a review)', () => {
    expect(buildWebPreferences('/p.cjs', { isPackaged: true })).toEqual({
      preload: '/p.cjs',
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
      devTools: false,
      spellcheck: false,
    });
  });
});
