import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';
// Not re-exported by the package's index.
import { FuseState } from '@electron/fuses/dist/constants';
import { afterEach, describe, expect, it } from 'vitest';
import { FUSES } from '../../build/electron-builder.config';
import { FUSE_DISABLED, FUSE_ENABLED, FUSE_INDEX, expectedFuseWire, fuseDifferences, packagedApp } from './packagedApp';

const release = join('repo', 'release');

describe('where electron-builder puts the unpacked app', () => {
  it.each([
    ['win32', 'x64', join(release, 'win-unpacked'), 'TerritoryGrid.exe', 'TerritoryGrid.exe'],
    ['win32', 'arm64', join(release, 'win-arm64-unpacked'), 'TerritoryGrid.exe', 'TerritoryGrid.exe'],
    ['linux', 'x64', join(release, 'linux-unpacked'), 'territory-grid', 'territory-grid'],
    ['linux', 'arm64', join(release, 'linux-arm64-unpacked'), 'territory-grid', 'territory-grid'],
    ['darwin', 'x64', join(release, 'mac', 'Territory Grid.app'), join('Contents', 'MacOS', 'Territory Grid'), ''],
    ['darwin', 'arm64', join(release, 'mac-arm64', 'Territory Grid.app'), join('Contents', 'MacOS', 'Territory Grid'), ''],
  ] as const)('%s %s', (platform, arch, appDir, executable, fuseTarget) => {
    expect(packagedApp({ releaseDir: release, platform, arch })).toEqual({ appDir, executable, fuseTarget });
  });
});

describe('the fuse wire the packaged binary must carry', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('uses the indexes and state bytes of @electron/fuses', () => {
    expect(FUSE_INDEX).toEqual({
      runAsNode: FuseV1Options.RunAsNode,
      enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
      enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
      enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
      enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
      onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
      loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
      grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
    });
    expect([FUSE_ENABLED, FUSE_DISABLED]).toEqual([FuseState.ENABLE, FuseState.DISABLE]);
  });

  it('is what flipping the config into a binary produces, read back as the smoke test reads it', async () => {
    // A stand-in binary: the fuse sentinel, wire version 1, 9 fuses in Electron's stock states.
    const dir = mkdtempSync(join(tmpdir(), 'tg-fuses-'));
    dirs.push(dir);
    const binary = join(dir, 'electron');
    writeFileSync(binary, Buffer.concat([Buffer.from('\0prefix\0'), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 9]), Buffer.from('101100010'), Buffer.alloc(16)]));
    const stock = await getCurrentFuseWire(binary);
    const config = Object.fromEntries(Object.entries(FUSE_INDEX).map(([name, index]) => [index, FUSES[name as keyof typeof FUSES]]));
    await flipFuses(binary, { version: FuseVersion.V1, ...config });
    const flipped = await getCurrentFuseWire(binary);
    expect(flipped).toMatchObject(expectedFuseWire());
    // The ninth fuse, unknown to this config, is left as Electron ships it.
    expect((flipped as Record<number, number>)[8]).toBe((stock as Record<number, number>)[8]);
    // Inspect on again, as the smoke test does in its copy: exactly one fuse differs.
    await flipFuses(binary, { version: FuseVersion.V1, [FuseV1Options.EnableNodeCliInspectArguments]: true });
    expect(fuseDifferences(flipped, await getCurrentFuseWire(binary))).toEqual([FuseV1Options.EnableNodeCliInspectArguments]);
  });

  it('would notice a fuse left on', () => {
    const wire = expectedFuseWire({ ...FUSES, runAsNode: true });
    expect(wire[FuseV1Options.RunAsNode]).toBe(FUSE_ENABLED);
    expect(fuseDifferences(wire, expectedFuseWire())).toEqual([FuseV1Options.RunAsNode]);
  });
});
