import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gradeAll } from '../../shared/grading';
import { BUILTIN_MODELS, DEFAULT_DICTIONARIES, DEFAULT_MODEL_ID } from '../../shared/models';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { GRADING_COLUMNS, readGradingInputs } from '../../electron/core/db/repos/clientsRepo';
import { ensureBuiltinModels } from '../../electron/core/db/repos/modelsRepo';
import { insertDemoRegion } from '../../electron/core/db/repos/demoRegionRepo';
import { silentLogger } from '../../electron/core/log/logger';
import { regradeAll } from '../../electron/core/services/regrade';
import { sampleAttributes } from '../harness/modelSamples';
import { medianMs, round, type Measurement } from './measure';
import { syntheticRegion } from './syntheticRegion';
import { upsertBaseline } from './upsertBaseline';
import { CLIENTS } from './gradingBench';

const COLUMN_ATTRIBUTES: ReadonlySet<string> = new Set(GRADING_COLUMNS);

/**
 * Every built-in model regrading 100,000 clients through SQLite with nothing stored yet (every
 * client's cell written), against the baseline of the same reads and an upsert of every row
 * without grading, measured right before each model so both see the same machine state. The
 * clients get inputs sampled from each model's own rules (test/harness/modelSamples.ts).
 */
export async function modelsBench(): Promise<Measurement[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tg-bench-models-'));
  try {
    const { db } = await openDatabase(join(dir, 'bench.sqlite'), silentLogger);
    const now = new Date().toISOString();
    ensureBuiltinModels(db, BUILTIN_MODELS, DEFAULT_MODEL_ID, now);
    insertDemoRegion(db, syntheticRegion(CLIENTS), now);
    const ids = db.prepare('SELECT id FROM clients ORDER BY id').pluck().all() as number[];
    const dictionaries = DEFAULT_DICTIONARIES;
    const setAttributes = db.prepare('UPDATE clients SET attributes = ? WHERE id = ?');
    const results: Measurement[] = [];
    for (const model of BUILTIN_MODELS) {
      const samples = sampleAttributes(model, DEFAULT_DICTIONARIES, ids.length);
      db.transaction(() => {
        ids.forEach((id, i) => {
          const stored = Object.fromEntries(Object.entries(samples[i]!).filter(([name]) => !COLUMN_ATTRIBUTES.has(name)));
          setAttributes.run(JSON.stringify(stored), id);
        });
      })();

      const baseline = medianMs(upsertBaseline(db, model.id), 3, 1);

      let graded = 0;
      const regrade = medianMs(
        () => {
          graded = regradeAll(db, model, dictionaries).graded;
        },
        3,
        1,
        () => db.prepare('DELETE FROM grades WHERE model_id = ?').run(model.id),
      );
      const inMemory = medianMs(() => gradeAll(model, dictionaries, readGradingInputs(db).map((row) => row.attrs)), 3, 1);
      const ratio = regrade / baseline;
      const base = `models.${model.id}`;
      results.push(
        { name: `${base}.baseline100k`, value: round(baseline), unit: 'ms', baseline: null, ratio: null, target: 'baseline (every row upserted)', pass: true },
        { name: `${base}.readAndGrade100k`, value: round(inMemory), unit: 'ms', baseline: null, ratio: null, target: 'info', pass: true },
        {
          name: `${base}.regrade100k`,
          value: round(regrade),
          unit: 'ms',
          baseline: `${base}.baseline100k`,
          ratio: round(ratio, 2),
          target: `<= 1.5x baseline and < 1500 ms; ${graded} graded`,
          // A model whose sampled inputs grade nobody would measure nothing.
          pass: ratio <= 1.5 && regrade < 1500 && graded > CLIENTS / 2,
        },
      );
    }
    db.close();
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
