import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../../shared/contract';
import { APPLICATION_ID, integrityCheck, openReadOnly, userVersion } from '../../../../electron/core/db/connection';
import { openDatabase } from '../../../../electron/core/db/openDatabase';
import { LATEST_VERSION, MIGRATIONS } from '../../../../electron/core/db/migrations';
import type { Migration } from '../../../../electron/core/db/migrations/migration';
import { silentLogger } from '../../../../electron/core/log/logger';
import { fileFingerprint } from '../../../harness/fileHash';
import { useTempDir } from '../../../harness/tempDir';

const tempDir = useTempDir();

async function refusal(path: string): Promise<AppFailure> {
  try {
    (await openDatabase(path, silentLogger)).db.close();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected the database to be refused');
}

async function createAtLatest(path: string): Promise<void> {
  const { db } = await openDatabase(path, silentLogger);
  db.prepare("INSERT INTO reps (name, created_at, updated_at) VALUES ('李静', 'now', 'now')").run();
  db.close();
}

describe('openDatabase', () => {
  it('refuses a database from a newer app version and leaves it byte-identical', async () => {
    const path = join(tempDir(), 'newer.sqlite');
    await createAtLatest(path);
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    db.close();
    const before = fileFingerprint(path);
    const failure = await refusal(path);
    expect(failure.error.code).toBe('db.newerVersion');
    expect(failure.error.params).toEqual({ found: LATEST_VERSION + 5, supported: LATEST_VERSION });
    expect(fileFingerprint(path)).toBe(before);
  });

  it('refuses a SQLite file that is not ours (wrong application_id) and leaves it byte-identical', async () => {
    const path = join(tempDir(), 'foreign.sqlite');
    const db = new Database(path);
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES (\'hello\');');
    db.pragma('application_id = 1234');
    db.close();
    const before = fileFingerprint(path);
    expect((await refusal(path)).error.code).toBe('db.foreignFile');
    expect(fileFingerprint(path)).toBe(before);
  });

  it('refuses a foreign SQLite file that has tables but no application_id', async () => {
    const path = join(tempDir(), 'plain.sqlite');
    const db = new Database(path);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const before = fileFingerprint(path);
    expect((await refusal(path)).error.code).toBe('db.foreignFile');
    expect(fileFingerprint(path)).toBe(before);
  });

  it('refuses a file that is not SQLite at all', async () => {
    const path = join(tempDir(), 'clients.xlsx');
    writeFileSync(path, Buffer.from('PK\u0003\u0004 this is a zip, not a database'.padEnd(200, ' ')));
    const before = fileFingerprint(path);
    expect((await refusal(path)).error.code).toBe('db.notSqlite');
    expect(fileFingerprint(path)).toBe(before);
  });

  it('takes a verified backup in backups/ before migrating an existing database', async () => {
    const dir = tempDir();
    const path = join(dir, 'data.sqlite');
    await createAtLatest(path);
    const next: Migration = {
      version: LATEST_VERSION + 1,
      name: 'test-step',
      up: (db) => db.exec('ALTER TABLE reps ADD COLUMN phone TEXT'),
    };
    const opened = await openDatabase(path, silentLogger, [...MIGRATIONS, next]);
    expect(userVersion(opened.db)).toBe(LATEST_VERSION + 1);
    opened.db.close();
    expect(opened.migrationBackup).toMatch(/backups[\\/]pre-v\d+-to-v\d+-.*\.sqlite$/);
    const backup = openReadOnly(opened.migrationBackup!);
    expect(integrityCheck(backup)).toBe('ok');
    expect(userVersion(backup)).toBe(LATEST_VERSION);
    expect(backup.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(backup.prepare('SELECT name FROM reps').all()).toEqual([{ name: '李静' }]);
    backup.close();
    expect(readdirSync(join(dir, 'backups')).some((name) => name.endsWith('.sqlite.json'))).toBe(true);
  });

  it('rolls a failing migration step back completely and reports where the backup is', async () => {
    const path = join(tempDir(), 'data.sqlite');
    await createAtLatest(path);
    const broken: Migration = {
      version: LATEST_VERSION + 1,
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE half_done (x)');
        db.exec('THIS IS NOT SQL');
      },
    };
    await expect(openDatabase(path, silentLogger, [...MIGRATIONS, broken])).rejects.toMatchObject({
      error: { code: 'db.migrationFailed' },
    });
    const db = openReadOnly(path);
    expect(userVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('rejects a migration list with a gap', async () => {
    const gap: Migration = { version: LATEST_VERSION + 2, name: 'gap', up: () => undefined };
    await expect(openDatabase(join(tempDir(), 'x.sqlite'), silentLogger, [...MIGRATIONS, gap])).rejects.toThrow(/out of order/);
  });

  it('creates a new file without a backup (there is nothing to lose yet)', async () => {
    const dir = tempDir();
    const opened = await openDatabase(join(dir, 'new.sqlite'), silentLogger);
    opened.db.close();
    expect(opened.migrationBackup).toBeNull();
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });
});
