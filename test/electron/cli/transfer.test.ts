import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/runCli';
import { memoryLogger } from '../../harness/openTestCore';
import { useTempDir } from '../../harness/tempDir';

const tempDir = useTempDir();
const FIXTURES = join(import.meta.dirname, '../../fixtures/spreadsheets');

async function cli(args: string[], lang = 'en_US.UTF-8') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line), log: memoryLogger(), appVersion: '0.0.0-test', lang });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const count = (db: string) => {
  const direct = new Database(db, { readonly: true });
  try {
    return (direct.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n;
  } finally {
    direct.close();
  }
};

describe('cli import and export', () => {
  it('import --json prints the report; --dry-run writes nothing', async () => {
    const db = join(tempDir(), 'x.sqlite');
    const dry = await cli(['import', join(FIXTURES, 'manager-wps.xlsx'), '--db', db, '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    const report = JSON.parse(dry.out) as {
      valid: boolean;
      dryRun: boolean;
      added: number;
      updated: number;
      skipped: { row: number; reason: string }[];
      errors: unknown[];
      header: { row: number; rows: number };
      changeId: number | null;
    };
    expect(report).toMatchObject({ valid: true, dryRun: true, added: 6, updated: 0, errors: [], header: { row: 4, rows: 2 }, changeId: null });
    expect(report.skipped.map((s) => [s.row, s.reason])).toEqual([
      [9, 'empty'],
      [13, 'totals'],
    ]);
    expect(count(db)).toBe(0);

    const real = await cli(['import', join(FIXTURES, 'manager-wps.xlsx'), '--db', db, '--json']);
    expect(real.code).toBe(0);
    expect(JSON.parse(real.out)).toMatchObject({ added: 6, dryRun: false, changeId: expect.any(Number) as number });
    expect(count(db)).toBe(6);
    const again = await cli(['import', join(FIXTURES, 'manager-wps.xlsx'), '--db', db]);
    expect(again.out).toMatch(/0 added, 0 updated, 6 unchanged/);
  });

  it('--all-sheets imports every rep sheet of a grading table and passes over the summary', async () => {
    const source = join(tempDir(), 'source.sqlite');
    expect((await cli(['demo', '--db', source])).code).toBe(0);
    const table = join(tempDir(), 'grading-table.xlsx');
    expect((await cli(['export', '--db', source, '--format', 'grading-table', '--out', table])).code).toBe(0);
    const db = join(tempDir(), 'all.sheets.sqlite');
    const run = await cli(['import', table, '--db', db, '--all-sheets', '--rep-from-sheet', '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out) as { valid: boolean; added: number; errors: unknown[]; sheets: ({ sheet: string; added: number } | { sheet: string; error: string })[] };
    expect(report.valid).toBe(true);
    expect(report.sheets[0]).toMatchObject({ sheet: '汇总', error: expect.any(String) as string });
    const reps = report.sheets.slice(1) as { sheet: string; added: number }[];
    expect(reps).toHaveLength(6);
    expect(report.added).toBe(reps.reduce((sum, sheet) => sum + sheet.added, 0));
    expect(count(db)).toBe(count(source));
    expect(count(db)).toBe(report.added);
    expect((await cli(['import', table, '--db', db, '--all-sheets', '--sheet', '汇总'])).code).toBe(1);
    const broken = await cli(['import', join(FIXTURES, 'truncated.xlsx'), '--db', db, '--all-sheets']);
    expect(broken.code).toBe(1);
    expect(broken.err.split('\n')).toHaveLength(1);
    expect(count(db)).toBe(report.added);
  });

  it('takes --sheet, --region, --mode and a mapping file', async () => {
    const db = join(tempDir(), 'y.sqlite');
    const hidden = await cli(['import', join(FIXTURES, 'sheets-hidden.xlsx'), '--db', db, '--sheet', '旧数据', '--region', '华东', '--json']);
    expect(JSON.parse(hidden.out)).toMatchObject({ sheet: '旧数据', added: 1 });
    const mapping = join(tempDir(), 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ 医院: 'hospitalName', 科室: 'ignore', 姓名: 'name', 职称: 'attr:原职称' }));
    const mapped = await cli(['import', join(FIXTURES, 'sheets-hidden.xlsx'), '--db', db, '--mapping', mapping, '--mode', 'add', '--json']);
    const report = JSON.parse(mapped.out) as { added: number; mapping: Record<string, string> };
    expect(report.added).toBe(2);
    expect(report.mapping).toMatchObject({ 科室: 'ignore', 职称: 'attr:原职称' });
    const direct = new Database(db, { readonly: true });
    expect(direct.prepare("SELECT region, department FROM clients WHERE name = '旧名字'").get()).toEqual({ region: '华东', department: '消化科' });
    expect(direct.prepare("SELECT attributes FROM clients WHERE name = '蒋涛'").pluck().get()).toBe('{"原职称":"主任医师"}');
    direct.close();
  });

  it('a file it cannot read exits 1 with one line in the user’s language, and changes nothing', async () => {
    const db = join(tempDir(), 'z.sqlite');
    for (const [file, pattern, patternZh] of [
      ['legacy.xls', /save it as \.xlsx/, /另存为 \.xlsx/],
      ['truncated.xlsx', /damaged or incomplete/, /已损坏或不完整/],
      ['no-header.xlsx', /No header row/, /找不到表头/],
      ['header-only.xlsx', /has a header \(row 1\) but no rows of client data/, /只有表头（第 1 行），下面没有客户数据行/],
      ['text-named.xlsx', /is named \.xlsx but holds text \(CSV\).*--format csv/, /扩展名是 \.xlsx，但内容是文本（CSV）.*--format csv/],
      ['shared-string-bomb.xlsx', /over what one import takes \(at most 200,000 rows, 5,000,000 non-blank cells and 24,000,000 characters/, /超出一次导入的上限/],
    ] as const) {
      const en = await cli(['import', join(FIXTURES, file), '--db', db]);
      expect(en.code, file).toBe(1);
      expect(en.err.split('\n')).toHaveLength(1);
      expect(en.err).toMatch(pattern);
      const zh = await cli(['import', join(FIXTURES, file), '--db', db], 'zh_CN.UTF-8');
      expect(zh.err).toMatch(patternZh);
    }
    expect((await cli(['import', join(FIXTURES, 'nope.xlsx'), '--db', db])).code).toBe(1);
    expect((await cli(['import', '--db', db])).code).toBe(1);
    expect((await cli(['import', 'a.xlsx', 'b.xlsx', '--db', db])).code).toBe(1);
    expect(count(db)).toBe(0);
  });

  it('reads a text file named .xlsx only with --format csv', async () => {
    const db = join(tempDir(), 'csv.sqlite');
    expect((await cli(['import', join(FIXTURES, 'text-named.xlsx'), '--db', db])).code).toBe(1);
    expect(count(db)).toBe(0);
    const asCsv = await cli(['import', join(FIXTURES, 'text-named.xlsx'), '--db', db, '--format', 'csv', '--json']);
    expect(asCsv.code).toBe(0);
    expect(JSON.parse(asCsv.out)).toMatchObject({ format: 'csv', added: 3 });
    expect(count(db)).toBe(3);
    const wrong = await cli(['import', join(FIXTURES, 'text-named.xlsx'), '--db', db, '--format', 'xls']);
    expect([wrong.code, wrong.err.split('\n').length]).toEqual([1, 1]);
  });

  it('exports the grading table, the client list and CSV', async () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    expect((await cli(['demo', '--db', db])).code).toBe(0);
    for (const [format, out] of [
      ['grading-table', 'g.xlsx'],
      ['clients', 'c.xlsx'],
      ['csv', 'c.csv'],
    ] as const) {
      const result = await cli(['export', '--db', db, '--format', format, '--out', join(dir, out), '--json']);
      expect(result.code, format).toBe(0);
      expect(JSON.parse(result.out)).toMatchObject({ format, rows: count(db) });
      expect(statSync(join(dir, out)).size).toBeGreaterThan(1000);
    }
    const bad = await cli(['export', '--db', db, '--format', 'pdf', '--out', join(dir, 'x.pdf')]);
    expect(bad.code).toBe(1);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
    // The CSV round-trips through the importer.
    const copy = join(dir, 'copy.sqlite');
    const imported = await cli(['import', join(dir, 'c.csv'), '--db', copy, '--json']);
    expect(JSON.parse(imported.out)).toMatchObject({ added: count(db), valid: true });
  }, 120_000);
});
