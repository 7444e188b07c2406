import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gradeAll } from '../../shared/grading';
import { DEFAULT_DICTIONARIES, PHARMA_NINE_GRID } from '../../shared/models';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { readGradingInputs } from '../../electron/core/db/repos/clientsRepo';
import { ensureBuiltinModels } from '../../electron/core/db/repos/modelsRepo';
import { silentLogger } from '../../electron/core/log/logger';
import { insertDemoRegion } from '../../electron/core/db/repos/demoRegionRepo';
import { regradeAll } from '../../electron/core/services/regrade';
import { BUILTIN_MODELS, DEFAULT_MODEL_ID } from '../../shared/models';
import { medianMs, round, type Measurement } from './measure';
import { band, withPotentialBands } from './editedModel';
import { syntheticRegion } from './syntheticRegion';
import { upsertBaseline } from './upsertBaseline';

export const CLIENTS = 100_000;

/**
 * Grading at national scale: (a) in memory, (b) a full regrade through SQLite, and (c) the
 * same reads and writes without grading, as the baseline (b) is judged against.
 */
export async function gradingBench(): Promise<Measurement[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tg-bench-'));
  try {
    const { db } = await openDatabase(join(dir, 'bench.sqlite'), silentLogger);
    const now = new Date().toISOString();
    ensureBuiltinModels(db, BUILTIN_MODELS, DEFAULT_MODEL_ID, now);
    insertDemoRegion(db, syntheticRegion(CLIENTS), now);
    const inputs = readGradingInputs(db).map((row) => row.attrs);

    const inMemory = medianMs(() => gradeAll(PHARMA_NINE_GRID, DEFAULT_DICTIONARIES, inputs), 7, 3);

    // (b) A manager edits the model (B starts at score 4, so score 3 becomes C) and back: each
    // regrade reads everything, grades everything and writes the clients that moved.
    const edited = withPotentialBands(PHARMA_NINE_GRID, [band('C', 1, 4), band('B', 4, 7), band('A', 7, 9, true)]);
    regradeAll(db, PHARMA_NINE_GRID, DEFAULT_DICTIONARIES);
    let flip = false;
    let changed = 0;
    const regrade = medianMs(() => {
      flip = !flip;
      changed = regradeAll(db, flip ? edited : PHARMA_NINE_GRID, DEFAULT_DICTIONARIES).changed;
    }, 5, 1);

    // (c) Baseline: the regrade's own statements, no grading.
    const bare = medianMs(upsertBaseline(db, PHARMA_NINE_GRID.id), 5, 1);
    db.close();
    const ratio = regrade / bare;
    return [
      { name: 'grading.inMemory100k', value: round(inMemory), unit: 'ms', baseline: null, ratio: null, target: '< 100 ms', pass: inMemory < 100 },
      { name: 'regrade.baseline100k', value: round(bare), unit: 'ms', baseline: null, ratio: null, target: 'baseline (every row rewritten)', pass: true },
      { name: 'regrade.changedClients', value: changed, unit: 'clients', baseline: null, ratio: null, target: 'info', pass: true },
      {
        name: 'regrade.full100k',
        value: round(regrade),
        unit: 'ms',
        baseline: 'regrade.baseline100k',
        ratio: round(ratio, 2),
        target: '<= 1.5x baseline and < 1000 ms',
        pass: ratio <= 1.5 && regrade < 1000,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
