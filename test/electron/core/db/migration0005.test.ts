import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection, userVersion } from '../../../../electron/core/db/connection';
import { openDatabase } from '../../../../electron/core/db/openDatabase';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { silentLogger } from '../../../../electron/core/log/logger';
import { useTempDir } from '../../../harness/tempDir';

const tempDir = useTempDir();

describe('migration 0005 (import/export)', () => {
  it('adds regions, remembered mappings and the import log to a version-4 database, keeping every row', async () => {
    const path = join(tempDir(), 'v4.sqlite');
    (await openDatabase(path, silentLogger, MIGRATIONS.slice(0, 4))).db.close();
    const v4 = openConnection(path);
    const now = '2026-11-01T00:00:00.000Z';
    v4.prepare("INSERT INTO hospitals (name, class, created_at, updated_at) VALUES ('第一医院', '三甲', ?, ?)").run(now, now);
    v4.prepare("INSERT INTO clients (hospital_id, name, title, created_at, updated_at) VALUES (1, '张伟', '主任医师', ?, ?)").run(now, now);
    v4.prepare("INSERT INTO change_log (at, command) VALUES (?, 'transfer.import')").run(now);
    v4.close();

    const opened = await openDatabase(path, silentLogger, MIGRATIONS.slice(0, 5));
    const db = opened.db;
    expect(userVersion(db)).toBe(5);
    expect(opened.migrationBackup).toMatch(/pre-v4-to-v5-/);
    expect(db.prepare('SELECT name, title, region FROM clients').all()).toEqual([{ name: '张伟', title: '主任医师', region: null }]);

    db.prepare("UPDATE clients SET region = '华东' WHERE id = 1").run();
    expect(() => db.prepare("UPDATE clients SET region = '  ' WHERE id = 1").run()).toThrow(/CHECK/);
    expect(db.prepare("SELECT count(*) AS n FROM clients WHERE region = '华东'").get()).toEqual({ n: 1 });
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM clients WHERE region = '华东'").all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toMatch(/clients_region/);

    const insertMapping = db.prepare('INSERT INTO import_mappings (signature, headers, mapping, header_rows, created_at, used_at) VALUES (?, ?, ?, ?, ?, ?)');
    insertMapping.run('医院\u001f姓名', '["医院","姓名"]', '["hospitalName","name"]', 1, now, now);
    expect(() => insertMapping.run('x', '{}', '[]', 1, now, now)).toThrow(/CHECK/);
    expect(() => insertMapping.run('y', '[]', '[]', 3, now, now)).toThrow(/CHECK/);
    expect(() => insertMapping.run('医院\u001f姓名', '[]', '[]', 1, now, now)).toThrow(/UNIQUE/);

    const insertImport = db.prepare('INSERT INTO imports (change_id, at, file_name, mode, summary) VALUES (?, ?, ?, ?, ?)');
    insertImport.run(1, now, '客户分级表.xlsx', 'addAndUpdate', '{"added":1}');
    expect(() => insertImport.run(1, now, 'x.xlsx', 'replace', '{}')).toThrow(/CHECK/);
    expect(() => insertImport.run(99, now, 'x.xlsx', 'add', '{}')).toThrow(/FOREIGN KEY/);
    // The import log outlives its undo step.
    db.prepare('DELETE FROM change_log WHERE id = 1').run();
    expect(db.prepare('SELECT change_id, file_name FROM imports').all()).toEqual([{ change_id: null, file_name: '客户分级表.xlsx' }]);
    db.close();
  });
});
