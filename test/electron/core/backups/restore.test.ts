import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATA_SCOPES, type EventPayload } from '../../../../shared/contract';
import { restoreBackup } from '../../../../electron/core/backups/restoreBackup';
import { backupsDirFor } from '../../../../electron/core/db/backup';
import { openConnection } from '../../../../electron/core/db/connection';
import { LATEST_VERSION, MIGRATIONS } from '../../../../electron/core/db/migrations';
import { openDatabase } from '../../../../electron/core/db/openDatabase';
import { silentLogger } from '../../../../electron/core/log/logger';
import { fileFingerprint } from '../../../harness/fileHash';
import { useTempDir } from '../../../harness/tempDir';
import { backupFiles, dumpTables, failure, refusal, useBackupCores, type TestCore } from './backupHarness';

const tempDir = useTempDir('tg-restore-');
const open = useBackupCores(tempDir);

const clientCount = (t: TestCore) => t.core.context.db.prepare('SELECT count(*) FROM clients').pluck().get() as number;
const nameOf = (t: TestCore, id: number) => t.core.context.db.prepare('SELECT name FROM clients WHERE id = ?').pluck().get(id) as string | undefined;
/** The data a restore must carry over: everything but this computer's preferences (and, when asked, the undo log). */
const data = (t: TestCore, options: { history?: boolean } = {}) => {
  const dump = dumpTables(t.core.context.db, { except: options.history === false ? ['change_log', 'change_log_rows', 'grade_changes'] : [] });
  dump['settings'] = (dump['settings'] ?? []).filter((row) => (JSON.parse(String(row)) as unknown[])[1] !== 'user');
  return dump;
};
const noWorkLeft = (t: TestCore) => backupFiles(t).filter((name) => name.startsWith('.') || name.includes('.partial'));

