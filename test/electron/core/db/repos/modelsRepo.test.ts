import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../../../shared/contract';
import type { ModelDefinition } from '../../../../../shared/grading';
import { BUILTIN_MODELS, DEFAULT_MODEL_ID } from '../../../../../shared/models';
import { openDatabase } from '../../../../../electron/core/db/openDatabase';
import { closeConnection } from '../../../../../electron/core/db/connection';
import { ensureBuiltinModels } from '../../../../../electron/core/db/repos/modelsRepo';
import { openCore, type Core } from '../../../../../electron/core/openCore';
import { band, withPotentialBands } from '../../../../bench/editedModel';
import { memoryLogger } from '../../../../harness/openTestCore';
import { useTempDir } from '../../../../harness/tempDir';

const tempDir = useTempDir();
const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

const PHARMA = BUILTIN_MODELS.find((model) => model.id === DEFAULT_MODEL_ID)!;

async function open(dbPath: string, seedDemo: boolean | 'pharma' = false) {
  const log = memoryLogger();
  const core = await openCore({ dbPath, seedDemo, appVersion: '0.0.0-test', log });
  cores.push(core);
  return { core, api: createApi(core.router), log };
}

function close(core: Core) {
  cores.splice(cores.indexOf(core), 1);
  core.close();
}

/**
 * The pharma preset as an older app stored it: version 1, without the inputs, words and
 * guard-rails it has now, and with other potential bands (every client graded C) so a regrade
 * with the new definition can be told from the old one.
 */
function olderPharma(): ModelDefinition {
  const older = withPotentialBands(PHARMA, [band('C', 0, 100, true)]);
  delete older.inputs;
  delete older.vocabulary;
  delete older.calibration;
  return { ...older, version: 1 };
}

/** Writes rows as the older app left them, with the core closed. */
function writeStored(dbPath: string, write: (db: Database.Database) => void) {
  const db = new Database(dbPath);
  try {
    write(db);
  } finally {
    db.close();
  }
}

const storeOlderPharma = (db: Database.Database) =>
  db.prepare("UPDATE models SET version = 1, definition = ? WHERE id = 'pharma-nine-grid'").run(JSON.stringify(olderPharma()));

type StoredRow = { version: number; definition: string; builtin: number; active: number };

/** A models row, read through the open core (it holds the file alone) or from the closed file. */
function storedRow(from: Core | string, id: string): StoredRow | undefined {
  const sql = 'SELECT version, definition, builtin, active FROM models WHERE id = ?';
  if (typeof from !== 'string') return from.context.db.prepare(sql).get(id) as StoredRow | undefined;
  const db = new Database(from, { readonly: true });
  try {
    return db.prepare(sql).get(id) as StoredRow | undefined;
  } finally {
    db.close();
  }
}

