import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { BUILTIN_MODELS, DEFAULT_MODEL_ID } from '../../shared/models';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { ensureBuiltinModels } from '../../electron/core/db/repos/modelsRepo';
import { silentLogger } from '../../electron/core/log/logger';
import { insertDemoRegion } from '../../electron/core/db/repos/demoRegionRepo';
import { findChromium } from '../e2e/harness/findChromium';
import { syntheticRegion } from './syntheticRegion';

/** The built renderer the browser benchmarks drive. */
export const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

export function requireBuiltRenderer(benchmark: string): void {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`The ${benchmark} benchmark drives the built renderer, and ${RENDERER_DIR} has no index.html: run \`npm run build\` first.`);
  }
}

/** A database file in a new temp folder with `clients` generated clients, closed and ready for openCore. */
export async function seededBenchDatabase(clients: number, prefix: string): Promise<{ dir: string; dbPath: string }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const dbPath = join(dir, 'bench.sqlite');
  const { db } = await openDatabase(dbPath, silentLogger);
  const now = new Date().toISOString();
  ensureBuiltinModels(db, BUILTIN_MODELS, DEFAULT_MODEL_ID, now);
  insertDemoRegion(db, syntheticRegion(clients), now);
  db.close();
  return { dir, dbPath };
}

export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
}
