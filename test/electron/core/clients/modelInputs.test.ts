import { describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/contract';
import type { Core } from '../../../../electron/core/openCore';
import { parseDelimited } from '../../../../shared/transfer';
import { useTestCores } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';
import { apiOf, stageAndInspect, storedClients } from '../transfer/transferHarness';

const freshCore = useTestCores(useTempDir('tg-inputs-'));

/** A core with the B2B model active and four accounts, entered the way users type (synonyms, 万). */
async function b2bRegion(): Promise<{ core: Core; api: Api; ids: Record<string, number> }> {
  const core = await freshCore();
  const api = apiOf(core);
  await api.call('models.activate', { id: 'b2b-lifecycle' });
  const ids: Record<string, number> = {};
  const accounts: [string, Record<string, string | number>][] = [
    ['华信', { lifecycle: '已保有', annualSpend: '250万', grossMargin: 600_000 }],
    ['东方', { lifecycle: 'developing', annualSpend: 800_000 }],
    ['北辰', { lifecycle: 'A', annualSpend: '1,000' }],
    ['南湖', {}],
  ];
  for (const [name, attributes] of accounts) {
    const row = await api.call('clients.create', { client: { name, hospitalName: `${name}集团`, attributes } });
    ids[name] = row.id;
  }
  return { core, api, ids };
}

const names = (rows: { name: string }[]) => rows.map((row) => row.name);

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  parseDelimited(text, ',', { maxRows: 10_000, maxColumns: 256, maxCellChars: 10_000 }, (fields) => rows.push(fields));
  return rows;
}

/** The error a call failed with (the API rejects with an AppFailure-like value). */
async function failureOf(call: Promise<unknown>): Promise<{ code?: string; params?: Record<string, unknown> }> {
  try {
    await call;
  } catch (error) {
    return (error as { error: { code: string; params?: Record<string, unknown> } }).error;
  }
  throw new Error('the call succeeded');
}

