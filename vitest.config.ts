import { defineConfig } from 'vitest/config';

/**
 * unit: rules, core and integration tests on real SQLite files (fast, parallel).
 * e2e: the built app: the renderer in Debian's Chromium against the loopback server and the
 * real core, and the built Electron core worker.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          // *.packaged.test.ts need the packaged app (npm run test:packaged, release workflow only).
          exclude: ['test/e2e/**', 'test/**/*.built.test.ts', 'test/**/*.packaged.test.ts', 'node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          // Also the tests of built output (out/): `npm test` runs this project after the build.
          include: ['test/e2e/**/*.e2e.test.ts', 'test/**/*.built.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // A page's first paint on a busy 2-core CI machine can take a few seconds.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
