import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection, userVersion } from '../../../../electron/core/db/connection';
import { openDatabase } from '../../../../electron/core/db/openDatabase';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { silentLogger } from '../../../../electron/core/log/logger';
import { useTempDir } from '../../../harness/tempDir';

const tempDir = useTempDir();

describe('migration 0004 (visit planning)', () => {
  it('migrates a version-3 database with data, seeds the calendar, and guards the new tables', async () => {
    const path = join(tempDir(), 'v3.sqlite');
    (await openDatabase(path, silentLogger, MIGRATIONS.slice(0, 3))).db.close();
    const v3 = openConnection(path);
    const now = '2026-11-01T00:00:00.000Z';
    v3.prepare("INSERT INTO reps (name, visits_per_day, created_at, updated_at) VALUES ('赵敏', 7.5, ?, ?)").run(now, now);
    v3.prepare("INSERT INTO clients (name, rep_id, created_at, updated_at) VALUES ('钱伟', 1, ?, ?)").run(now, now);
    v3.close();

    const opened = await openDatabase(path, silentLogger, MIGRATIONS.slice(0, 4));
    const db = opened.db;
    expect(userVersion(db)).toBe(4);
    expect(opened.migrationBackup).toMatch(/pre-v3-to-v4-/);
    expect(db.prepare('SELECT name, visits_per_day AS v FROM reps').all()).toEqual([{ name: '赵敏', v: 7.5 }]);

    // The calendar: 2026 official (with 6 make-up days), 2027 provisional statutory days.
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(count("SELECT count(*) AS n FROM calendar_days WHERE date LIKE '2026-%' AND kind = 'workday'")).toBe(6);
    expect(count("SELECT count(*) AS n FROM calendar_days WHERE date LIKE '2026-%' AND kind = 'holiday'")).toBe(33);
    expect(count("SELECT count(*) AS n FROM calendar_days WHERE date LIKE '2027-%' AND provisional = 1")).toBe(13);
    expect(count('SELECT count(*) AS n FROM calendar_days WHERE builtin = 0')).toBe(0);
    expect(db.prepare("SELECT kind, name FROM calendar_days WHERE date = '2026-02-14'").get()).toEqual({ kind: 'workday', name: '春节' });
    expect(() => db.prepare("INSERT INTO calendar_days (date, kind, updated_at) VALUES ('2026-12-31', 'party', ?)").run(now)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO calendar_days (date, kind, updated_at) VALUES ('31/12/2026', 'holiday', ?)").run(now)).toThrow(/CHECK/);

    db.prepare("INSERT INTO rep_days_off (rep_id, date, note, created_at) VALUES (1, '2026-12-01', '培训', ?)").run(now);
    db.prepare("INSERT INTO plan_edits (rep_id, client_id, month, kind, date, to_date, created_at) VALUES (1, 1, '2026-12', 'move', '2026-12-01', '2026-12-03', ?)").run(now);
    db.prepare("INSERT INTO plan_edits (rep_id, client_id, month, kind, date, created_at) VALUES (1, 1, '2026-12', 'drop', '2026-12-08', ?)").run(now);
    // A move needs its new day, an add or drop has none; both days in the edit's month.
    expect(() => db.prepare("INSERT INTO plan_edits (rep_id, client_id, month, kind, date, created_at) VALUES (1, 1, '2026-12', 'move', '2026-12-01', ?)").run(now)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO plan_edits (rep_id, client_id, month, kind, date, to_date, created_at) VALUES (1, 1, '2026-12', 'add', '2026-12-01', '2026-12-02', ?)").run(now)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO plan_edits (rep_id, client_id, month, kind, date, created_at) VALUES (1, 1, '2026-12', 'add', '2027-01-04', ?)").run(now)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO plan_edits (rep_id, client_id, month, kind, date, created_at) VALUES (1, 99, '2026-12', 'add', '2026-12-01', ?)").run(now)).toThrow(/FOREIGN KEY/);
    // Plans go with their client and rep.
    db.prepare('DELETE FROM clients WHERE id = 1').run();
    expect(count('SELECT count(*) AS n FROM plan_edits')).toBe(0);
    db.prepare('DELETE FROM reps WHERE id = 1').run();
    expect(count('SELECT count(*) AS n FROM rep_days_off')).toBe(0);
    db.close();
  });
});
