import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection, userVersion } from '../../../../electron/core/db/connection';
import { openDatabase } from '../../../../electron/core/db/openDatabase';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { silentLogger } from '../../../../electron/core/log/logger';
import { useTempDir } from '../../../harness/tempDir';

const tempDir = useTempDir();

describe('migration 0002 (dictionaries and grade history)', () => {
  it('migrates a version-1 database with data, keeping every row, after a verified backup', async () => {
    const path = join(tempDir(), 'v1.sqlite');
    (await openDatabase(path, silentLogger, MIGRATIONS.slice(0, 1))).db.close();
    const v1 = openConnection(path);
    const now = '2026-11-01T00:00:00.000Z';
    v1.prepare("INSERT INTO reps (name, created_at, updated_at) VALUES ('赵敏', ?, ?)").run(now, now);
    v1.prepare("INSERT INTO clients (name, title, rep_id, created_at, updated_at) VALUES ('钱伟', '主治医师', 1, ?, ?)").run(now, now);
    v1.prepare("INSERT INTO models (id, version, definition, active, created_at, updated_at) VALUES ('m', 3, '{}', 1, ?, ?)").run(now, now);
    v1.prepare("INSERT INTO overrides (client_id, model_id, cell, reason, model_version, created_at) VALUES (1, 'm', 'B1', '科室外专家', 3, ?)").run(now);
    v1.prepare("INSERT INTO change_log (at, command) VALUES (?, 'grades.override')").run(now);
    v1.close();

    const opened = await openDatabase(path, silentLogger, MIGRATIONS.slice(0, 2));
    const db = opened.db;
    expect(userVersion(db)).toBe(2);
    expect(opened.migrationBackup).toMatch(/pre-v1-to-v2-/);
    expect(db.prepare('SELECT name, title FROM clients').all()).toEqual([{ name: '钱伟', title: '主治医师' }]);
    expect(db.prepare('SELECT cell, reason FROM overrides').all()).toEqual([{ cell: 'B1', reason: '科室外专家' }]);

    db.prepare("INSERT INTO dictionaries (id, definition, created_at, updated_at) VALUES ('title', '{\"id\":\"title\"}', ?, ?)").run(now, now);
    db.prepare("INSERT INTO grade_changes (change_id, model_id, client_id, kind, from_cell, to_cell) VALUES (1, 'm', 1, 'override', 'B2', 'B1')").run();
    expect(() => db.prepare("INSERT INTO grade_changes (change_id, model_id, client_id, kind) VALUES (1, 'm', 1, 'guess')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO grade_changes (change_id, model_id, client_id, kind) VALUES (99, 'm', 1, 'formula')").run()).toThrow(/FOREIGN KEY/);
    // History goes with the change it belongs to.
    db.prepare('DELETE FROM change_log WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM grade_changes').get()).toEqual({ n: 0 });
    db.close();
  });
});
