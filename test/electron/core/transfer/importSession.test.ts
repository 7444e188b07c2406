import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/contract';
import type { Core } from '../../../../electron/core/openCore';
import { openTestCore } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';
import { apiOf, importFixture, stageAndInspect, storedClients } from './transferHarness';

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

const csv = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8');

async function importCsv(core: Core, text: string, settings: Record<string, unknown> = {}) {
  const api = apiOf(core);
  const staged = await stageAndInspect(api, 'test.csv', csv(text));
  return api.call('transfer.commit', { token: staged.token, settings: { ...staged.settings, ...settings } });
}

const HEADER = '医院,医院级别,科室,姓名,职称,处方行为,月均处方量(支)';

describe('an import is one command', () => {
  it('adds, then on a second file updates what changed and leaves the rest unchanged', async () => {
    const core = await freshCore();
    const first = await importCsv(core, `${HEADER}\n第一医院,三甲,心内科,张伟,主任医师,首选,500\n第一医院,三甲,心内科,王芳,主治医师,次选,200\n`);
    expect(first.counts).toMatchObject({ added: 2, updated: 0, unchanged: 0 });
    // Same file with a new volume for 王芳, a full-width hospital name, and an extra attribute column.
    const second = await importCsv(core, `医院,医院级别,科室,姓名,职称,处方行为,月均处方量(支),备注\n第一医院,三甲,心内科,张伟,主任医师,首选,500,\n第一医院,三级,心内科,王芳,主治医师,二线,300,新\n`);
    expect(second.counts).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    const clients = storedClients(core);
    expect(clients).toHaveLength(2);
    // Dictionary words that mean the same (次选 / 二线, 三甲 / 三级) do not count as changes.
    expect(clients.find((c) => c.name === '王芳')).toMatchObject({ volumeOurs: 300, behaviour: '次选', hospitalClass: '三甲', attributes: { 备注: '新' }, cell: 'A2' });
  });

  it('undo removes the whole import (hospitals and reps it created too); redo brings it back', async () => {
    const core = await freshCore(true);
    const api = apiOf(core);
    const before = (await api.call('clients.page', {})).total;
    const hospitals = (await api.call('hospitals.list', {})).length;
    const reps = (await api.call('reps.list', {})).length;
    const report = await importCsv(core, `医院,医院级别,科室,姓名,职称,处方行为,代表\n新开医院,二甲,眼科,甲一,主治医师,首选,新代表\n新开医院,二甲,眼科,甲二,主治医师,竞品,新代表\n`);
    expect(report.changeId).not.toBeNull();
    expect(report.backupPath).toMatch(/before-import-/);
    expect((await api.call('clients.page', {})).total).toBe(before + 2);
    expect(await api.call('history.state', {})).toMatchObject({ canUndo: true, undoCommand: 'transfer.commit' });
    await api.call('history.undo', {});
    expect((await api.call('clients.page', {})).total).toBe(before);
    expect((await api.call('hospitals.list', {})).length).toBe(hospitals);
    expect((await api.call('reps.list', {})).length).toBe(reps);
    await api.call('history.redo', {});
    const clients = storedClients(core).filter((c) => c.hospitalName === '新开医院');
    expect(clients.map((c) => [c.name, c.repName, c.cell])).toEqual([
      ['甲一', '新代表', 'B1'],
      ['甲二', '新代表', 'B3'],
    ]);
  });

  it('undo, redo and undo again give back exactly the rows before and after the import', async () => {
    const core = await freshCore(true);
    const api = apiOf(core);
    const dump = () =>
      Object.fromEntries(
        ['clients', 'hospitals', 'reps', 'grades', 'overrides'].map((table) => [table, core.context.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()]),
      );
    const before = dump();
    // New clients, a later row filling a new client's blank (merged), and a file grade kept as an override.
    await importCsv(
      core,
      `医院,医院级别,科室,姓名,职称,处方行为,月均处方量(支),客户级别,备注\n新开医院,二甲,眼科,甲一,主治医师,首选,,C3,\n新开医院,二甲,眼科,甲二,主治医师,竞品,40,,x\n新开医院,二甲,眼科,甲一,主治医师,首选,120,,补\n`,
    );
    const after = dump();
    expect((after.overrides as unknown[]).length).toBeGreaterThan((before.overrides as unknown[]).length);
    await api.call('history.undo', {});
    expect(dump()).toEqual(before);
    await api.call('history.redo', {});
    expect(dump()).toEqual(after);
    await api.call('history.undo', {});
    expect(dump()).toEqual(before);
    await api.call('history.redo', {});
    expect(dump()).toEqual(after);
  });

  it('imports nothing and records no undo step when a file changes nothing', async () => {
    const core = await freshCore();
    const text = `${HEADER}\n第一医院,三甲,心内科,张伟,主任医师,首选,500\n`;
    await importCsv(core, text);
    const again = await importCsv(core, text);
    expect(again.counts).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    expect(again.changeId).toBeNull();
  });
});

