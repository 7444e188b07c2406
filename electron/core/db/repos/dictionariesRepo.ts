import { DictionarySchema, type Dictionary } from '../../../../shared/grading';
import type { Db } from '../connection';

/** Inserts the built-in dictionaries that are missing; never overwrites the user's edits. */
export function ensureBuiltinDictionaries(db: Db, builtins: Readonly<Record<string, Dictionary>>, now: string): void {
  const insert = db.prepare(
    `INSERT INTO dictionaries (id, definition, builtin, created_at, updated_at) VALUES (?, ?, 1, ?, ?)
     ON CONFLICT(id) DO NOTHING`,
  );
  db.transaction(() => {
    for (const dictionary of Object.values(builtins)) insert.run(dictionary.id, JSON.stringify(dictionary), now, now);
  })();
}

export function loadDictionaries(db: Db): Record<string, Dictionary> {
  const rows = db.prepare('SELECT definition FROM dictionaries ORDER BY id').all() as { definition: string }[];
  return Object.fromEntries(
    rows.map((row) => {
      const dictionary = DictionarySchema.parse(JSON.parse(row.definition));
      return [dictionary.id, dictionary];
    }),
  );
}

export function readDictionaryRow(db: Db, id: string): { definition: string; builtin: number } | undefined {
  return db.prepare('SELECT definition, builtin FROM dictionaries WHERE id = ?').get(id) as { definition: string; builtin: number } | undefined;
}

export function writeDictionary(db: Db, dictionary: Dictionary, now: string): void {
  db.prepare(
    `INSERT INTO dictionaries (id, definition, builtin, created_at, updated_at) VALUES (@id, @definition, 0, @now, @now)
     ON CONFLICT(id) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at`,
  ).run({ id: dictionary.id, definition: JSON.stringify(dictionary), now });
}
