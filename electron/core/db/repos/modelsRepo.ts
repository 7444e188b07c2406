import { ModelShapeSchema, type ModelDefinition } from '../../../../shared/grading';
import type { ModelSummary } from '../../../../shared/domain/schemas';
import type { Db } from '../connection';
import { lockedSignOff } from './signOffsRepo';

export interface StoredModel {
  definition: ModelDefinition;
  version: number;
  active: boolean;
  builtin: boolean;
}

interface ModelRow {
  id: string;
  version: number;
  definition: string;
  builtin: number;
  active: number;
}

/**
 * Stored definitions are parsed with the shape schema only: a model that refers to a
 * dictionary the user has since removed must still load, and then reports that problem.
 */
function toStored(row: ModelRow): StoredModel {
  return {
    definition: ModelShapeSchema.parse(JSON.parse(row.definition)),
    version: row.version,
    active: row.active === 1,
    builtin: row.builtin === 1,
  };
}

/** A built-in preset whose stored copy was older than the app's: replaced at start-up, or left while the grading is signed off. */
export interface BuiltinRefresh {
  id: string;
  from: number;
  to: number;
  /** The active preset of a signed-off (locked) grading keeps its version until the lock is lifted. */
  deferred: boolean;
}

/**
 * Inserts the built-in presets that are missing, and replaces a stored built-in whose version
 * is lower than the app's (an upgrade brings new inputs, words, cadences or guard-rails). Users
 * cannot edit a built-in in place (models.save refuses it; edits go to a copy under its own id),
 * so the code is the truth for rows marked builtin; a user's model under a preset's id
 * (builtin = 0) and a stored preset newer than the app are left alone. While a period is signed
 * off, the active preset is not replaced: that would regrade the locked grading. Older undo
 * steps keep images of the models rows; they get the new definition too, so undoing an old
 * model switch can never bring an outdated preset back. Runs before the change capture.
 */
export function ensureBuiltinModels(db: Db, builtins: readonly ModelDefinition[], defaultId: string, now: string): BuiltinRefresh[] {
  const insert = db.prepare(
    `INSERT INTO models (id, version, definition, builtin, active, created_at, updated_at)
     VALUES (@id, @version, @definition, 1, 0, @now, @now) ON CONFLICT(id) DO NOTHING`,
  );
  const stored = db.prepare('SELECT version, builtin, active FROM models WHERE id = ?');
  const replace = db.prepare('UPDATE models SET version = @version, definition = @definition, updated_at = @now WHERE id = @id AND builtin = 1');
  const refreshed: BuiltinRefresh[] = [];
  db.transaction(() => {
    for (const model of builtins) {
      const definition = JSON.stringify(model);
      const row = stored.get(model.id) as Pick<ModelRow, 'version' | 'builtin' | 'active'> | undefined;
      if (!row) {
        insert.run({ id: model.id, version: model.version, definition, now });
        continue;
      }
      if (row.builtin !== 1 || row.version >= model.version) continue;
      const deferred = row.active === 1 && lockedSignOff(db) !== undefined;
      refreshed.push({ id: model.id, from: row.version, to: model.version, deferred });
      if (deferred) continue;
      replace.run({ id: model.id, version: model.version, definition, now });
      rewriteLoggedImages(db, model.id, model.version, definition);
    }
    const active = db.prepare('SELECT count(*) AS n FROM models WHERE active = 1').get() as { n: number };
    if (active.n === 0) db.prepare('UPDATE models SET active = 1, updated_at = ? WHERE id = ?').run(now, defaultId);
  })();
  return refreshed;
}

/** The change log's images of a built-in's row (its undo and redo) take the replaced definition. */
function rewriteLoggedImages(db: Db, id: string, version: number, definition: string): void {
  db.prepare(
    `UPDATE change_log_rows SET image = json_set(image, '$.version', @version, '$.definition', @definition)
     WHERE tbl = 'models' AND image IS NOT NULL AND json_extract(image, '$.id') = @id AND json_extract(image, '$.builtin') = 1`,
  ).run({ id, version, definition });
}

export function activeModel(db: Db): StoredModel {
  const row = db.prepare('SELECT id, version, definition, builtin, active FROM models WHERE active = 1').get() as
    | ModelRow
    | undefined;
  if (!row) throw new Error('no active model');
  return toStored(row);
}

export function findModel(db: Db, id: string): StoredModel | undefined {
  const row = db.prepare('SELECT id, version, definition, builtin, active FROM models WHERE id = ?').get(id) as ModelRow | undefined;
  return row ? toStored(row) : undefined;
}

export function summaryOf(stored: StoredModel): ModelSummary {
  return {
    id: stored.definition.id,
    name: stored.definition.name,
    version: stored.version,
    active: stored.active,
    builtin: stored.builtin,
  };
}

/** Inserts or replaces a user model; its stored version is the definition's version. */
export function writeModel(db: Db, definition: ModelDefinition, now: string): void {
  db.prepare(
    `INSERT INTO models (id, version, definition, builtin, active, created_at, updated_at)
     VALUES (@id, @version, @definition, 0, 0, @now, @now)
     ON CONFLICT(id) DO UPDATE SET version = excluded.version, definition = excluded.definition, updated_at = excluded.updated_at`,
  ).run({ id: definition.id, version: definition.version, definition: JSON.stringify(definition), now });
}

export function setActiveModel(db: Db, id: string, now: string): void {
  db.prepare('UPDATE models SET active = 0, updated_at = ? WHERE active = 1 AND id <> ?').run(now, id);
  db.prepare('UPDATE models SET active = 1, updated_at = ? WHERE id = ?').run(now, id);
}

export function listModels(db: Db): ModelSummary[] {
  const rows = db.prepare('SELECT id, version, definition, builtin, active FROM models ORDER BY builtin DESC, id').all() as ModelRow[];
  return rows.map((row) => {
    const stored = toStored(row);
    return { id: row.id, name: stored.definition.name, version: row.version, active: stored.active, builtin: stored.builtin };
  });
}
