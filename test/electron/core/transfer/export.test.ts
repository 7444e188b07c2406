import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/openCore';
import { readSmallEntry, readZipDirectory } from '../../../../electron/importer/zipDirectory';
import { GRADING_TABLE_HEADERS } from '../../../../shared/transfer';
import { openTestCore } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';
import { apiOf, stageAndInspect, storedClients, type StoredClient } from './transferHarness';

const tempDir = useTempDir();
const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

async function freshCore(seedDemo = false): Promise<Core> {
  const core = await openTestCore(tempDir(), { seedDemo });
  cores.push(core);
  return core;
}

/** The parts of an exported xlsx, as text, by zip path. */
function xlsxParts(bytes: Buffer): Map<string, string> {
  const path = join(tempDir(), 'export.xlsx');
  writeFileSync(path, bytes);
  return new Map(readZipDirectory(path, { maxZipEntries: 2000 }).map((entry) => [entry.name, readSmallEntry(path, entry, 256 * 1024 * 1024).toString('utf8')]));
}

/** A client as the user sees it: no ids, no timestamps. */
function comparable(client: StoredClient) {
  const { id: _id, ...rest } = client;
  return rest;
}

const sortByKey = (clients: StoredClient[]) =>
  clients.map(comparable).sort((a, b) => `${a.hospitalName}|${a.department}|${a.name}`.localeCompare(`${b.hospitalName}|${b.department}|${b.name}`));

