import type { Configuration } from 'electron-builder';

/**
 * Packaging: NSIS for Windows (x64 and arm64 in one installer, per user, Chinese and English),
 * dmg and zip for macOS (x64 and arm64; the zip is what electron-updater downloads), AppImage
 * and deb for Linux. `npm run dist -- --win|--mac|--linux --x64 --arm64`; the release workflow
 * (.github/workflows/release.yml) runs it on each OS and smoke-tests the result.
 *
 * Names: the installer, the shortcuts, the macOS menu bar and the Linux menu show 九宫格客户分级;
 * executables, bundles, install folders and artifacts stay ASCII so that paths, shells, download
 * servers and the updater's file names work everywhere. The app's own name (app.getName(), and
 * with it the user-data folder) stays "Territory Grid" from package.json, which the CLI and
 * the browser preview use to find the same data (electron/core/config/userDataDir.ts).
 */

/** Shown to people: installer, Start menu and desktop shortcuts, macOS CFBundleName, Linux menu. */
export const DISPLAY_NAME = '九宫格客户分级';
/** The artifacts' stem: installers, dmg, zip, AppImage, deb, and the update feed's file names. */
export const ARTIFACT_STEM = 'territory-grid';
export const EXECUTABLE_NAMES = { win: 'TerritoryGrid', mac: 'Territory Grid', linux: 'territory-grid' } as const;

/** Electron's fuses, flipped in the packaged binary (the smoke test reads them back). */
export const FUSES = {
  // No ELECTRON_RUN_AS_NODE, NODE_OPTIONS or --inspect: nobody can run code as this app through
  // its own binary. (The smoke test turns --inspect back on in a copy, for Playwright only.)
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  // Only code inside app.asar, and only an app.asar whose hash matches the one in the binary.
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  // The app serves itself over app://, never file://.
  grantFileProtocolExtraPrivileges: false,
  loadBrowserProcessSpecificV8Snapshot: false,
} as const;

/**
 * Libraries Vite bundles into out/renderer: the packaged app never loads them from node_modules,
 * so they stay out of app.asar (about 100 MB less to download, and to update). Nothing under
 * electron/ or shared/ may import them (the unit test checks); what main, the core worker and the
 * importer load at run time (better-sqlite3, exceljs, zod, iconv-lite, electron-updater …) ships.
 */
export const RENDERER_ONLY_PACKAGES = [
  'echarts',
  'zrender',
  'ag-grid-community',
  'ag-grid-react',
  'ag-stack',
  'ag-charts-types',
  '@ag-grid-community/locale',
  'react',
  'react-dom',
  'scheduler',
  '@tanstack/react-query',
  '@tanstack/query-core',
  '@tanstack/react-virtual',
  '@tanstack/virtual-core',
  '@dnd-kit/core',
  '@dnd-kit/utilities',
  '@dnd-kit/accessibility',
  'i18next',
  'react-i18next',
  'html-parse-stringify',
  'zustand',
] as const;

/**
 * macOS signing: a maintainer's Developer ID (CSC_LINK / CSC_NAME in the environment) signs and
 * hardens the app; without one the app is signed ad hoc ("-"), which Apple silicon needs to
 * run it at all. Ad-hoc builds are not notarised: Gatekeeper asks users to confirm the first start.
 */
const macSigned = Boolean(process.env['CSC_LINK'] || process.env['CSC_NAME']);

const config: Configuration = {
  appId: 'com.territorygrid.app',
  productName: DISPLAY_NAME,
  copyright: 'Copyright © Territory Grid',
  directories: { output: 'release', buildResources: 'build' },
  files: [
    'out/**/*',
    'package.json',
    // SQLite's C sources and the binding's C++: only the prebuilt binaries are loaded.
    '!node_modules/better-sqlite3/deps/**',
    '!node_modules/better-sqlite3/src/**',
    // Only the prebuilt binding of the platform and arch being packaged (the runners build each
    // OS natively; ${platform} is the build machine's, ${arch} the target's).
    '!node_modules/better-sqlite3/prebuilds/!(${platform}-${arch}).node',
    ...RENDERER_ONLY_PACKAGES.map((name) => `!node_modules/${name}/**`),
  ],
  asar: true,
  // Native modules cannot be loaded from inside the archive.
  asarUnpack: ['node_modules/better-sqlite3/**/*.node'],
  // electron-builder runs @electron/rebuild for Electron's version and each target arch on the
  // build machine (the release runners download Electron's headers). better-sqlite3 13 needs
  // no compile: it ships Node-API prebuilds for win32/darwin/linux × x64/arm64, and Node-API is
  // ABI-stable between Node and Electron, so its binding.gyp builds nothing when the prebuild is
  // there (prebuild_exists) and the prebuild is what Electron loads. The rebuild stays on so a
  // native module added later is compiled against Electron's headers. The unit test checks the
  // prebuilds; the packaged smoke test checks that SQLite opens inside the packaged app.
  npmRebuild: true,
  buildDependenciesFromSource: false,
  electronFuses: FUSES,
  // latest.yml, latest-mac.yml and latest-linux*.yml are written beside the artifacts for
  // electron-updater; the feed address is a user setting (设置 → 更新) that the app passes to
  // setFeedURL at run time, so none is built in. "generic" is never uploaded anywhere.
  publish: [{ provider: 'generic', url: '' }],
  artifactName: `${ARTIFACT_STEM}-\${version}-\${os}-\${arch}.\${ext}`,

  win: {
    target: [{ target: 'nsis', arch: ['x64', 'arm64'] }],
    executableName: EXECUTABLE_NAMES.win,
    icon: 'build/icon.ico',
  },
  nsis: {
    // Assisted installer, installing for the current user by default (no administrator rights).
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    installerLanguages: ['zh_CN', 'en_US'],
    multiLanguageInstaller: true,
    // The installer follows the system language instead of asking.
    displayLanguageSelector: false,
    shortcutName: DISPLAY_NAME,
    uninstallDisplayName: `${DISPLAY_NAME} \${version}`,
    // One installer with both architectures; it installs the one the machine runs.
    artifactName: `${ARTIFACT_STEM}-setup-\${version}.\${ext}`,
    // The user's data (the database and its backups) must survive an uninstall.
    deleteAppDataOnUninstall: false,
  },

  mac: {
    target: [
      { target: 'dmg', arch: ['x64', 'arm64'] },
      // electron-updater installs macOS updates from the zip, never from the dmg.
      { target: 'zip', arch: ['x64', 'arm64'] },
    ],
    executableName: EXECUTABLE_NAMES.mac,
    category: 'public.app-category.business',
    icon: 'build/icon.icns',
    ...(macSigned ? {} : { identity: '-' }),
    hardenedRuntime: macSigned,
  },

  linux: {
    target: [
      { target: 'AppImage', arch: ['x64', 'arm64'] },
      { target: 'deb', arch: ['x64', 'arm64'] },
    ],
    executableName: EXECUTABLE_NAMES.linux,
    category: 'Office',
    icon: 'build/icons',
    synopsis: 'Nine-grid client grading and visit planning',
    maintainer: 'Territory Grid maintainers',
    vendor: 'Territory Grid',
    desktop: {
      entry: {
        'Name[en]': 'Territory Grid',
        // The window's class is the app's name (Territory Grid), not the display name.
        StartupWMClass: 'Territory Grid',
      },
    },
  },
};

export default config;
