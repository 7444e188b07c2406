import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, applicationId, openConnection, userVersion } from '../../../../electron/core/db/connection';
import { openDatabase } from '../../../../electron/core/db/openDatabase';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { silentLogger } from '../../../../electron/core/log/logger';
import { useTempDir } from '../../../harness/tempDir';

const tempDir = useTempDir();

describe('migration 0001 (initial schema)', () => {
  it('creates every table of the initial schema on an empty file and stamps the file as ours', async () => {
    const path = join(tempDir(), 'v1.sqlite');
    const { db } = await openDatabase(path, silentLogger, MIGRATIONS.slice(0, 1));
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual([
      'change_log', 'change_log_items', 'clients', 'grades', 'hospitals', 'models', 'overrides', 'reps', 'settings', 'snapshot_grades', 'snapshots',
    ]);
    expect(userVersion(db)).toBe(1);
    expect(applicationId(db)).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('keeps representative rows (Chinese text, NULLs, overrides, change log) and enforces the rules', async () => {
    const path = join(tempDir(), 'rows.sqlite');
    (await openDatabase(path, silentLogger, MIGRATIONS.slice(0, 1))).db.close();
    const db = openConnection(path);
    const now = '2026-11-23T00:00:00.000Z';
    db.prepare("INSERT INTO reps (name, created_at, updated_at) VALUES ('王磊', ?, ?)").run(now, now);
    db.prepare("INSERT INTO hospitals (name, class, revenue_wan, beds, created_at, updated_at) VALUES ('临江市第一人民医院', '三甲', NULL, 1200, ?, ?)").run(now, now);
    db.prepare(
      "INSERT INTO clients (hospital_id, department, name, title, volume_ours, behaviour, rep_id, attributes, created_at, updated_at) VALUES (1, '心内科', '张伟', '主任医师(教授)', 500, '首选', 1, '{\"备注\":\"x\"}', ?, ?)",
    ).run(now, now);
    db.prepare("INSERT INTO models (id, version, definition, active, created_at, updated_at) VALUES ('m', 1, '{}', 1, ?, ?)").run(now, now);
    db.prepare("INSERT INTO grades (client_id, model_id, cell) VALUES (1, 'm', 'A2')").run();
    db.prepare("INSERT INTO overrides (client_id, model_id, cell, reason, model_version, created_at) VALUES (1, 'm', 'A1', '实际处方量高于模型', 1, ?)").run(now);
    db.prepare("INSERT INTO change_log (at, command) VALUES (?, 'board.move')").run(now);
    db.prepare("INSERT INTO change_log_items (change_id, seq, entity, entity_id, before, after) VALUES (1, 0, 'overrides', '1', NULL, '{\"cell\":\"A1\"}')").run();

    expect(db.prepare('SELECT name, title FROM clients').get()).toEqual({ name: '张伟', title: '主任医师(教授)' });
    // A reason is required, volumes are never negative, attributes are a JSON object, one active model.
    expect(() => db.prepare("INSERT INTO overrides (client_id, model_id, cell, reason, model_version, created_at) VALUES (1, 'm', 'A1', '  ', 1, ?)").run(now)).toThrow();
    expect(() => db.prepare("UPDATE clients SET volume_ours = -1").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE clients SET attributes = '[1]'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO models (id, version, definition, active, created_at, updated_at) VALUES ('n', 1, '{}', 1, ?, ?)").run(now, now)).toThrow(/UNIQUE/);
    expect(() => db.prepare('INSERT INTO clients (hospital_id, name, created_at, updated_at) VALUES (99, ?, ?, ?)').run('李四', now, now)).toThrow(/FOREIGN KEY/);
    // Deleting a client takes its derived grade and its override with it.
    db.prepare('DELETE FROM clients WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM grades').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM overrides').get()).toEqual({ n: 0 });
    db.close();
  });
});