describe('the grading table export (DOMAIN 2.5)', () => {
  it('has a summary sheet and one sheet per rep with exactly the grading-table columns, frozen, filtered, A4 landscape, zone colours', async () => {
    const core = await freshCore(true);
    const api = apiOf(core);
    const file = await api.call('transfer.export', { kind: 'gradingTable' });
    expect(file.fileName).toMatch(/^客户分级表-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const parts = xlsxParts(Buffer.from(file.base64, 'base64'));
    const workbook = parts.get('xl/workbook.xml')!;
    const sheetNames = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    const reps = (await api.call('reps.list', {})).map((rep) => rep.name);
    expect(sheetNames[0]).toBe('汇总');
    expect(new Set(sheetNames.slice(1))).toEqual(new Set(reps));
    const shared = [...(parts.get('xl/sharedStrings.xml') ?? '').matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    for (let i = 2; i <= sheetNames.length; i++) {
      const sheet = parts.get(`xl/worksheets/sheet${i}.xml`)!;
      expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      expect(sheet).toMatch(/<autoFilter ref="A1:I1"/);
      expect(sheet).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
      const firstRow = /<row r="1"[^>]*>(.*?)<\/row>/.exec(sheet)![1]!;
      const headers = [...firstRow.matchAll(/<v>(\d+)<\/v>/g)].map((m) => shared[Number(m[1])]);
      expect(headers).toEqual([...GRADING_TABLE_HEADERS]);
    }
    // Zone colours (red, yellow, blue of the pharma model) are cell fills.
    const styles = parts.get('xl/styles.xml')!;
    for (const colour of ['FFD9363E', 'FFE6A23C', 'FF3A7BD5']) expect(styles).toContain(colour);
    expect(file.rows).toBe((await api.call('clients.page', {})).total);
  });

  it('CSV: formula-like text gets a leading quote as the last step, and the importer takes it off again', async () => {
    const core = await freshCore();
    const api = apiOf(core);
    const staged = await stageAndInspect(api, 'evil.csv', Buffer.from('医院,姓名,备注,代码\n"=HYPERLINK(""http://x"",""y"")",@张伟,+1,-2\n', 'utf8'));
    await api.call('transfer.commit', { token: staged.token, settings: staged.settings });
    const csv = await api.call('transfer.export', { kind: 'csv' });
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(text).toContain("'@张伟");
    expect(text).toContain("'+1");
    // A number stays a number.
    expect(text).toMatch(/,'\+1,-2\r\n$/);

    const other = await freshCore();
    const otherApi = apiOf(other);
    const back = await stageAndInspect(otherApi, 'back.csv', Buffer.from(csv.base64, 'base64'));
    await otherApi.call('transfer.commit', { token: back.token, settings: back.settings });
    expect(storedClients(other)[0]).toMatchObject({ hospitalName: '=HYPERLINK("http://x","y")', name: '@张伟', attributes: { 备注: '+1', 代码: -2 } });
  });

  it('xlsx: formula-like text is a text cell with the quotePrefix style and the Text format, shown without a quote, and comes back exactly', async () => {
    const core = await freshCore();
    const api = apiOf(core);
    const staged = await stageAndInspect(api, 'evil.csv', Buffer.from('医院,姓名,备注\n"=HYPERLINK(""http://x"",""y"")",＠张伟,+1\n', 'utf8'));
    await api.call('transfer.commit', { token: staged.token, settings: staged.settings });
    const file = await api.call('transfer.export', { kind: 'clients' });
    const xlsx = xlsxParts(Buffer.from(file.base64, 'base64'));
    const shared = xlsx.get('xl/sharedStrings.xml')!;
    expect(shared).toMatch(/<t[^>]*>=HYPERLINK/);
    expect(shared).not.toMatch(/(?:'|&apos;)(?:=|＠|\+)/);
    const sheet = xlsx.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).not.toMatch(/<f>/);
    // Each such cell's style is quotePrefix (as Excel writes a typed '=x) with number format 49 ('@', Text), so editing it keeps it text.
    const xfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xlsx.get('xl/styles.xml')!)![1]!.matchAll(/<xf [^>]*>/g)].map((m) => m[0]);
    const hyperlinkIndex = shared.split(/<si>/).slice(1).findIndex((si) => si.includes('=HYPERLINK'));
    const cell = new RegExp(`<c [^>]*s="(\\d+)"[^>]*t="s"[^>]*><v>${hyperlinkIndex}</v>`).exec(sheet);
    expect(cell).not.toBeNull();
    expect(xfs[Number(cell![1])]).toMatch(/numFmtId="49"/);
    expect(xfs[Number(cell![1])]).toMatch(/quotePrefix="1"/);
    expect(xfs.filter((xf) => xf.includes('quotePrefix'))).toEqual(xfs.filter((xf) => xf.includes('numFmtId="49"')));

    const other = await freshCore();
    const otherApi = apiOf(other);
    const back = await stageAndInspect(otherApi, file.fileName, Buffer.from(file.base64, 'base64'));
    await otherApi.call('transfer.commit', { token: back.token, settings: back.settings });
    expect(storedClients(other)[0]).toMatchObject({ hospitalName: '=HYPERLINK("http://x","y")', name: '＠张伟', attributes: { 备注: '+1' } });
  });

  it('writes GBK on request and lists what GBK cannot hold', async () => {
    const core = await freshCore();
    const api = apiOf(core);
    const staged = await stageAndInspect(api, 'rare.csv', Buffer.from('医院,姓名\n第一医院,𠮷野家\n第一医院,张伟\n', 'utf8'));
    await api.call('transfer.commit', { token: staged.token, settings: staged.settings });
    const file = await api.call('transfer.export', { kind: 'csv', encoding: 'gbk' });
    expect(file.fileName).toMatch(/GBK\.csv$/);
    expect(file.unrepresentable).toEqual([{ row: expect.any(Number) as number, column: '姓名', text: '𠮷野家' }]);
    const text = iconv.decode(Buffer.from(file.base64, 'base64'), 'gbk');
    expect(text).toContain('张伟');
    expect(text).toContain('?野家');
  });
});

describe('round trips: export, then import, gives back the same clients and grades', () => {
  it('the full client list (xlsx), with overrides, reasons, regions and extra attributes', async () => {
    const source = await freshCore(true);
    const api = apiOf(source);
    const ids = (await api.call('clients.page', { limit: 3 })).rows.map((row) => row.id);
    await api.call('grades.override', { clientIds: ids, cell: 'C3', reason: '退休返聘' });
    await api.call('clients.update', { id: ids[0]!, changes: { attributes: { 爱好: '钓鱼', 生日: '1970-01-01', 分数: 7.5 } } });
    source.context.db.prepare("UPDATE clients SET region = '华东' WHERE id % 2 = 0").run();
    const file = await api.call('transfer.export', { kind: 'clients' });

    const target = await freshCore();
    const targetApi = apiOf(target);
    const staged = await stageAndInspect(targetApi, file.fileName, Buffer.from(file.base64, 'base64'));
    expect(staged.inspect.mapping.filter((target) => target.startsWith('attr:'))).toEqual(['attr:爱好', 'attr:生日', 'attr:分数']);
    const report = await targetApi.call('transfer.commit', { token: staged.token, settings: staged.settings });
    expect(report.counts.skipped).toBe(0);
    expect(sortByKey(storedClients(target))).toEqual(sortByKey(storedClients(source)));

    // Importing the same file into the database it came from changes nothing.
    const again = await stageAndInspect(api, file.fileName, Buffer.from(file.base64, 'base64'));
    const same = await api.call('transfer.commit', { token: again.token, settings: again.settings });
    expect(same.counts).toMatchObject({ added: 0, updated: 0, unchanged: storedClients(source).length });
    expect(same.changeId).toBeNull();
  }, 120_000);

  it('CSV in UTF-8 with BOM and in GBK', async () => {
    const source = await freshCore(true);
    const api = apiOf(source);
    for (const encoding of ['utf-8', 'gbk'] as const) {
      const file = await api.call('transfer.export', { kind: 'csv', encoding });
      const target = await freshCore();
      const targetApi = apiOf(target);
      const staged = await stageAndInspect(targetApi, file.fileName, Buffer.from(file.base64, 'base64'));
      expect(staged.inspect.encoding?.used).toBe(encoding === 'gbk' ? 'gb18030' : 'utf-8');
      await targetApi.call('transfer.commit', { token: staged.token, settings: staged.settings });
      expect(sortByKey(storedClients(target))).toEqual(sortByKey(storedClients(source)));
    }
  }, 120_000);

  it('the grading table, sheet by sheet with the sheet as the rep: the same clients in the same cells', async () => {
    const source = await freshCore(true);
    const api = apiOf(source);
    const file = await api.call('transfer.export', { kind: 'gradingTable' });
    const bytes = Buffer.from(file.base64, 'base64');
    const target = await freshCore();
    const targetApi = apiOf(target);
    // The file is sent once: after each sheet the core keeps it staged for the next one.
    const first = await stageAndInspect(targetApi, file.fileName, bytes);
    expect(first.inspect.sheet).toBe('汇总');
    const imported: string[] = [];
    let next: string | undefined = first.inspect.sheets[1]?.name;
    while (next !== undefined) {
      const inspect = await targetApi.call('transfer.inspect', { token: first.token, sheet: next });
      const settings = { headerRow: inspect.header!.row, headerRows: inspect.header!.rows, mapping: inspect.mapping, repFromSheet: true };
      const report = await targetApi.call('transfer.commit', { token: first.token, settings });
      expect(report.counts.skipped).toBe(0);
      expect(report.keptToken).toBe(first.token);
      expect(report.otherSheets).not.toContain(next);
      imported.push(next);
      next = report.otherSheets.find((sheet) => sheet !== '汇总' && !imported.includes(sheet));
    }
    expect(imported).toEqual(first.inspect.sheets.slice(1).map((sheet) => sheet.name));
    expect(await targetApi.call('transfer.discard', { token: first.token })).toEqual({ discarded: true });
    const view = (clients: StoredClient[]) =>
      clients
        .map((c) => [c.repName, c.hospitalName, c.department, c.name, c.title, c.volumeOurs, c.cell].join('|'))
        .sort();
    expect(view(storedClients(target))).toEqual(view(storedClients(source)));
  }, 120_000);
});
