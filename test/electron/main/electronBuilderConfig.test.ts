import { describe, expect, it } from 'vitest';
import config from '../../../build/electron-builder.config';

describe('electron-builder config', () => {
  it('flips every fuse the security review asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('packs into asar and unpacks only the native SQLite binding', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/**/*.node']);
    expect(config.files).toContain('out/**/*');
  });

  it('identifies the app and targets each platform', () => {
    expect(config.appId).toBe('com.territorygrid.app');
    expect(config.productName).toBe('Territory Grid');
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.linux?.target).toEqual(['AppImage']);
  });

  it('never deletes user data on uninstall', () => {
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it("passes electron-builder's own schema validation", async () => {
    // Transitive dependencies of electron-builder: the same validator `electron-builder` runs.
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config');
    const { DebugLogger } = await import('builder-util');
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
  });
});
