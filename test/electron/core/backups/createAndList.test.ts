import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES, formatError } from '../../../../shared/contract';
import { createBackup } from '../../../../electron/core/backups/createBackup';
import { listBackups } from '../../../../electron/core/backups/listBackups';
import { backupDatabase, backupsDirFor } from '../../../../electron/core/db/backup';
import { silentLogger } from '../../../../electron/core/log/logger';
import type { Core } from '../../../../electron/core/openCore';
import { useTempDir } from '../../../harness/tempDir';
import { backupFiles, dumpTables, failure, refusal, useBackupCores } from './backupHarness';

const tempDir = useTempDir('tg-backups-');
const open = useBackupCores(tempDir);
const DAY = 24 * 60 * 60 * 1000;

describe('backups: create and list', () => {
  it('立即备份 writes a verified single-file copy with its note (reason, clients), and the list shows it', async () => {
    const { core, api } = await open();
    const clients = core.context.db.prepare('SELECT count(*) FROM clients').pluck().get() as number;
    expect(clients).toBeGreaterThan(100);
    const made = await api.call('db.backup', {});
    expect(made.id).toMatch(/^manual-\d{4}-\d{2}-\d{2}T[\d-]+Z\.sqlite$/);
    expect(made.integrity).toBe('ok');
    // No .partial and no -wal/-shm beside the copy: it is one self-contained file.
    expect(backupFiles(core)).toEqual([made.id, `${made.id}.json`]);
    const note = JSON.parse(readFileSync(`${made.path}.json`, 'utf8')) as Record<string, unknown>;
    expect(note).toMatchObject({ file: made.id, reason: 'manual', clients, integrity: 'ok', bytes: made.bytes });
    const copy = new Database(made.path, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(clients);
    copy.close();
    expect(backupFiles(core)).toEqual([made.id, `${made.id}.json`]);

    const list = await api.call('backups.list', {});
    expect(list.dir).toBe(backupsDirFor(core.context.dbPath));
    expect(list.entries).toEqual([
      expect.objectContaining({ id: made.id, reason: 'manual', kind: 'manual', clients, keptBecause: 'manual', schemaVersion: note['userVersion'] }),
    ]);
    expect(list.entries[0]!.bytes).toBe(made.bytes + readFileSync(`${made.path}.json`).length);
    expect(list.totalBytes).toBe(list.entries[0]!.bytes);
    expect(list.retention).toEqual({ recent: 20, months: 12 });
  });

  it('lists newest first, reading reason and time from the name of older backups whose note lacks them, and counts their clients', async () => {
    const { core, api } = await open();
    const made = await api.call('db.backup', {});
    const dir = backupsDirFor(core.context.dbPath);
    // A backup as earlier versions left it: WAL-mode header, a note without reason or clients.
    const old = 'before-import-2025-01-05T02-00-00-000Z.sqlite';
    await core.context.db.backup(join(dir, old));
    writeFileSync(join(dir, `${old}.json`), JSON.stringify({ file: old, verifiedAt: '2025-01-05T02:00:01.000Z', integrity: 'ok', userVersion: 6, bytes: 1 }));
    // And one without any note, taken before a migration.
    const migration = 'pre-v5-to-v6-2024-12-31T23-00-00-000Z.sqlite';
    copyFileSync(join(dir, old), join(dir, migration));
    // Files that are not backups: a note alone, our temporary files, something else.
    writeFileSync(join(dir, 'orphan.sqlite.json'), '{}');
    writeFileSync(join(dir, 'x.sqlite.partial'), 'half');
    writeFileSync(join(dir, 'readme.txt'), 'hello');

    const list = await api.call('backups.list', {});
    expect(list.entries.map((entry) => [entry.id, entry.reason, entry.kind])).toEqual([
      [made.id, 'manual', 'manual'],
      [old, 'before-import', 'automatic'],
      [migration, 'before-migration', 'automatic'],
    ]);
    const clients = core.context.db.prepare('SELECT count(*) FROM clients').pluck().get();
    expect(list.entries.map((entry) => entry.clients)).toEqual([clients, clients, clients]);
    expect(list.entries[1]!.createdAt).toBe('2025-01-05T02:00:00.000Z');
    // Counting the old WAL-mode files left nothing beside them.
    expect(backupFiles(core).filter((name) => name.endsWith('-wal') || name.endsWith('-shm'))).toEqual([]);
    expect(list.totalBytes).toBe(list.entries.reduce((sum, entry) => sum + entry.bytes, 0));
  });

  it('prunes after an automatic backup: keeps the 20 newest, one a month for a year, manual ones for ever; removes .sqlite and .json', async () => {
    const { core } = await open({ seedDemo: false });
    const now = Date.parse('2026-11-23T08:00:00.000Z');
    const dir = backupsDirFor(core.context.dbPath);
    const made: string[] = [];
    // One automatic backup every 10 days for 600 days, oldest first, and a manual one at the start.
    const manual = await createBackup(core.context.db, core.context.dbPath, 'manual', { log: silentLogger, now: () => new Date(now - 700 * DAY) });
    for (let day = 600; day >= 10; day -= 10) {
      const at = now - day * DAY;
      made.push((await createBackup(core.context.db, core.context.dbPath, 'before-import', { log: silentLogger, now: () => new Date(at) })).id);
    }
    const last = await createBackup(core.context.db, core.context.dbPath, 'before-model-change', { log: silentLogger, now: () => new Date(now) });
    const left = backupFiles(core).filter((name) => name.endsWith('.sqlite'));
    expect(left).toContain(manual.id);
    expect(left).toContain(last.id);
    // Every backup still there has its note, and every note its backup.
    expect(backupFiles(core).filter((name) => name.endsWith('.json')).sort()).toEqual(left.map((name) => `${name}.json`).sort());
    const list = listAt(core, now);
    const automatic = list.entries.filter((entry) => entry.kind === 'automatic');
    expect(automatic.filter((entry) => entry.keptBecause === 'recent')).toHaveLength(20);
    expect(automatic.every((entry) => entry.keptBecause !== null)).toBe(true);
    const months = new Set(automatic.map((entry) => entry.createdAt.slice(0, 7)));
    // The 20 newest reach back about 200 days; past them, one a month for the last 12 months.
    expect(automatic.length).toBeLessThan(made.length);
    expect([...months].sort()[0]! >= '2025-12').toBe(true);
    expect(existsSync(join(dir, made[0]!))).toBe(false);
    expect(existsSync(join(dir, `${made[0]!}.json`))).toBe(false);
  });

  it('a manual backup does not prune, and pruning never removes a file it was told to keep', async () => {
    const { core } = await open({ seedDemo: false });
    const now = Date.parse('2026-11-23T08:00:00.000Z');
    for (let n = 21; n >= 0; n--) {
      await createBackup(core.context.db, core.context.dbPath, 'before-import', { log: silentLogger, now: () => new Date(now - (500 + n) * DAY) });
    }
    // 22 old automatic ones: the first 20 kept were all 'recent'; the older two went as they fell out.
    expect(backupFiles(core).filter((name) => name.endsWith('.sqlite'))).toHaveLength(20);
    await createBackup(core.context.db, core.context.dbPath, 'manual', { log: silentLogger, now: () => new Date(now) });
    expect(backupFiles(core).filter((name) => name.endsWith('.sqlite'))).toHaveLength(21);
    const oldest = backupFiles(core).filter((name) => name.startsWith('before-import')).sort()[0]!;
    await createBackup(core.context.db, core.context.dbPath, 'before-restore', { log: silentLogger, now: () => new Date(now), protect: [oldest] });
    expect(backupFiles(core)).toContain(oldest);
  });
});

function listAt(core: Core, now: number) {
  return listBackups(backupsDirFor(core.context.dbPath), now);
}

describe('backups: a failed backup leaves nothing half-written', () => {
  const cases = [
    { step: 'the disk fills while SQLite copies', ops: { sqliteBackup: () => Promise.reject(failure('SQLITE_FULL', 'database or disk is full')) }, code: 'backups.diskFull' },
    { step: 'the disk fills while the note is written', ops: { writeFile: () => { throw failure('ENOSPC', 'no space left on device, write'); } }, code: 'backups.diskFull' },
    { step: 'the folder is read-only', ops: { mkdir: () => { throw failure('EROFS', 'read-only file system'); } }, code: 'backups.readOnly' },
    { step: 'the folder may not be written', ops: { sqliteBackup: () => Promise.reject(failure('SQLITE_CANTOPEN', 'unable to open database file')) }, code: 'backups.readOnly' },
    { step: 'the file is locked at its final name', ops: { rename: () => { throw failure('EBUSY', 'resource busy or locked, rename'); } }, code: 'backups.locked' },
    { step: 'permission is refused when flushing', ops: { fsync: () => { throw failure('EPERM', 'operation not permitted'); } }, code: 'backups.readOnly' },
  ] as const;

  for (const { step, ops, code } of cases) {
    it(`${step}: ${code}, no file left, the live data unchanged`, async () => {
      const { core } = await open();
      const before = dumpTables(core.context.db);
      const filesBefore = backupFiles(core);
      const error = await refusal(createBackup(core.context.db, core.context.dbPath, 'before-import', { log: silentLogger, ops }));
      expect(error.code).toBe(code);
      expect(backupFiles(core)).toEqual(filesBefore);
      expect(dumpTables(core.context.db)).toEqual(before);
      if (code === 'backups.readOnly') expect(error.params).toEqual({ dir: backupsDirFor(core.context.dbPath) });
    });
  }

  it('the second rename failing removes the copy already in place: a backup without its note is not left either', async () => {
    const { core } = await open({ seedDemo: false });
    let renames = 0;
    const error = await refusal(
      backupDatabase(core.context.db, join(backupsDirFor(core.context.dbPath), 'manual-x.sqlite'), {
        ops: {
          rename: (from, to) => {
            if (++renames === 2) throw failure('ENOSPC');
            renameSync(from, to);
          },
        },
      }),
    );
    expect(error.code).toBe('backups.diskFull');
    expect(backupFiles(core)).toEqual([]);
  });

  it('says each failure clearly in both languages', () => {
    for (const code of ['backups.diskFull', 'backups.readOnly', 'backups.locked', 'backups.corrupt', 'backups.foreign', 'backups.newer', 'backups.notFound'] as const) {
      const zh = formatError({ code, params: { dir: '/data/backups', found: 9, supported: 7, id: 'x.sqlite' } }, 'zh-CN');
      const en = formatError({ code, params: { dir: '/data/backups', found: 9, supported: 7, id: 'x.sqlite' } }, 'en');
      expect(zh).not.toMatch(/\{\{/);
      expect(en).not.toMatch(/\{\{/);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).toMatch(/^[\x20-\x7e\u2019\u201c\u201d]+$/);
      expect(ERROR_MESSAGES[code]['zh-CN']).toContain('没有任何改动');
    }
  });
});
