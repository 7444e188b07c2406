import { ModelShapeSchema, type ModelDefinition } from '../../../../shared/grading';
import type { ModelSummary } from '../../../../shared/domain/schemas';
import type { Db } from '../connection';

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

function toStored(row: ModelRow): StoredModel {
  return {
    definition: ModelShapeSchema.parse(JSON.parse(row.definition)),
    version: row.version,
    active: row.active === 1,
    builtin: row.builtin === 1,
  };
}

/**
 * Stored definitions are parsed with the shape schema only: a model that refers to a
 * dictionary the user has since removed must still load, and then reports that problem.
 */
/** Inserts built-in presets that are missing; never overwrites a stored definition the user may have edited. */
export function ensureBuiltinModels(db: Db, builtins: readonly ModelDefinition[], defaultId: string, now: string): void {
  const insert = db.prepare(
    `INSERT INTO models (id, version, definition, builtin, active, created_at, updated_at)
     VALUES (@id, @version, @definition, 1, 0, @now, @now) ON CONFLICT(id) DO NOTHING`,
  );
  db.transaction(() => {
    for (const model of builtins) {
      insert.run({ id: model.id, version: model.version, definition: JSON.stringify(model), now });
    }
    const active = db.prepare('SELECT count(*) AS n FROM models WHERE active = 1').get() as { n: number };
    if (active.n === 0) db.prepare('UPDATE models SET active = 1, updated_at = ? WHERE id = ?').run(now, defaultId);
  })();
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
