import { describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/contract';
import type { Core } from '../../../../electron/core/openCore';
import { regionsInPinyinOrder } from '../../../../electron/core/db/repos/clientsRepo';
import { useTestCores } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';
import { apiOf, importFixture } from '../transfer/transferHarness';

const freshCore = useTestCores(useTempDir('tg-region-'));

/**
 * A roll-up on a real SQLite file: 华东's and 华北's grading tables imported with their
 * region, one client in 安徽 and one without a region. By code point 华东 sorts before 华北
 * and 安徽 after both; by pinyin (an hui, hua bei, hua dong) the other way round.
 */
async function rollUp(): Promise<{ core: Core; api: Api; ids: Record<string, number> }> {
  const core = await freshCore();
  const api = apiOf(core);
  await importFixture(api, 'region-east.xlsx', { region: '华东' });
  await importFixture(api, 'region-north.xlsx', { region: '华北' });
  const anhui = await api.call('clients.create', { client: { name: '周立', hospitalName: '安医附院', region: ' 安徽 ' } });
  const none = await api.call('clients.create', { client: { name: '赵六', hospitalName: '安医附院' } });
  expect(anhui.region).toBe('安徽');
  expect(none.region).toBeNull();
  const rows = (await api.call('clients.page', { query: { sort: [{ field: 'id', dir: 'asc' }] }, limit: 100 })).rows;
  return { core, api, ids: Object.fromEntries(rows.map((r) => [`${r.region ?? '-'}:${r.name}`, r.id])) };
}

const regionsOf = (rows: { region: string | null }[]) => rows.map((r) => r.region);

describe('the region as a grid field (regional roll-ups), in SQL on a real SQLite file', () => {
  it('every row carries its region; sorting by it follows pinyin, blanks last both ways', async () => {
    const { api, core } = await rollUp();
    expect(regionsInPinyinOrder(core.context.db)).toEqual(['安徽', '华北', '华东']);
    const asc = (await api.call('clients.page', { query: { sort: [{ field: 'region', dir: 'asc' }, { field: 'name', dir: 'asc' }] }, limit: 100 })).rows;
    expect(regionsOf(asc)).toEqual(['安徽', '华北', '华北', '华东', '华东', null]);
    const desc = (await api.call('clients.page', { query: { sort: [{ field: 'region', dir: 'desc' }] }, limit: 100 })).rows;
    expect(regionsOf(desc)).toEqual(['华东', '华东', '华北', '华北', '安徽', null]);
    // Select-all (clients.ids) orders like the grid.
    expect(await api.call('clients.ids', { query: { sort: [{ field: 'region', dir: 'asc' }, { field: 'name', dir: 'asc' }] } })).toEqual(asc.map((r) => r.id));
  });

  it('filters by region as a page filter (null = no region) and as a column filter, and the board counts the same', async () => {
    const { api } = await rollUp();
    const east = await api.call('clients.page', { query: { regions: ['华东'] }, limit: 100 });
    expect(east.total).toBe(2);
    expect(east.rows.map((r) => r.name).sort()).toEqual(['何平', '罗琳'].sort());
    expect((await api.call('clients.page', { query: { regions: [null] }, limit: 100 })).rows.map((r) => r.name)).toEqual(['赵六']);
    expect((await api.call('clients.page', { query: { regions: ['华北', null] }, limit: 100 })).total).toBe(3);
    expect((await api.call('clients.page', { query: { regions: ['西南'] }, limit: 100 })).total).toBe(0);
    const set = await api.call('clients.page', { query: { conditions: [{ kind: 'set', field: 'region', values: ['华北', null] }] }, limit: 100 });
    expect(regionsOf(set.rows).sort()).toEqual(['华北', '华北', null].sort());
    const text = await api.call('clients.page', { query: { conditions: [{ kind: 'text', field: 'region', op: 'startsWith', value: '华' }] }, limit: 100 });
    expect(text.total).toBe(4);
    const blank = await api.call('clients.page', { query: { conditions: [{ kind: 'text', field: 'region', op: 'blank' }] }, limit: 100 });
    expect(blank.rows.map((r) => r.name)).toEqual(['赵六']);
    // The same filters for the board (its counts and the grid's agree).
    const board = await api.call('board.summary', { query: { regions: ['华东'] } });
    expect(board.totals.clients).toBe(2);
    expect(board.cells.find((c) => c.code === 'A1')!.count + board.cells.find((c) => c.code === 'A2')!.count).toBe(2);
  });

  it('facets list each region with its count, the clients without one as null, under the other filters', async () => {
    const { api } = await rollUp();
    const facets = await api.call('clients.facets', { field: 'region' });
    expect(facets).toEqual(
      expect.arrayContaining([
        { value: '安徽', count: 1 },
        { value: '华北', count: 2 },
        { value: '华东', count: 2 },
        { value: null, count: 1 },
      ]),
    );
    expect(facets).toHaveLength(4);
    // Named regions in pinyin order.
    expect(facets.filter((f) => f.value !== null).map((f) => f.value)).toEqual(['安徽', '华北', '华东']);
    // All clients' regions are read from the index; under a filter, in SQL with the joins: the same answer.
    const viaJoins = await api.call('clients.facets', { field: 'region', query: { conditions: [{ kind: 'text', field: 'name', op: 'notBlank' }] } });
    expect(viaJoins).toEqual(facets);
    expect(await api.call('clients.facets', { field: 'region', limit: 2 })).toEqual(facets.slice(0, 2));
    const underFilter = await api.call('clients.facets', { field: 'region', query: { search: '何平' } });
    expect(underFilter.map((f) => [f.value, f.count])).toEqual([
      ['华北', 1],
      ['华东', 1],
    ]);
    const hospitalsOfEast = await api.call('clients.facets', { field: 'hospitalName', query: { regions: ['华东'] } });
    expect(hospitalsOfEast).toEqual([{ value: '华山医院', count: 2 }]);
  });

  it('an edit of the region is one undo step: the row, its sort and facets follow, and undo restores it exactly', async () => {
    const { api, core, ids } = await rollUp();
    const id = ids['华东:罗琳']!;
    const before = core.context.db.prepare('SELECT * FROM clients WHERE id = ?').get(id);
    const edited = await api.call('clients.update', { id, changes: { region: '华北' } });
    expect(edited).toMatchObject({ id, region: '华北', name: '罗琳' });
    expect((await api.call('history.state', {})).undoCommand).toBe('clients.update');
    expect((await api.call('clients.facets', { field: 'region' })).find((f) => f.value === '华北')!.count).toBe(3);
    expect((await api.call('clients.page', { query: { regions: ['华东'] }, limit: 10 })).total).toBe(1);

    await api.call('history.undo', {});
    expect(core.context.db.prepare('SELECT * FROM clients WHERE id = ?').get(id)).toEqual(before);
    expect((await api.call('clients.rows', { ids: [id] }))[0]!.region).toBe('华东');
    await api.call('history.redo', {});
    expect((await api.call('clients.rows', { ids: [id] }))[0]!.region).toBe('华北');

    // Blank clears it; a bulk edit sets it on several rows in one step.
    expect((await api.call('clients.update', { id, changes: { region: '  ' } })).region).toBeNull();
    const bulk = await api.call('clients.bulkUpdate', { ids: [ids['华北:何平']!, ids['-:赵六']!], changes: { region: '西南' } });
    expect(bulk.count).toBe(2);
    expect(regionsOf(await api.call('clients.rows', { ids: [ids['华北:何平']!, ids['-:赵六']!] }))).toEqual(['西南', '西南']);
    await api.call('history.undo', {});
    expect(regionsOf(await api.call('clients.rows', { ids: [ids['华北:何平']!, ids['-:赵六']!] }))).toEqual(['华北', null]);
    await expect(api.call('clients.update', { id, changes: { region: '区'.repeat(101) } })).rejects.toMatchObject({ error: { code: 'input.invalid' } });
  });

  it('a region with quotes is data, never SQL: it sorts, filters and counts like any other', async () => {
    const { api } = await rollUp();
    const odd = await api.call('clients.create', { client: { name: '钱七', region: `O'Neil "东区"` } });
    expect(odd.region).toBe(`O'Neil "东区"`);
    const sorted = (await api.call('clients.page', { query: { sort: [{ field: 'region', dir: 'asc' }] }, limit: 100 })).rows;
    expect(regionsOf(sorted).at(-1)).toBeNull();
    expect(regionsOf(sorted)).toContain(`O'Neil "东区"`);
    expect((await api.call('clients.page', { query: { regions: [`O'Neil "东区"`] }, limit: 10 })).rows.map((r) => r.id)).toEqual([odd.id]);
    expect((await api.call('clients.facets', { field: 'region' })).find((f) => f.value === `O'Neil "东区"`)?.count).toBe(1);
  });
});
