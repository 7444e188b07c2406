import { join } from 'node:path';
import { EXECUTABLE_NAMES, FUSES } from '../../build/electron-builder.config';

export type PackagedPlatform = 'win32' | 'darwin' | 'linux';
export type PackagedArch = 'x64' | 'arm64';

/** Where electron-builder put the unpacked app of one platform and arch, and what is in it. */
export interface PackagedApp {
  /** The folder a test copies: `<release>/win-unpacked`, `<release>/mac-arm64/Territory Grid.app` … */
  appDir: string;
  /** The executable, relative to appDir. */
  executable: string;
  /** What @electron/fuses reads and flips, relative to appDir ('' = appDir itself, the .app on macOS). */
  fuseTarget: string;
}

/**
 * electron-builder's layout (app-builder-lib computeAppOutDir): `<os><-arch unless x64>` plus
 * `-unpacked` except on macOS, where the folder holds `<executableName>.app`.
 */
export function packagedApp(options: { releaseDir: string; platform: PackagedPlatform; arch: PackagedArch }): PackagedApp {
  const suffix = options.arch === 'x64' ? '' : `-${options.arch}`;
  switch (options.platform) {
    case 'win32':
      return {
        appDir: join(options.releaseDir, `win${suffix}-unpacked`),
        executable: `${EXECUTABLE_NAMES.win}.exe`,
        fuseTarget: `${EXECUTABLE_NAMES.win}.exe`,
      };
    case 'linux':
      return {
        appDir: join(options.releaseDir, `linux${suffix}-unpacked`),
        executable: EXECUTABLE_NAMES.linux,
        fuseTarget: EXECUTABLE_NAMES.linux,
      };
    case 'darwin':
      return {
        appDir: join(options.releaseDir, `mac${suffix}`, `${EXECUTABLE_NAMES.mac}.app`),
        executable: join('Contents', 'MacOS', EXECUTABLE_NAMES.mac),
        fuseTarget: '',
      };
  }
}

export function isPackagedPlatform(value: string): value is PackagedPlatform {
  return value === 'win32' || value === 'darwin' || value === 'linux';
}

export function isPackagedArch(value: string): value is PackagedArch {
  return value === 'x64' || value === 'arm64';
}

/** @electron/fuses' FuseV1Options indexes and FuseState bytes ('1' enabled, '0' disabled). */
export const FUSE_INDEX = {
  runAsNode: 0,
  enableCookieEncryption: 1,
  enableNodeOptionsEnvironmentVariable: 2,
  enableNodeCliInspectArguments: 3,
  enableEmbeddedAsarIntegrityValidation: 4,
  onlyLoadAppFromAsar: 5,
  loadBrowserProcessSpecificV8Snapshot: 6,
  grantFileProtocolExtraPrivileges: 7,
} as const satisfies Record<keyof typeof FUSES, number>;
export const FUSE_ENABLED = 0x31;
export const FUSE_DISABLED = 0x30;

/** The fuse wire the packaged binary must carry: index → state byte, from the builder config. */
export function expectedFuseWire(fuses: Readonly<Record<keyof typeof FUSE_INDEX, boolean>> = FUSES): Record<number, number> {
  const wire: Record<number, number> = {};
  for (const [name, index] of Object.entries(FUSE_INDEX) as [keyof typeof FUSE_INDEX, number][]) {
    wire[index] = fuses[name] ? FUSE_ENABLED : FUSE_DISABLED;
  }
  return wire;
}

/**
 * The differences between two fuse wires (as @electron/fuses' getCurrentFuseWire returns them:
 * index keys, state bytes, plus `version`), by fuse index.
 */
export function fuseDifferences(a: Record<string, unknown>, b: Record<string, unknown>): number[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((key) => /^\d+$/.test(key)));
  return [...keys].map(Number).filter((index) => a[index] !== b[index]).sort((x, y) => x - y);
}
