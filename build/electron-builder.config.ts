import type { Configuration } from 'electron-builder';

/**
 * Packaging for Windows (NSIS), macOS (dmg) and Linux (AppImage). The fuses switch off
 * Electron features this app never uses and that would let a local attacker run code as
 * the app (ELECTRON_RUN_AS_NODE, NODE_OPTIONS, --inspect, loading code outside app.asar).
 */
const config: Configuration = {
  appId: 'com.territorygrid.app',
  productName: 'Territory Grid',
  directories: { output: 'release', buildResources: 'build' },
  files: ['out/**/*', 'package.json'],
  asar: true,
  // Native modules cannot be loaded from inside the archive.
  asarUnpack: ['node_modules/better-sqlite3/**/*.node'],
  // better-sqlite3 13 ships Node-API prebuilds that Electron loads as-is; a rebuild would
  // try to download Electron headers, which the build machines cannot reach.
  npmRebuild: false,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
    loadBrowserProcessSpecificV8Snapshot: false,
  },
  win: { target: ['nsis'] },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    // The user's data (the database and its backups) must survive an uninstall.
    deleteAppDataOnUninstall: false,
  },
  mac: { target: ['dmg'], category: 'public.app-category.business' },
  linux: { target: ['AppImage'], category: 'Office' },
};

export default config;
