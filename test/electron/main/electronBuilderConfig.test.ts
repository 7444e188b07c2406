import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { ARTIFACT_STEM, DISPLAY_NAME, EXECUTABLE_NAMES, FUSES, RENDERER_ONLY_PACKAGES } from '../../../build/electron-builder.config';
import { PRODUCT_NAME } from '../../../electron/core/config/userDataDir';

const ROOT = join(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  productName: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

type TargetList = { target: string; arch: string[] }[];
const targetsOf = (platform: 'win' | 'mac' | 'linux') => config[platform]?.target as TargetList;
const ASCII_FILE_NAME = /^[A-Za-z0-9._-]+$/;

/** An artifact name pattern as electron-builder expands it (the macros this config uses). */
function expand(pattern: string, os: string, arch: string, ext: string): string {
  return pattern.replace(/\$\{(\w+)\}/g, (_match, macro: string) => ({ version: '1.2.3', os, arch, ext })[macro] ?? `<${macro}>`);
}

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
    expect(config.electronFuses).toBe(FUSES);
  });

  it('packs into asar and unpacks only the native SQLite binding, without its C sources', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/**/*.node']);
    expect(config.files).toContain('out/**/*');
    expect(config.files).toContain('package.json');
    expect(config.files).toContain('!node_modules/better-sqlite3/deps/**');
    // Of the prebuilt bindings, the one of the platform and arch being packaged stays.
    expect((config.files as string[]).filter((pattern) => pattern.includes('prebuilds'))).toEqual([
      '!node_modules/better-sqlite3/prebuilds/!(${platform}-${arch}).node',
    ]);
  });

  it('leaves out the libraries Vite bundled into the renderer, none of which main, the core or the importer import', () => {
    for (const name of RENDERER_ONLY_PACKAGES) {
      expect(config.files).toContain(`!node_modules/${name}/**`);
      expect(existsSync(join(ROOT, 'node_modules', name)), name).toBe(true);
    }
    const imported = new Set<string>();
    const specifier = /(?:from\s+|import\(\s*|require(?:Cjs)?\(\s*)['"]([^'".][^'"]*)['"]/g;
    for (const dir of ['electron', 'shared']) {
      for (const file of readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'))) {
        for (const match of readFileSync(join(ROOT, dir, file), 'utf8').matchAll(specifier)) {
          const parts = match[1]!.split('/');
          imported.add(parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!);
        }
      }
    }
    // The check sees what it must: the main process's own runtime libraries.
    for (const runtime of ['better-sqlite3', 'exceljs', 'zod', 'electron-updater']) expect(imported).toContain(runtime);
    expect(RENDERER_ONLY_PACKAGES.filter((name) => imported.has(name))).toEqual([]);
  });

  it('builds NSIS, dmg + zip, AppImage + deb, each for x64 and arm64', () => {
    expect(targetsOf('win')).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }]);
    expect(targetsOf('mac')).toEqual([
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] },
    ]);
    expect(targetsOf('linux')).toEqual([
      { target: 'AppImage', arch: ['x64', 'arm64'] },
      { target: 'deb', arch: ['x64', 'arm64'] },
    ]);
  });

  it('installs per user from a Chinese and English installer and never deletes user data', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      installerLanguages: ['zh_CN', 'en_US'],
      multiLanguageInstaller: true,
      shortcutName: DISPLAY_NAME,
      deleteAppDataOnUninstall: false,
    });
    expect(config.nsis?.license).toBeUndefined();
  });

  it('shows 九宫格客户分级 to people while executables and artifacts stay ASCII', () => {
    expect(config.appId).toBe('com.territorygrid.app');
    expect(config.productName).toBe('九宫格客户分级');
    expect(config.win?.executableName).toBe(EXECUTABLE_NAMES.win);
    expect(config.mac?.executableName).toBe(EXECUTABLE_NAMES.mac);
    expect(config.linux?.executableName).toBe(EXECUTABLE_NAMES.linux);
    for (const name of Object.values(EXECUTABLE_NAMES)) expect(name).toMatch(/^[A-Za-z][A-Za-z -]*$/);
    // Artifact names as they come out for each target and arch.
    const names = [
      expand(config.nsis!.artifactName!, 'win', 'x64', 'exe'),
      ...['x64', 'arm64'].flatMap((arch) => [
        expand(config.artifactName!, 'mac', arch, 'dmg'),
        expand(config.artifactName!, 'mac', arch, 'zip'),
        expand(config.artifactName!, 'linux', arch, 'AppImage'),
        expand(config.artifactName!, 'linux', arch, 'deb'),
      ]),
    ];
    expect(names[0]).toBe('territory-grid-setup-1.2.3.exe');
    for (const name of names) {
      expect(name).toMatch(ASCII_FILE_NAME);
      expect(name.startsWith(ARTIFACT_STEM)).toBe(true);
    }
    // Distinct per arch, so the two macOS and Linux builds never overwrite each other.
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps the app name, and so the user-data folder, the one the CLI and browser preview use', () => {
    // electron-builder leaves package.json's productName in the packaged app unless extraMetadata says otherwise.
    expect(pkg.productName).toBe(PRODUCT_NAME);
    expect(config.extraMetadata).toBeUndefined();
  });

  it('writes update feeds (latest*.yml) for a generic provider whose address is a setting', () => {
    expect(config.publish).toEqual([{ provider: 'generic', url: '' }]);
    // The updater must ship with the app: electron-builder packs dependencies only.
    expect(pkg.dependencies['electron-updater']).toBeDefined();
    expect(pkg.devDependencies['electron-updater']).toBeUndefined();
    expect(pkg.devDependencies['electron']).toBeDefined();
  });

  it('rebuilds native modules for Electron, and better-sqlite3 comes with a Node-API prebuild for every target', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.buildDependenciesFromSource).toBe(false);
    const sqlite = join(ROOT, 'node_modules/better-sqlite3');
    const sqlitePkg = JSON.parse(readFileSync(join(sqlite, 'package.json'), 'utf8')) as {
      scripts?: Record<string, string>;
      gypfile?: boolean;
      dependencies?: Record<string, string>;
    };
    // No install step fetches or compiles anything (no prebuild-install, no install script)...
    expect(sqlitePkg.scripts?.['install']).toBeUndefined();
    expect(sqlitePkg.dependencies?.['prebuild-install']).toBeUndefined();
    // ...node-gyp (what @electron/rebuild runs) compiles only when no prebuild exists...
    expect(readFileSync(join(sqlite, 'binding.gyp'), 'utf8')).toContain("'prebuild_exists%': '<!(node lib/binding.js)'");
    // ...and the prebuilds are Node-API builds, which Electron loads as they are.
    expect(readFileSync(join(sqlite, 'binding.gyp'), 'utf8')).toMatch(/NAPI_VERSION=\d+/);
    const platformOf = { win: 'win32', mac: 'darwin', linux: 'linux' } as const;
    for (const os of ['win', 'mac', 'linux'] as const) {
      for (const arch of new Set(targetsOf(os).flatMap((target) => target.arch))) {
        expect(existsSync(join(sqlite, 'prebuilds', `${platformOf[os]}-${arch}.node`)), `${os} ${arch}`).toBe(true);
      }
    }
  });

  it('signs macOS ad hoc unless a Developer ID is given', () => {
    expect(config.mac?.identity).toBe(process.env['CSC_LINK'] || process.env['CSC_NAME'] ? undefined : '-');
  });

  it("passes electron-builder's own schema validation", async () => {
    // Transitive dependencies of electron-builder: the same validator `electron-builder` runs.
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config');
    const { DebugLogger } = await import('builder-util');
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
  });
});