describe('modes, duplicates and ambiguous matches', () => {
  const base = `${HEADER}\n第一医院,三甲,心内科,张伟,主任医师,首选,500\n`;

  it('add-only skips existing clients; update-only skips new ones', async () => {
    const core = await freshCore();
    await importCsv(core, base);
    const next = `${HEADER}\n第一医院,三甲,心内科,张伟,主任医师,首选,900\n第一医院,三甲,心内科,新人,住院医师,首选,10\n`;
    const add = await importCsv(core, next, { mode: 'add' });
    expect(add.counts).toMatchObject({ added: 1, updated: 0 });
    expect(add.lines.find((line) => line.row === 2)?.skip?.reason).toBe('exists');
    const update = await importCsv(core, `${next}第一医院,三甲,心内科,又一人,住院医师,首选,10\n`, { mode: 'update' });
    expect(update.counts).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    expect(update.lines.find((line) => line.row === 4)?.skip?.reason).toBe('noMatch');
    expect(storedClients(core).find((c) => c.name === '张伟')?.volumeOurs).toBe(900);
  });

  it('flags duplicates inside the file instead of merging them when asked', async () => {
    const core = await freshCore();
    const report = await importCsv(core, `${HEADER}\n第一医院,三甲,心内科,张伟,主任医师,首选,500\n第一医院,三甲,心内科,张伟,主任医师,首选,600\n`, { duplicates: 'flag' });
    expect(report.counts).toMatchObject({ added: 1, skipped: 1 });
    expect(report.lines[0]).toMatchObject({ row: 3, skip: { reason: 'duplicate', params: { row: 2 } } });
    expect(report.duplicates).toEqual([{ row: 3, firstRow: 2, name: '张伟', conflict: true }]);
  });

  it('lists ambiguous matches for the user, who decides per row', async () => {
    const core = await freshCore();
    const api = apiOf(core);
    // Two 张伟 at 第一医院 in different departments; the file has no department column.
    await importCsv(core, `${HEADER}\n第一医院,三甲,心内科,张伟,主任医师,首选,500\n第一医院,三甲,神经内科,张伟,主治医师,次选,100\n`);
    const ids = storedClients(core).map((c) => c.id);
    const staged = await stageAndInspect(api, 'b.csv', csv('医院,姓名,月均处方量(支)\n第一医院,张伟,777\n第一医院,李四,5\n'));
    const preview = await api.call('transfer.preview', { token: staged.token, settings: staged.settings });
    expect(preview.ambiguous).toHaveLength(1);
    expect(preview.ambiguous[0]!.candidates.map((c) => c.department)).toEqual(['心内科', '神经内科']);
    expect(preview.rows[0]).toMatchObject({ row: 2, outcome: 'skipped', skip: { reason: 'ambiguous' } });
    const report = await api.call('transfer.commit', {
      token: staged.token,
      settings: { ...staged.settings, decisions: [{ row: 2, action: 'update', clientId: ids[1]! }] },
    });
    expect(report.counts).toMatchObject({ added: 1, updated: 1 });
    expect(storedClients(core).map((c) => [c.department, c.volumeOurs])).toEqual([
      ['心内科', 500],
      ['神经内科', 777],
      [null, 5],
    ]);
  });
});

