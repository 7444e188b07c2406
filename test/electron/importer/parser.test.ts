import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MergeRange, SheetRow } from '../../../shared/transfer';
import { forkLauncher, parseInChild, ParserPool, type ParseOptions, type ParserLauncher } from '../../../electron/core/transfer/parserHost';
import { ParseFailure, type ParseStats } from '../../../electron/importer/protocol';
import { useTempDir } from '../../harness/tempDir';
import { buildZip, minimalXlsx, row } from './zipBuilder';

const tempDir = useTempDir();
const launcher = forkLauncher();

interface Parsed {
  stats: ParseStats;
  rows: SheetRow[];
  merges: MergeRange[];
  sheets: { name: string; hidden: boolean }[];
}

async function parseBytes(bytes: Buffer, fileName = 'test.xlsx', options: Partial<ParseOptions> = {}, source: ParserLauncher | ParserPool = launcher): Promise<Parsed> {
  const dir = tempDir();
  const path = join(dir, 'input');
  writeFileSync(path, bytes);
  const rows: SheetRow[] = [];
  let merges: MergeRange[] = [];
  let sheets: Parsed['sheets'] = [];
  const stats = await parseInChild(source, { path, fileName, tempDir: dir, ...options }, {
    meta: (meta) => {
      sheets = meta.sheets;
    },
    merges: (ranges) => {
      merges = ranges;
    },
    rows: (batch) => rows.push(...batch),
  });
  return { stats, rows, merges, sheets };
}

async function failureOf(promise: Promise<unknown>): Promise<ParseFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ParseFailure) return error;
    throw error;
  }
  throw new Error('expected a parse failure');
}

const sheet = (rows: string, tail = '') => `<sheetData>${rows}</sheetData>${tail}`;

