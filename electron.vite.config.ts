import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

/**
 * One build for the three targets. The preload is CommonJS because sandboxed preloads
 * cannot be ES modules; main is ESM; the renderer is a plain web bundle that the
 * app:// protocol (Electron) and the loopback server (browser) both serve.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          coreWorker: resolve(root, 'electron/main/coreWorker.ts'),
          importerChild: resolve(root, 'electron/importer/child.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    html: { cspNonce: 'TG_CSP_NONCE' },
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: true,
      rollupOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
        output: {
          // zod and the module that turns its JIT off share a chunk, so the switch runs before
          // any chunk builds a schema: pages are split into chunks, and the CSP forbids eval.
          manualChunks: (id: string) => (/[\\/]node_modules[\\/]zod[\\/]|[\\/]renderer[\\/]src[\\/]zodJitless\.ts$/.test(id) ? 'zod' : undefined),
        },
      },
    },
  },
});