describe('grades from the file (DOMAIN 2.5)', () => {
  const header = '医院,医院级别,科室,姓名,职称,处方行为,月均处方量(支),客户分级,客户级别';

  it('stores nothing where the formula agrees, an override 导入的级别 where it disagrees or cannot grade', async () => {
    const core = await freshCore();
    await importCsv(
      core,
      `${header}\n第一医院,三甲,心内科,同意,主任医师,1,500,A,A1\n第一医院,三甲,心内科,不同意,主任医师,1,500,B,B1\n无级别医院,,心内科,无法计算,主任医师,2,100,C,C2\n`,
    );
    const byName = new Map(storedClients(core).map((c) => [c.name, c]));
    expect(byName.get('同意')).toMatchObject({ formulaCell: 'A1', overrideCell: null, cell: 'A1' });
    expect(byName.get('不同意')).toMatchObject({ formulaCell: 'A1', overrideCell: 'B1', overrideReason: '导入的级别', cell: 'B1' });
    expect(byName.get('无法计算')).toMatchObject({ formulaCell: null, overrideCell: 'C2', overrideReason: '导入的级别', cell: 'C2' });
  });

  it('replaces or clears an override so the cell is exactly the file’s, and undo restores it', async () => {
    const core = await freshCore();
    const api = apiOf(core);
    await importCsv(core, `${HEADER}\n第一医院,三甲,心内科,张伟,主任医师,首选,500\n第一医院,三甲,心内科,王芳,主任医师,首选,500\n`);
    const [zhang, wang] = storedClients(core);
    await api.call('grades.override', { clientIds: [zhang!.id, wang!.id], cell: 'C3', reason: '离职' });
    const report = await importCsv(core, `${header}\n第一医院,三甲,心内科,张伟,主任医师,1,500,A,A1\n第一医院,三甲,心内科,王芳,主任医师,1,500,B,B2\n`);
    expect(report.counts).toMatchObject({ updated: 2, overrides: 2 });
    expect(storedClients(core).map((c) => [c.name, c.overrideCell, c.overrideReason, c.cell])).toEqual([
      ['张伟', null, null, 'A1'],
      ['王芳', 'B2', '导入的级别', 'B2'],
    ]);
    await api.call('history.undo', {});
    expect(storedClients(core).map((c) => [c.overrideCell, c.overrideReason])).toEqual([
      ['C3', '离职'],
      ['C3', '离职'],
    ]);
  });

  it('changes a hospital’s class for all its clients, regrades them, and warns', async () => {
    const core = await freshCore();
    await importCsv(core, `${HEADER}\n第一医院,二甲,心内科,张伟,主任医师,首选,500\n第一医院,二甲,骨科,王芳,主任医师,首选,500\n`);
    expect(storedClients(core).map((c) => c.cell)).toEqual(['A1', 'A1']);
    const report = await importCsv(core, `医院,医院级别,姓名,科室\n第一医院,社区医院,张伟,心内科\n`);
    expect(report.hospitalChanges).toEqual([{ hospital: '第一医院', from: '二甲', to: '社区医院', clients: 2 }]);
    expect(storedClients(core).map((c) => c.cell)).toEqual(['B1', 'B1']);
  });

  it('refuses to preview without a name column, and a token that was never staged', async () => {
    const core = await freshCore();
    const api = apiOf(core);
    const staged = await stageAndInspect(api, 'x.csv', csv('医院,姓名\n第一医院,张伟\n'));
    await expect(api.call('transfer.preview', { token: staged.token, settings: { ...staged.settings, mapping: ['hospitalName', 'ignore'] } })).rejects.toMatchObject({
      error: { code: 'transfer.noNameColumn' },
    });
    const error = await api.call('transfer.preview', { token: 'f'.repeat(32), settings: staged.settings }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).error.code).toBe('transfer.stagedFileGone');
  });

  it('remembers the mapping the user confirmed for the same header row', async () => {
    const core = await freshCore();
    const api = apiOf(core);
    const text = csv('单位,名字,奇怪的列\n第一医院,张伟,x\n');
    const staged = await stageAndInspect(api, 'm.csv', text);
    expect(staged.inspect.mappingSource).toBe('suggested');
    await api.call('transfer.commit', { token: staged.token, settings: { ...staged.settings, mapping: ['hospitalName', 'name', 'ignore'] } });
    const again = await stageAndInspect(api, 'm2.csv', text);
    expect(again.inspect.mappingSource).toBe('remembered');
    expect(again.inspect.mapping).toEqual(['hospitalName', 'name', 'ignore']);
  });

  it('tags a regional table with its region and matches within that region only', async () => {
    const core = await freshCore();
    const api = apiOf(core);
    await importFixture(api, 'region-east.xlsx', { region: '华东' });
    await importFixture(api, 'region-north.xlsx', { region: '华北' });
    const regions = await api.call('transfer.regions', {});
    expect(regions.map((r) => [r.region, r.clients])).toEqual([
      ['华东', 2],
      ['华北', 2],
    ]);
    const conflicts = await api.call('transfer.conflicts', {});
    expect(conflicts).toMatchObject({ total: 1, gradedDifferently: 1 });
    expect(conflicts.groups[0]).toMatchObject({ name: '何平', hospitalName: '华山医院', gradedDifferently: true });
    expect(conflicts.groups[0]!.clients.map((c) => [c.region, c.cell])).toEqual([
      ['华东', 'A1'],
      ['华北', 'A2'],
    ]);
    const imports = await api.call('transfer.imports', {});
    expect(imports.map((i) => [i.fileName, i.region, i.added, i.undone])).toEqual([
      ['region-north.xlsx', '华北', 2, false],
      ['region-east.xlsx', '华东', 2, false],
    ]);
  });
});