describe('the parser child process', () => {
  it('reads a minimal workbook with inline strings, and its merged ranges', async () => {
    const parsed = await parseBytes(minimalXlsx(sheet(row(1, ['医院', '姓名']) + row(2, ['第一医院', '张伟']) + row(3, ['', '王芳']), `<mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>`)));
    expect(parsed.rows.map((r) => [r.r, r.cells])).toEqual([
      [1, ['医院', '姓名']],
      [2, ['第一医院', '张伟']],
      [3, ['', '王芳']],
    ]);
    expect(parsed.merges).toEqual([{ top: 2, bottom: 3, left: 0, right: 0 }]);
    expect(parsed.sheets).toEqual([{ name: '数据', hidden: false }]);
    expect(parsed.stats.maxRssBytes).toBeGreaterThan(0);
  });

  it('keeps Chinese text whole across zip chunk boundaries (exceljs 4.4.0 split characters)', async () => {
    const names = Array.from({ length: 3000 }, (_, i) => `${'周吴郑王冯陈褚卫'[i % 8]}${'建国晓梅立涛'[i % 6]}${'静敏'[i % 2]}${i}`);
    const parsed = await parseBytes(minimalXlsx(sheet(row(1, ['姓名']) + names.map((name, i) => row(i + 2, [name])).join(''))));
    expect(parsed.rows.slice(1).map((r) => r.cells[0])).toEqual(names);
  });

  it('refuses zip bombs before parsing: declared sizes, ratios, entry counts', async () => {
    const big = minimalXlsx(sheet(row(1, ['x'])), [{ name: 'xl/media/bomb.bin', data: 'x', declaredSize: 600 * 1024 * 1024 }]);
    expect((await failureOf(parseBytes(big))).kind).toBe('unsafe');
    const ratio = minimalXlsx(sheet(row(1, ['x'])), [{ name: 'xl/media/zeros.bin', data: Buffer.alloc(20 * 1024 * 1024) }]);
    expect((await failureOf(parseBytes(ratio))).kind).toBe('unsafe');
    const many = minimalXlsx(sheet(row(1, ['x'])), Array.from({ length: 2100 }, (_, i) => ({ name: `xl/parts/${i}.xml`, data: '<x/>' })));
    expect((await failureOf(parseBytes(many))).kind).toBe('unsafe');
  });

  it('refuses a sheet part that inflates beyond the size it declares', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => row(i + 2, ['a', i])).join('');
    const honest = minimalXlsx(sheet(row(1, ['姓名', 'n']) + rows));
    // Rewrite the directory's uncompressed size of the sheet part to something tiny.
    const lying = buildZip([
      { name: 'xl/workbook.xml', data: '<workbook xmlns:r="r"><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>' },
      { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
      { name: 'xl/worksheets/sheet1.xml', data: `<worksheet>${sheet(row(1, ['姓名', 'n']) + rows)}</worksheet>`, declaredSize: 100 },
    ]);
    expect((await parseBytes(honest)).rows).toHaveLength(20_001);
    expect((await failureOf(parseBytes(lying))).kind).toBe('unsafe');
  });

  it('knows encrypted entries, truncated files and unknown zip layouts', async () => {
    expect((await failureOf(parseBytes(minimalXlsx(sheet(''), [{ name: 'xl/secret.bin', data: 'x', encrypted: true }])))).kind).toBe('encrypted');
    const whole = minimalXlsx(sheet(row(1, ['a'])));
    expect((await failureOf(parseBytes(whole.subarray(0, whole.length - 30)))).kind).toBe('corrupt');
    expect((await failureOf(parseBytes(buildZip([{ name: 'word/document.xml', data: '<w/>' }])))).kind).toBe('notSpreadsheet');
    expect((await failureOf(parseBytes(buildZip([{ name: 'xl/workbook.bin', data: 'x' }])))).kind).toBe('unsupportedFormat');
  });

  it('bounds row numbers, columns, cell sizes and row counts', async () => {
    expect((await failureOf(parseBytes(minimalXlsx(sheet(row(900_000_000, ['x'])))))).kind).toBe('unsafe');
    const wide = await parseBytes(minimalXlsx(sheet(row(1, ['姓名']) + row(2, ['张伟']) + row(3, ['x'], 300))));
    expect(wide.stats.droppedColumns).toBeGreaterThan(0);
    expect(wide.rows.every((r) => r.cells.length <= 256)).toBe(true);
    const long = await parseBytes(minimalXlsx(sheet(row(1, ['x'.repeat(40_000)]))));
    expect(long.rows[0]!.cells[0]).toHaveLength(32_767);
    expect(long.rows[0]!.flags).toEqual([[0, 'truncated']]);
    const rows = Array.from({ length: 20 }, (_, i) => row(i + 1, ['x'])).join('');
    expect((await failureOf(parseBytes(minimalXlsx(sheet(rows)), 'test.xlsx', { limits: { maxRows: 5 } }))).kind).toBe('tooLarge');
    // A merge over the whole grid is read (it is in the file) but never expanded cell by cell.
    const merged = await parseBytes(minimalXlsx(sheet(row(1, ['x']), `<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>`)));
    expect(merged.merges).toEqual([{ top: 1, bottom: 1_048_576, left: 0, right: 16_383 }]);
  });

  it('caps the characters, cells and rows one file hands on, in xlsx (one shared string in every cell) and CSV alike', async () => {
    const long = '长'.repeat(5000);
    const cells = Array.from({ length: 50 }, (_, i) => `<row r="${i + 1}">${['A', 'B', 'C'].map((c) => `<c r="${c}${i + 1}" t="s"><v>0</v></c>`).join('')}</row>`).join('');
    const bomb = minimalXlsx(sheet(cells), [{ name: 'xl/sharedStrings.xml', data: `<sst><si><t>${long}</t></si></sst>` }]);
    const capped = await failureOf(parseBytes(bomb, 'bomb.xlsx', { limits: { maxTotalChars: 100_000 } }));
    expect([capped.kind, capped.message]).toEqual(['tooLarge', 'cap: more than 100000 characters']);
    // Under the default caps the same 750,000 characters are read.
    expect((await parseBytes(bomb, 'bomb.xlsx')).stats.cells).toBe(150);
    const csv = Buffer.from(Array.from({ length: 30 }, () => `${'字'.repeat(1000)},x`).join('\n'), 'utf8');
    expect((await failureOf(parseBytes(csv, 'long.csv', { limits: { maxTotalChars: 10_000 } }))).message).toBe('cap: more than 10000 characters');
    expect((await failureOf(parseBytes(csv, 'long.csv', { limits: { maxCells: 20 } }))).message).toBe('cap: more than 20 cells');
  });

  it('ignores a data-validation range over the whole sheet (an exceljs full-reader bomb)', async () => {
    const parsed = await parseBytes(
      minimalXlsx(sheet(row(1, ['姓名']) + row(2, ['张伟']), `<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>`)),
    );
    expect(parsed.rows).toHaveLength(2);
  });

  it('stops a parse at the time limit and survives a child that runs out of memory', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => row(i + 1, [`name${i}`, i, `text ${i} ${'x'.repeat(20)}`])).join('');
    const file = minimalXlsx(sheet(rows));
    expect((await failureOf(parseBytes(file, 'slow.xlsx', { timeoutMs: 50 }))).kind).toBe('timeout');
    // 40 MB of distinct shared strings under a 24 MB heap: V8 aborts the child, not us.
    const strings = Array.from({ length: 120_000 }, (_, i) => `<si><t>${i.toString(36).padStart(8, '0')}${'汉字'.repeat(60)}</t></si>`).join('');
    const oom = minimalXlsx(sheet(row(1, ['x'])), [{ name: 'xl/sharedStrings.xml', data: `<sst>${strings}</sst>` }]);
    const failure = await failureOf(parseBytes(oom, 'oom.xlsx', { maxOldSpaceMb: 24 }));
    expect(failure.kind).toBe('crashed');
    // The parent is fine and the next file parses.
    expect((await parseBytes(minimalXlsx(sheet(row(1, ['ok']))))).rows).toHaveLength(1);
  }, 60_000);

  it('turns a misbehaving child into a typed failure', async () => {
    const fake = (script: (send: (message: unknown) => void, exit: (code: number | null, signal: string | null) => void) => void): ParserLauncher => () => {
      let onMessage: (message: unknown) => void = () => {};
      let onExit: (info: { code: number | null; signal: string | null }) => void = () => {};
      return {
        post: () => setTimeout(() => script((message) => onMessage(message), (code, signal) => onExit({ code, signal })), 1),
        onMessage: (listener) => {
          onMessage = listener;
        },
        onExit: (listener) => {
          onExit = listener;
        },
        kill: () => {},
      };
    };
    const garbage = fake((send) => send({ type: 'rows', rows: 'not rows' }));
    expect((await failureOf(parseBytes(Buffer.from('x'), 'a.csv', {}, garbage))).kind).toBe('crashed');
    const outOfRange = fake((send) => send({ type: 'rows', rows: [[2_000_000, ['x'], null]] }));
    expect((await failureOf(parseBytes(Buffer.from('x'), 'a.csv', {}, outOfRange))).kind).toBe('crashed');
    const exits = fake((_send, exit) => exit(134, 'SIGABRT'));
    expect((await failureOf(parseBytes(Buffer.from('x'), 'a.csv', {}, exits))).message).toMatch(/134/);
    // A child that ignores the caps is stopped by the parent's own count, and killed.
    let killed = 0;
    const greedy: ParserLauncher = (options) => {
      const process = fake((send) => {
        send({ type: 'meta', format: 'csv', sheets: [], sheet: 'a' });
        for (let r = 1; r <= 5; r++) send({ type: 'rows', rows: [[r, ['x'.repeat(30_000), 'y'], null]] });
      })(options);
      return { ...process, kill: () => void killed++ };
    };
    const greedyFailure = await failureOf(parseBytes(Buffer.from('x'), 'a.csv', { limits: { maxTotalChars: 100_000 } }, greedy));
    expect([greedyFailure.kind, greedyFailure.message, killed]).toEqual(['tooLarge', 'cap: more than 100000 characters', 1]);
    const unknownKind = fake((send) => send({ type: 'error', kind: 'rm -rf', detail: 'x' }));
    expect((await failureOf(parseBytes(Buffer.from('x'), 'a.csv', {}, unknownKind))).kind).toBe('crashed');
  });

  it('hands out a started spare process, and a fresh one for every file', async () => {
    const dir = tempDir();
    const pool = new ParserPool(launcher, { tempDir: dir, maxOldSpaceMb: 256 });
    pool.warm();
    const first = await parseBytes(Buffer.from('姓名,医院\n张伟,第一医院\n'), 'a.csv', {}, pool);
    const second = await parseBytes(Buffer.from('姓名\n王芳\n'), 'b.csv', {}, pool);
    expect(first.rows).toHaveLength(2);
    expect(second.rows).toHaveLength(2);
    pool.dispose();
  });

  it('decodes text files: BOM, strict UTF-8, GB18030, Big5, UTF-16 without a mark', async () => {
    const iconv = (await import('iconv-lite')).default;
    const text = '医院,姓名\n第一医院,张伟\n';
    const traditional = '醫院,姓名\n臺大醫院,林濤\n馬偕醫院,謝寧\n';
    for (const [bytes, encoding, expected] of [
      [iconv.encode(traditional, 'big5'), 'big5', ['臺大醫院', '林濤']],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8', null],
      [Buffer.from(text), 'utf-8', null],
      [iconv.encode(text, 'gbk'), 'gb18030', null],
      [iconv.encode(text.replace(/,/g, '\t'), 'utf-16le'), 'utf-16le', null],
    ] as const) {
      const cells = expected ?? ['第一医院', '张伟'];
      let used = '';
      const dir = tempDir();
      const path = join(dir, 'in.csv');
      writeFileSync(path, bytes);
      const rows: SheetRow[] = [];
      await parseInChild(launcher, { path, fileName: 'in.csv', tempDir: dir }, { meta: (meta) => (used = meta.encoding?.used ?? ''), merges: () => {}, rows: (batch) => rows.push(...batch) });
      expect(used).toBe(encoding);
      expect(rows[1]!.cells).toEqual(cells);
    }
  });
});

describe('format detection from the bytes', () => {
  it('knows an encrypted OOXML package (an OLE file with EncryptionInfo and EncryptedPackage streams)', async () => {
    const { detectFormat } = await import('../../../electron/importer/detectFormat');
    const { DEFAULT_LIMITS } = await import('../../../electron/importer/protocol');
    const dir = tempDir();
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole, 0);
    Buffer.from('EncryptionInfo', 'utf16le').copy(ole, 1024);
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1152);
    const path = join(dir, 'secret.xlsx');
    writeFileSync(path, ole);
    expect(() => detectFormat(path, 'secret.xlsx', DEFAULT_LIMITS)).toThrow(expect.objectContaining({ kind: 'encrypted' }) as Error);
    writeFileSync(path, Buffer.from('%PDF-1.7\n'));
    expect(() => detectFormat(path, 'x.xlsx', DEFAULT_LIMITS)).toThrow(expect.objectContaining({ kind: 'notSpreadsheet' }) as Error);
    writeFileSync(path, Buffer.from('<html><table><tr><td>1</td></tr></table></html>'));
    expect(() => detectFormat(path, 'report.xls', DEFAULT_LIMITS)).toThrow(expect.objectContaining({ kind: 'legacyXls' }) as Error);
  });
});
