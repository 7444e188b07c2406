import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:packaged`: the smoke test of the app electron-builder packaged (release/), run
 * by the release workflow after `npm run dist` on each OS. The root config's unit and e2e
 * projects leave *.packaged.test.ts out: they need the real Electron binary.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['test/packaged/**/*.packaged.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    // The tests of one file share the running app, in order.
    sequence: { concurrent: false },
    expect: { poll: { timeout: 30_000, interval: 200 } },
  },
});