describe('backups.restore', () => {
  it('restores a backup: the old data is back, the current data is kept aside, and restoring that takes it back exactly', async () => {
    const t = await open();
    await t.api.call('clients.update', { id: 1, changes: { name: '备份前的名字' } });
    const backup = await t.api.call('db.backup', {});
    const atBackup = data(t);
    // Changes after the backup: an edit, a deletion, a new client.
    await t.api.call('clients.update', { id: 1, changes: { name: '备份后的名字' } });
    await t.api.call('clients.delete', { ids: [2, 3] });
    await t.api.call('clients.create', { client: { name: '新客户' } });
    await t.api.call('settings.update', { locale: 'en' });
    const beforeRestore = dumpTables(t.core.context.db);
    // Earlier commands' events are delivered on a later turn: only the restore's is wanted here.
    await new Promise((resolve) => setImmediate(resolve));
    const events: EventPayload<'data:changed'>[] = [];
    t.api.on('data:changed', (event) => events.push(event));

    const restored = await t.api.call('backups.restore', { id: backup.id });
    expect(restored).toMatchObject({ restoredId: backup.id, clients: clientCount(t), migratedFrom: null });
    expect(restored.keptAsideId).toMatch(/^before-restore-/);
    expect(nameOf(t, 1)).toBe('备份前的名字');
    expect(nameOf(t, 2)).toBeDefined();
    // The data is the backup's, plus the restore's step in the log; the language stays this computer's.
    const after = data(t);
    expect({ ...after, change_log: [] }).toEqual({ ...atBackup, change_log: [] });
    expect(after['change_log']!.length).toBe(atBackup['change_log']!.length + 1);
    expect((await t.api.call('settings.get', {})).locale).toBe('en');
    expect((await t.api.call('db.check', {})).ok).toBe(true);
    expect(t.core.context.db.pragma('foreign_keys', { simple: true })).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual([{ scopes: [...DATA_SCOPES], clientSetChanged: true }]);
    expect(noWorkLeft(t)).toEqual([]);

    // 撤销恢复: restoring the kept-aside copy gives back exactly what was there, history included.
    const undone = await t.api.call('backups.restore', { id: restored.keptAsideId });
    expect(undone.keptAsideId).not.toBe(restored.keptAsideId);
    expect(dumpTables(t.core.context.db)).toEqual(beforeRestore);
    expect(nameOf(t, 1)).toBe('备份后的名字');
    // And that restore can itself be taken back.
    await t.api.call('backups.restore', { id: undone.keptAsideId });
    expect(nameOf(t, 1)).toBe('备份前的名字');
    expect((await t.api.call('backups.list', {})).entries.filter((entry) => entry.reason === 'before-restore')).toHaveLength(3);
  });

  it('Ctrl+Z after a restore stops at the restore; edits after it undo normally; after 撤销恢复 the earlier edits undo again', async () => {
    const t = await open();
    const backup = await t.api.call('db.backup', {});
    await t.api.call('clients.update', { id: 1, changes: { name: '恢复前最后一次修改' } });
    const restored = await t.api.call('backups.restore', { id: backup.id });
    const atRestore = data(t, { history: false });
    expect(await t.api.call('history.state', {})).toMatchObject({ canUndo: false, canRedo: false });
    expect((await refusal(t.api.call('history.undo', {}))).code).toBe('history.nothingToUndo');
    expect(data(t, { history: false })).toEqual(atRestore);

    // A change after the restore is recorded and undone like any other, and redone.
    await t.api.call('clients.update', { id: 5, changes: { name: '恢复后修改' } });
    expect(await t.api.call('history.state', {})).toMatchObject({ canUndo: true, undoCommand: 'clients.update' });
    await t.api.call('history.undo', {});
    expect(data(t, { history: false })).toEqual(atRestore);
    await t.api.call('history.redo', {});
    expect(nameOf(t, 5)).toBe('恢复后修改');
    await t.api.call('history.undo', {});
    expect((await refusal(t.api.call('history.undo', {}))).code).toBe('history.nothingToUndo');

    // 撤销恢复: the edit made before the restore is the last step again, and Ctrl+Z takes it back.
    await t.api.call('backups.restore', { id: restored.keptAsideId });
    expect(nameOf(t, 1)).toBe('恢复前最后一次修改');
    expect(await t.api.call('history.state', {})).toMatchObject({ canUndo: true, undoCommand: 'clients.update' });
    await t.api.call('history.undo', {});
    expect(nameOf(t, 1)).not.toBe('恢复前最后一次修改');
    expect((await t.api.call('db.check', {})).ok).toBe(true);
  });

  it('restores a backup of an older schema: migrated on a temporary copy, the backup itself untouched', async () => {
    const t = await open();
    const dir = backupsDirFor(t.core.context.dbPath);
    const old = join(tempDir(), 'v4.sqlite');
    (await openDatabase(old, silentLogger, MIGRATIONS.slice(0, 4))).db.close();
    const v4 = openConnection(old);
    const now = '2025-06-01T00:00:00.000Z';
    v4.prepare("INSERT INTO reps (name, created_at, updated_at) VALUES ('王芳', ?, ?)").run(now, now);
    v4.prepare("INSERT INTO hospitals (name, class, created_at, updated_at) VALUES ('第一医院', '三甲', ?, ?)").run(now, now);
    v4.prepare("INSERT INTO clients (hospital_id, name, title, behaviour, rep_id, created_at, updated_at) VALUES (1, '张伟', '主任医师', '首选', 1, ?, ?)").run(now, now);
    v4.close();
    const id = 'before-import-2025-06-01T00-00-00-000Z.sqlite';
    mkdirSync(dir, { recursive: true });
    copyFileSync(old, join(dir, id));
    const before = fileFingerprint(join(dir, id));

    const listed = (await t.api.call('backups.list', {})).entries.find((entry) => entry.id === id)!;
    expect(listed).toMatchObject({ schemaVersion: 4, clients: 1, reason: 'before-import' });
    const restored = await t.api.call('backups.restore', { id });
    expect(restored).toMatchObject({ migratedFrom: 4, clients: 1 });
    expect(fileFingerprint(join(dir, id))).toBe(before);
    expect(t.core.context.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const page = await t.api.call('clients.page', { query: {}, limit: 10 });
    expect(page.rows.map((row) => [row.name, row.hospitalName, row.repName])).toEqual([['张伟', '第一医院', '王芳']]);
    // Graded under this version's default model; the history has this version's shape.
    expect(page.rows[0]!.formulaCell).toMatch(/^[A-C][1-3]$/);
    expect(await t.api.call('history.state', {})).toMatchObject({ canUndo: false });
    expect((await t.api.call('models.list', {})).some((model) => model.active)).toBe(true);
    expect(noWorkLeft(t)).toEqual([]);
    // Edits after it are undoable: the change capture is back on the restored tables.
    await t.api.call('clients.update', { id: 1, changes: { name: '张伟伟' } });
    await t.api.call('history.undo', {});
    expect(nameOf(t, 1)).toBe('张伟');
  });

  it('runs alone: a command sent while a restore runs waits for it and then applies to the restored data', async () => {
    const t = await open();
    const backup = await t.api.call('db.backup', {});
    await t.api.call('clients.update', { id: 1, changes: { name: '恢复前' } });
    const restoring = t.api.call('backups.restore', { id: backup.id });
    const editing = t.api.call('clients.update', { id: 7, changes: { name: '恢复期间发出的修改' } });
    await Promise.all([restoring, editing]);
    expect(nameOf(t, 1)).not.toBe('恢复前');
    expect(nameOf(t, 7)).toBe('恢复期间发出的修改');
  });
});

describe('backups.restore refuses what it cannot restore, and changes nothing', () => {
  async function expectRefused(t: TestCore, id: string, code: string) {
    const dir = backupsDirFor(t.core.context.dbPath);
    const before = dumpTables(t.core.context.db);
    const files = backupFiles(t);
    const fingerprint = existsSync(join(dir, id)) ? fileFingerprint(join(dir, id)) : null;
    const error = await refusal(t.api.call('backups.restore', { id }));
    expect(error.code).toBe(code);
    expect(dumpTables(t.core.context.db)).toEqual(before);
    expect(backupFiles(t)).toEqual(files);
    if (fingerprint) expect(fileFingerprint(join(dir, id))).toBe(fingerprint);
    return error;
  }

  it('a damaged backup (real pages overwritten) is refused as corrupt', async () => {
    const t = await open();
    const backup = await t.api.call('db.backup', {});
    const bytes = new Database(backup.path, { readonly: true });
    const pageSize = bytes.pragma('page_size', { simple: true }) as number;
    bytes.close();
    const fs = await import('node:fs');
    const fd = fs.openSync(backup.path, 'r+');
    // Keep the header (so it still looks like ours) and scribble over pages in the middle.
    fs.writeSync(fd, Buffer.alloc(pageSize * 3, 0x5a), 0, pageSize * 3, pageSize * 4);
    fs.closeSync(fd);
    await expectRefused(t, backup.id, 'backups.corrupt');
  });

  it('a file that is not SQLite at all is refused as corrupt', async () => {
    const t = await open();
    await t.api.call('db.backup', {});
    writeFileSync(join(backupsDirFor(t.core.context.dbPath), 'notes.sqlite'), 'this is not a database'.repeat(20));
    await expectRefused(t, 'notes.sqlite', 'backups.corrupt');
  });

  it('a real SQLite file of another program is refused as foreign', async () => {
    const t = await open();
    await t.api.call('db.backup', {});
    const foreign = new Database(join(backupsDirFor(t.core.context.dbPath), 'wechat-export.sqlite'));
    foreign.exec("CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO clients (name) VALUES ('someone');");
    foreign.pragma('user_version = 3');
    foreign.close();
    expect((await t.api.call('backups.list', {})).entries.find((entry) => entry.id === 'wechat-export.sqlite')).toMatchObject({ kind: 'manual', clients: null });
    await expectRefused(t, 'wechat-export.sqlite', 'backups.foreign');
  });

  it('a backup of a newer version is refused with both versions', async () => {
    const t = await open();
    const backup = await t.api.call('db.backup', {});
    const newer = new Database(backup.path);
    newer.pragma(`user_version = ${LATEST_VERSION + 3}`);
    newer.close();
    const error = await expectRefused(t, backup.id, 'backups.newer');
    expect(error.params).toEqual({ found: LATEST_VERSION + 3, supported: LATEST_VERSION });
  });

  it('a backup whose rows point at rows that are not there is refused as corrupt', async () => {
    const t = await open();
    const backup = await t.api.call('db.backup', {});
    const broken = new Database(backup.path);
    broken.pragma('foreign_keys = OFF');
    broken.prepare("INSERT INTO overrides (client_id, model_id, cell, reason, model_version, created_at) VALUES (999999, 'pharma-nine-grid', 'A1', '测试', 1, 'now')").run();
    broken.close();
    await expectRefused(t, backup.id, 'backups.corrupt');
  });

  it('a name that is not in the folder is not found; a path is not a name', async () => {
    const t = await open();
    await expectRefused(t, 'manual-2020-01-01T00-00-00-000Z.sqlite', 'backups.notFound');
    expect((await refusal(t.api.call('backups.restore', { id: '../test.sqlite' }))).code).toBe('input.invalid');
  });
});

describe('backups.restore: a failure on the way leaves the live data as it was and nothing half-written', () => {
  const cases = [
    { step: 'the disk fills while the backup is copied', ops: { copyFile: () => { throw failure('ENOSPC'); } }, code: 'backups.diskFull' },
    { step: 'the backups folder is read-only', ops: { mkdir: () => { throw failure('EACCES', 'permission denied'); } }, code: 'backups.readOnly' },
    { step: 'the backup is locked by another program', ops: { copyFile: () => { throw failure('EBUSY'); } }, code: 'backups.locked' },
    { step: 'the disk fills while the current data is kept aside', ops: { sqliteBackup: () => Promise.reject(failure('SQLITE_FULL')) }, code: 'backups.diskFull' },
    { step: 'the kept-aside copy cannot be put in place', ops: { rename: () => { throw failure('EPERM'); } }, code: 'backups.readOnly' },
  ] as const;

  for (const { step, ops, code } of cases) {
    it(`${step}: ${code}`, async () => {
      const t = await open();
      const backup = await t.api.call('db.backup', {});
      await t.api.call('clients.update', { id: 1, changes: { name: '当前数据' } });
      const before = dumpTables(t.core.context.db);
      const files = backupFiles(t);
      const error = await refusal(restoreBackup(t.core.context, backup.id, { ops }));
      expect(error.code).toBe(code);
      expect(dumpTables(t.core.context.db)).toEqual(before);
      expect(backupFiles(t)).toEqual(files);
      // Still fully working: the last edit undoes.
      await t.api.call('history.undo', {});
      expect(nameOf(t, 1)).not.toBe('当前数据');
    });
  }

  it('the live database running out of room in the middle of the replacement rolls it all back (a real SQLITE_FULL)', async () => {
    const t = await open({ seedDemo: false });
    // The backup holds a whole region; the live database is empty and may not grow.
    const donor = await open();
    const made = await donor.api.call('db.backup', {});
    const id = 'manual-2026-01-01T00-00-00-000Z.sqlite';
    const dir = backupsDirFor(t.core.context.dbPath);
    await t.api.call('db.backup', {});
    copyFileSync(made.path, join(dir, id));
    await t.api.call('reps.list', {});
    await t.api.call('clients.create', { client: { name: '唯一的客户' } });
    const before = dumpTables(t.core.context.db);
    const files = backupFiles(t);
    const pages = t.core.context.db.pragma('page_count', { simple: true }) as number;
    t.core.context.db.pragma(`max_page_count = ${pages + 2}`);
    const error = await refusal(t.api.call('backups.restore', { id }));
    t.core.context.db.pragma('max_page_count = 4294967294');
    expect(error.code).toBe('backups.diskFull');
    expect(t.core.context.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(dumpTables(t.core.context.db)).toEqual(before);
    expect(backupFiles(t)).toEqual(files);
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
    // The change capture came back with the rollback: the last command still undoes.
    expect(await t.api.call('history.state', {})).toMatchObject({ canUndo: true, undoCommand: 'clients.create' });
    await t.api.call('history.undo', {});
    expect(clientCount(t)).toBe(0);
    await t.api.call('clients.create', { client: { name: '又一个' } });
    await t.api.call('history.undo', {});
    expect(clientCount(t)).toBe(0);
    // With room again the same restore works.
    expect((await t.api.call('backups.restore', { id })).clients).toBe(clientCount(donor));
  });
});