describe('built-in presets of an older database', () => {
  it('the presets changed since the version an older app stored (1)', () => {
    // Otherwise an upgraded app would keep the old copies: see presetVersions.test.ts.
    expect(PHARMA.version).toBeGreaterThan(1);
  });

  it('an older stored preset gets the new version on open and is regraded as the active model; a user’s clone is untouched', async () => {
    const dbPath = join(tempDir(), 'older.sqlite');
    const first = await open(dbPath, 'pharma');
    await first.api.call('models.clone', { id: 'pharma-nine-grid', newId: 'my-grid', name: { 'zh-CN': '我的九宫格', en: 'My grid' } });
    close(first.core);
    // The older app: its preset, a copy the user made of it back then, and grades of the old rules.
    const clone = { ...olderPharma(), id: 'my-grid', name: { 'zh-CN': '我的九宫格', en: 'My grid' } };
    writeStored(dbPath, (db) => {
      storeOlderPharma(db);
      db.prepare("UPDATE models SET definition = ? WHERE id = 'my-grid'").run(JSON.stringify(clone));
      db.prepare("UPDATE grades SET cell = 'C3' WHERE model_id = 'pharma-nine-grid'").run();
    });
    const cloneBefore = storedRow(dbPath, 'my-grid');

    const { core, api, log } = await open(dbPath);
    const stored = storedRow(core, 'pharma-nine-grid')!;
    expect(stored).toMatchObject({ version: PHARMA.version, builtin: 1, active: 1 });
    expect(JSON.parse(stored.definition)).toEqual(PHARMA);
    const got = await api.call('models.get', { id: 'pharma-nine-grid' });
    expect(got.definition.calibration).toEqual(PHARMA.calibration);
    expect(got.definition.inputs).toEqual(PHARMA.inputs);
    // Regraded with the new rules: not every client in the C row any more.
    const summary = await api.call('stats.summary', {});
    expect(summary.model).toMatchObject({ id: 'pharma-nine-grid', version: PHARMA.version });
    const count = (code: string) => summary.cells.find((cell) => cell.code === code)?.count ?? 0;
    expect(count('A1') + count('A2') + count('A3') + count('B1') + count('B2') + count('B3')).toBeGreaterThan(0);
    // The user's copy keeps their definition and version.
    expect(storedRow(core, 'my-grid')).toEqual(cloneBefore);
    // Logged with ids and versions only.
    const line = log.lines.find((l) => l.includes('built-in model updated'));
    expect(line).toContain('pharma-nine-grid');
    expect(line).toContain(`"to":${PHARMA.version}`);
    expect(line).not.toContain(PHARMA.name['zh-CN']);
    expect(log.lines.filter((l) => l.includes('built-in model updated'))).toHaveLength(1);
  });

  it('opening again changes nothing: the stored preset is current', async () => {
    const dbPath = join(tempDir(), 'current.sqlite');
    close((await open(dbPath)).core);
    const before = storedRow(dbPath, 'pharma-nine-grid');
    const again = await open(dbPath);
    expect(storedRow(again.core, 'pharma-nine-grid')).toEqual(before);
    expect(again.log.lines.some((l) => l.includes('built-in model'))).toBe(false);
  });

  it('a user’s own model under a preset’s id (not built in), and a preset stored by a newer app, are kept', async () => {
    const dbPath = join(tempDir(), 'kept.sqlite');
    close((await open(dbPath)).core);
    const b2b = BUILTIN_MODELS.find((model) => model.id === 'b2b-lifecycle')!;
    const own = { ...b2b, name: { 'zh-CN': '我自己的', en: 'My own' }, version: 1 };
    const newer = { ...BUILTIN_MODELS.find((model) => model.id === 'satisfaction')!, version: 99 };
    writeStored(dbPath, (db) => {
      db.prepare("UPDATE models SET builtin = 0, version = 1, definition = ? WHERE id = 'b2b-lifecycle'").run(JSON.stringify(own));
      db.prepare("UPDATE models SET version = 99, definition = ? WHERE id = 'satisfaction'").run(JSON.stringify(newer));
    });
    const before = { own: storedRow(dbPath, 'b2b-lifecycle'), newer: storedRow(dbPath, 'satisfaction') };
    const { core } = await open(dbPath);
    expect({ own: storedRow(core, 'b2b-lifecycle'), newer: storedRow(core, 'satisfaction') }).toEqual(before);
  });

  it('undoing a model switch made before the upgrade brings back the new preset, not the one the step recorded', async () => {
    const dbPath = join(tempDir(), 'undo.sqlite');
    const first = await open(dbPath, 'pharma');
    await first.api.call('models.activate', { id: 'b2b-lifecycle' });
    close(first.core);
    // The app of the next version brings a newer pharma preset (another description).
    const next: ModelDefinition = { ...PHARMA, version: PHARMA.version + 1, description: { 'zh-CN': '新版说明', en: 'Next version' } };
    const { db } = await openDatabase(dbPath, memoryLogger());
    expect(ensureBuiltinModels(db, [next], DEFAULT_MODEL_ID, '2026-12-01T00:00:00.000Z')).toEqual([{ id: next.id, from: PHARMA.version, to: next.version, deferred: false }]);
    closeConnection(db);

    const { api } = await open(dbPath);
    expect(await api.call('history.undo', {})).toMatchObject({ command: 'models.activate' });
    const restored = await api.call('models.get', { id: 'pharma-nine-grid' });
    expect(restored.summary).toMatchObject({ active: true, version: next.version });
    expect(restored.definition.description).toEqual(next.description);
    await api.call('history.redo', {});
    expect((await api.call('models.get', { id: 'pharma-nine-grid' })).definition.description).toEqual(next.description);
  });

  it('while a period is signed off the active preset keeps its version; the first start after the unlock updates it', async () => {
    const dbPath = join(tempDir(), 'locked.sqlite');
    const first = await open(dbPath, 'pharma');
    await first.api.call('periods.signOff', { period: '2026-Q4', signedBy: '王经理' });
    close(first.core);
    writeStored(dbPath, (db) => {
      storeOlderPharma(db);
      db.prepare("UPDATE models SET version = 1 WHERE id = 'b2b-lifecycle'").run();
    });

    const locked = await open(dbPath);
    expect(storedRow(locked.core, 'pharma-nine-grid')!.version).toBe(1);
    // Not the active one: updated as usual.
    expect(storedRow(locked.core, 'b2b-lifecycle')!.version).toBe(BUILTIN_MODELS.find((model) => model.id === 'b2b-lifecycle')!.version);
    expect(locked.log.lines.find((l) => l.includes('built-in model update deferred'))).toContain('pharma-nine-grid');
    await locked.api.call('periods.unlock', { period: '2026-Q4', reason: '升级后复核' });
    close(locked.core);

    const unlocked = await open(dbPath);
    expect(storedRow(unlocked.core, 'pharma-nine-grid')!.version).toBe(PHARMA.version);
  });
});
