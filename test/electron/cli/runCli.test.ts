import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/runCli';
import { LATEST_VERSION } from '../../../electron/core/db/migrations';
import { memoryLogger } from '../../harness/openTestCore';
import { fileFingerprint } from '../../harness/fileHash';
import { useTempDir } from '../../harness/tempDir';

const tempDir = useTempDir();

async function cli(args: string[], lang = 'en_US.UTF-8') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line), log: memoryLogger(), appVersion: '0.0.0-test', lang });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli', () => {
  it('demo then stats --json prints the real counts per rep and per cell', async () => {
    const db = join(tempDir(), 'x.sqlite');
    const demo = await cli(['demo', '--db', db]);
    expect(demo.code).toBe(0);
    const printed = /(\d+) reps, (\d+) hospitals, (\d+) clients/.exec(demo.out);
    expect(printed?.[1]).toBe('6');
    const stats = await cli(['stats', '--db', db, '--json']);
    expect(stats.code).toBe(0);
    const parsed = JSON.parse(stats.out) as {
      totals: { clients: number };
      perCell: Record<string, number>;
      perRep: { rep: string; clients: number; perCell: Record<string, number> }[];
    };
    expect(Object.keys(parsed.perCell).sort()).toEqual(['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3']);
    expect(Object.values(parsed.perCell).every((n) => n > 0)).toBe(true);
    expect(Object.values(parsed.perCell).reduce((a, b) => a + b, 0)).toBe(parsed.totals.clients);
    expect(parsed.perRep).toHaveLength(6);
    expect(parsed.perRep.reduce((sum, rep) => sum + rep.clients, 0)).toBe(parsed.totals.clients);
    // Counts come from the database: a direct SQL count agrees.
    const direct = new Database(db, { readonly: true });
    expect(direct.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: parsed.totals.clients });
    expect(direct.prepare('SELECT count(*) AS n FROM hospitals').get()).toEqual({ n: Number(printed?.[2]) });
    expect(parsed.totals.clients).toBe(Number(printed?.[3]));
    direct.close();
  });

  it('demo is deterministic: two databases get the same counts', async () => {
    const dir = tempDir();
    await cli(['demo', '--db', join(dir, 'a.sqlite')]);
    await cli(['demo', '--db', join(dir, 'b.sqlite')]);
    const a = JSON.parse((await cli(['stats', '--db', join(dir, 'a.sqlite'), '--json'])).out) as unknown;
    const b = JSON.parse((await cli(['stats', '--db', join(dir, 'b.sqlite'), '--json'])).out) as unknown;
    expect(a).toEqual(b);
  });

  it('check reports integrity and schema version without changing the database file', async () => {
    const db = join(tempDir(), 'c.sqlite');
    await cli(['demo', '--db', db]);
    // A read-only SQLite connection may leave empty -wal/-shm companions; the data file itself must not change.
    const mainFile = (fingerprint: string) => fingerprint.split('/')[0];
    const before = mainFile(fileFingerprint(db));
    const check = await cli(['check', '--db', db, '--json']);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.out)).toMatchObject({ integrity: 'ok', schemaVersion: LATEST_VERSION, ours: true });
    expect(mainFile(fileFingerprint(db))).toBe(before);
  });

  it('backup writes a verified copy and refuses to overwrite', async () => {
    const dir = tempDir();
    const db = join(dir, 'd.sqlite');
    await cli(['demo', '--db', db]);
    const out = join(dir, 'copy.sqlite');
    expect((await cli(['backup', '--db', db, '--out', out])).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect((await cli(['check', '--db', out])).code).toBe(0);
    const again = await cli(['backup', '--db', db, '--out', out]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('not overwritten');
  });

  it('bad input exits 1 with one line, in Chinese when LANG is zh', async () => {
    const dir = tempDir();
    expect(await cli(['stats'])).toMatchObject({ code: 1 });
    expect(await cli(['nonsense'])).toMatchObject({ code: 1 });
    expect(await cli(['stats', '--db', join(dir, 'missing.sqlite')], 'zh_CN.UTF-8')).toMatchObject({ code: 1, err: expect.stringContaining('找不到数据文件') });
    expect(await cli(['stats', '--db', 'x', '--bogus'])).toMatchObject({ code: 1 });
    const notDb = join(dir, 'notes.txt');
    writeFileSync(notDb, 'x'.repeat(500));
    const refused = await cli(['stats', '--db', notDb], 'zh_CN.UTF-8');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('不是有效的数据文件');
    expect(refused.err.split('\n')).toHaveLength(1);
  });

  it('a database from a newer version is refused by every command that opens it, and left untouched', async () => {
    const db = join(tempDir(), 'newer.sqlite');
    await cli(['demo', '--db', db]);
    const raw = new Database(db);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = fileFingerprint(db);
    const stats = await cli(['stats', '--db', db]);
    expect(stats.code).toBe(1);
    expect(stats.err).toContain('newer version');
    expect(fileFingerprint(db)).toBe(before);
  });
});