describe('a model’s inputs as client fields, on a real SQLite file', () => {
  it('stores what users type as the inputs’ values (synonyms to the canonical value, 万 as a number) and grades with them', async () => {
    const { core, api, ids } = await b2bRegion();
    const stored = new Map(storedClients(core).map((client) => [client.name, client]));
    expect(stored.get('华信')).toMatchObject({ attributes: { lifecycle: 'R', annualSpend: 2_500_000, grossMargin: 600_000 }, cell: 'R3' });
    expect(stored.get('东方')).toMatchObject({ attributes: { lifecycle: 'D', annualSpend: 800_000 }, cell: 'D2' });
    expect(stored.get('北辰')).toMatchObject({ attributes: { lifecycle: 'A', annualSpend: 1000 }, cell: 'A1' });
    // The core refuses what the grid refuses, with the input's name in both languages.
    const refused = await failureOf(api.call('clients.update', { id: ids['南湖']!, changes: { attributes: { lifecycle: '刚认识' } } }));
    expect(refused).toMatchObject({ code: 'clients.invalidValue', params: { field: '客户生命周期', fieldEn: 'Lifecycle', value: '刚认识' } });
    const negative = await failureOf(api.call('clients.update', { id: ids['南湖']!, changes: { attributes: { annualSpend: -5 } } }));
    expect(negative.params).toMatchObject({ reason: '不能小于 0', reasonEn: 'must be at least 0' });
  });

  it('sorts a number input as numbers and a choice input in the order it lists its values, blanks last', async () => {
    const { api } = await b2bRegion();
    const bySpend = await api.call('clients.page', { query: { sort: [{ field: 'attr:annualSpend', dir: 'desc' }] }, limit: 10 });
    expect(names(bySpend.rows)).toEqual(['华信', '东方', '北辰', '南湖']);
    const bySpendAsc = await api.call('clients.page', { query: { sort: [{ field: 'attr:annualSpend', dir: 'asc' }] }, limit: 10 });
    expect(names(bySpendAsc.rows)).toEqual(['北辰', '东方', '华信', '南湖']);
    // R (已保有), D (发展中), A (获取中): the input's order, not the codes' A < D < R.
    const byLifecycle = await api.call('clients.page', { query: { sort: [{ field: 'attr:lifecycle', dir: 'asc' }] }, limit: 10 });
    expect(names(byLifecycle.rows)).toEqual(['华信', '东方', '北辰', '南湖']);
  });

  it('filters a number input by range and blank, a choice input by its values (facets list them in order)', async () => {
    const { api } = await b2bRegion();
    const range = await api.call('clients.page', { query: { conditions: [{ kind: 'number', field: 'attr:annualSpend', op: 'inRange', value: 300_000, valueTo: 2_000_000 }] }, limit: 10 });
    expect(names(range.rows)).toEqual(['东方']);
    const above = await api.call('clients.page', { query: { conditions: [{ kind: 'number', field: 'attr:annualSpend', op: 'greaterThan', value: 5000 }] }, limit: 10 });
    expect(names(above.rows).sort()).toEqual(['东方', '华信'].sort());
    const blank = await api.call('clients.page', { query: { conditions: [{ kind: 'number', field: 'attr:annualSpend', op: 'blank' }] }, limit: 10 });
    expect(names(blank.rows)).toEqual(['南湖']);
    const set = await api.call('clients.page', { query: { conditions: [{ kind: 'set', field: 'attr:lifecycle', values: ['R', 'A'] }] }, limit: 10 });
    expect(names(set.rows).sort()).toEqual(['北辰', '华信'].sort());
    const facets = await api.call('clients.facets', { field: 'attr:lifecycle', query: {}, limit: 10 });
    // Blank first, as every facet lists it; then the input's order.
    expect(facets).toEqual([
      { value: null, count: 1 },
      { value: 'R', count: 1 },
      { value: 'D', count: 1 },
      { value: 'A', count: 1 },
    ]);
  });

  it('bulk-edits an input as one step that undo takes back, regrading the clients both ways', async () => {
    const { core, api, ids } = await b2bRegion();
    const chosen = [ids['东方']!, ids['北辰']!, ids['南湖']!];
    const result = await api.call('clients.bulkUpdate', { ids: chosen, changes: { attributes: { lifecycle: '保有客户' } } });
    expect(result.count).toBe(3);
    const after = new Map(storedClients(core).map((client) => [client.name, client]));
    expect([after.get('东方')!.attributes.lifecycle, after.get('北辰')!.attributes.lifecycle, after.get('南湖')!.attributes.lifecycle]).toEqual(['R', 'R', 'R']);
    expect(after.get('东方')!.cell).toBe('R2');
    expect((await api.call('history.state', {})).undoCommand).toBe('clients.bulkUpdate');
    await api.call('history.undo', {});
    const undone = new Map(storedClients(core).map((client) => [client.name, client]));
    expect(undone.get('东方')).toMatchObject({ attributes: { lifecycle: 'D', annualSpend: 800_000 }, cell: 'D2' });
    expect(undone.get('南湖')!.attributes).toEqual({});
    expect(undone.get('南湖')!.cell).toBeNull();
  });

  it('imports a CSV with the B2B inputs under Chinese and under English headers (万元 scaled to 元), and exports them under their labels', async () => {
    const core = await freshCore();
    const api = apiOf(core);
    await api.call('models.activate', { id: 'b2b-lifecycle' });
    const chinese = '客户名称,单位名称,生命周期,年采购额(万元),年毛利\n李总,华信集团,已保有,250,600000\n王经理,东方公司,发展中,80,\n赵主任,北辰科技,刚认识,约20,\n';
    const zh = await stageAndInspect(api, '客户.csv', Buffer.from(chinese, 'utf8'));
    expect(zh.inspect.mapping).toEqual(['name', 'hospitalName', 'attr:lifecycle', 'attr:annualSpend', 'attr:grossMargin']);
    const preview = await api.call('transfer.preview', { token: zh.token, settings: zh.settings });
    // An unknown lifecycle word is kept as written and offered to the value-mapping step.
    expect(preview.unknownValues).toMatchObject([{ dictionary: 'lifecycle', value: '刚认识', count: 1 }]);
    // The preview shows each row's inputs as they will be stored.
    expect(preview.rows.map((row) => row.inputs)).toEqual([
      { lifecycle: 'R', annualSpend: 2_500_000, grossMargin: 600_000 },
      { lifecycle: 'D', annualSpend: 800_000 },
      { lifecycle: '刚认识', annualSpend: 200_000 },
    ]);
    await api.call('transfer.commit', { token: zh.token, settings: zh.settings });

    const english = 'Client,Organisation,Lifecycle stage,Annual spend,Gross margin\nAnna,Acme Ltd,retained,"3,000,000",120000\n';
    const en = await stageAndInspect(api, 'accounts.csv', Buffer.from(english, 'utf8'));
    expect(en.inspect.mapping).toEqual(['name', 'hospitalName', 'attr:lifecycle', 'attr:annualSpend', 'attr:grossMargin']);
    await api.call('transfer.commit', { token: en.token, settings: en.settings });

    const stored = new Map(storedClients(core).map((client) => [client.name, client]));
    expect(stored.get('李总')).toMatchObject({ hospitalName: '华信集团', attributes: { lifecycle: 'R', annualSpend: 2_500_000, grossMargin: 600_000 }, cell: 'R3' });
    expect(stored.get('王经理')).toMatchObject({ attributes: { lifecycle: 'D', annualSpend: 800_000 }, cell: 'D2' });
    expect(stored.get('赵主任')).toMatchObject({ attributes: { lifecycle: '刚认识', annualSpend: 200_000 }, cell: null });
    expect(stored.get('Anna')).toMatchObject({ hospitalName: 'Acme Ltd', attributes: { lifecycle: 'R', annualSpend: 3_000_000, grossMargin: 120_000 }, cell: 'R3' });

    const csv = await api.call('transfer.export', { kind: 'csv' });
    const rows = parseCsv(Buffer.from(csv.base64, 'base64').toString('utf8').replace(/^\uFEFF/, ''));
    const header = rows[0]!;
    const at = header.indexOf('客户生命周期');
    expect(header.slice(at, at + 3)).toEqual(['客户生命周期', '年采购额(元)', '我方年毛利(元)']);
    const li = rows.find((row) => row.includes('李总'))!;
    expect(li.slice(at, at + 3)).toEqual(['已保有', '2500000', '600000']);

    // The exported list reads back into another database with the same values.
    const other = await freshCore();
    const otherApi = apiOf(other);
    await otherApi.call('models.activate', { id: 'b2b-lifecycle' });
    const back = await stageAndInspect(otherApi, 'back.csv', Buffer.from(csv.base64, 'base64'));
    expect(back.inspect.mapping.slice(at, at + 3)).toEqual(['attr:lifecycle', 'attr:annualSpend', 'attr:grossMargin']);
    await otherApi.call('transfer.commit', { token: back.token, settings: back.settings });
    expect(storedClients(other).find((client) => client.name === '李总')).toMatchObject({ attributes: { lifecycle: 'R', annualSpend: 2_500_000, grossMargin: 600_000 }, cell: 'R3' });
  });

  it('leaves the pharma default as it was: no input columns in the export, the same headers', async () => {
    const core = await freshCore();
    const api = apiOf(core);
    await api.call('clients.create', { client: { name: '张伟', hospitalName: '临江市人民医院', attributes: { 备注: '周二门诊' } } });
    const csv = await api.call('transfer.export', { kind: 'csv' });
    const header = parseCsv(Buffer.from(csv.base64, 'base64').toString('utf8').replace(/^\uFEFF/, ''))[0]!;
    expect(header.at(-1)).toBe('备注');
    expect(header).not.toContain('年采购额(元)');
  });
});