describe('cli grade and models', () => {
  it('grade --json regrades and counts per cell and zone; --model grades with another model', async () => {
    const db = join(tempDir(), 'g.sqlite');
    await cli(['demo', '--db', db]);
    const graded = await cli(['grade', '--db', db, '--json']);
    expect(graded.code).toBe(0);
    const report = JSON.parse(graded.out) as { model: string; graded: number; changed: number; perCell: Record<string, number>; perZone: Record<string, number> };
    expect(report.model).toBe('pharma-nine-grid');
    expect(report.changed).toBe(0);
    expect(Object.values(report.perZone).reduce((a, b) => a + b, 0)).toBe(report.graded);
    expect(report.perZone.red).toBe(report.perCell.A1! + report.perCell.A2! + report.perCell.B1! + report.perCell.B2!);
    const byBeds = JSON.parse((await cli(['grade', '--db', db, '--model', 'pharma-beds', '--json'])).out) as { model: string; graded: number };
    expect(byBeds.model).toBe('pharma-beds');
    expect(byBeds.graded).toBe(report.graded);
    expect(await cli(['grade', '--db', db, '--model', 'no-such-model'])).toMatchObject({ code: 1 });
  });

  it('models --json lists the presets, and a database’s models with the active one', async () => {
    const presets = JSON.parse((await cli(['models', '--json'])).out) as { id: string; active: boolean }[];
    expect(presets[0]).toMatchObject({ id: 'pharma-nine-grid', active: true });
    expect(presets.length).toBeGreaterThanOrEqual(10);
    const db = join(tempDir(), 'm.sqlite');
    await cli(['demo', '--db', db]);
    const stored = JSON.parse((await cli(['models', '--db', db, '--json'])).out) as { id: string; active: boolean }[];
    expect(stored.filter((m) => m.active).map((m) => m.id)).toEqual(['pharma-nine-grid']);
    expect(stored.map((m) => m.id).sort()).toEqual(presets.map((m) => m.id).sort());
  });

  it('--help lists every command with what it does, in the user\'s language, and exits 0; a command\'s --help shows its usage', async () => {
    const en = await cli(['--help']);
    expect(en.code).toBe(0);
    expect(en.err).toBe('');
    for (const name of ['demo', 'stats', 'grade', 'models', 'check', 'backup', 'plan', 'import', 'export']) expect(en.out).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    expect(en.out).toContain('import an Excel/CSV file');
    const zh = await cli(['-h'], 'zh_CN.UTF-8');
    expect(zh.code).toBe(0);
    expect(zh.out).toContain('导入 Excel/CSV 文件');
    const one = await cli(['import', '--help']);
    expect(one.code).toBe(0);
    expect(one.out).toContain('npm run cli -- import FILE --db FILE');
    expect(one.out).toContain('--format csv');
    // Without a command: the usage on stderr and exit 1; an unknown one says so first.
    const none = await cli([]);
    expect(none.code).toBe(1);
    expect(none.err).toContain('usage: npm run cli');
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^Unknown command: frobnicate/);
  });
});
