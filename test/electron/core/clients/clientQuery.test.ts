import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../../shared/contract';
import type { Core } from '../../../../electron/core/openCore';
import { searchKeys } from '../../../../electron/core/clients/searchKeys';
import { openTestCore } from '../../../harness/openTestCore';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let core: Core;
let api: Api;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tg-query-'));
  core = await openTestCore(dir, { seedDemo: true });
  api = createApi(core.router);
});
afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

const collator = new Intl.Collator('zh-CN');

describe('client queries run in SQL and agree with what the grid shows', () => {
  it('sorts names in pinyin order, like Intl.Collator("zh-CN")', async () => {
    const rows = (await api.call('clients.page', { query: { sort: [{ field: 'name', dir: 'asc' }] }, limit: 1000 })).rows;
    const names = rows.map((r) => r.name);
    // Homophones may differ in order between the collator and pinyin; compare by pinyin key, then check a sample.
    const keys = names.map((n) => searchKeys(n).key!);
    expect([...keys].sort()).toEqual(keys);
    const sample = ['张伟', '李娜', '王芳', '阿凯', '赵敏', '陈晨', '欧阳晨'];
    expect([...sample].sort((a, b) => (searchKeys(a).key! < searchKeys(b).key! ? -1 : 1))).toEqual([...sample].sort(collator.compare));
    const desc = (await api.call('clients.page', { query: { sort: [{ field: 'name', dir: 'desc' }] }, limit: 5 })).rows.map((r) => searchKeys(r.name).key!);
    expect([...desc].sort().reverse()).toEqual(desc);
  });

  it('counts per zone of the filtered rows add up to the total, and match the board', async () => {
    const all = await api.call('clients.page', { limit: 1 });
    const stats = await api.call('stats.summary', {});
    for (const zone of stats.zones) expect(all.zoneCounts[zone.id]).toBe(zone.count);
    const red = await api.call('clients.page', { query: { zones: ['red'] }, limit: 1000 });
    expect(red.total).toBe(stats.zones.find((z) => z.id === 'red')!.count);
    expect(red.rows.every((r) => r.zoneId === 'red' && ['A1', 'A2', 'B1', 'B2'].includes(r.cell!))).toBe(true);
  });

  it('finds clients by pinyin initials and by hospital, and filters numbers, sets, cells and reps', async () => {
    const someone = (await api.call('clients.page', { limit: 1 })).rows[0]!;
    const initials = searchKeys(someone.name).initials!;
    const byInitials = await api.call('clients.page', { query: { search: initials }, limit: 1000 });
    expect(byInitials.rows.map((r) => r.id)).toContain(someone.id);

    const big = await api.call('clients.page', { query: { conditions: [{ kind: 'number', field: 'volumeOurs', op: 'greaterThan', value: 1000 }] }, limit: 1000 });
    expect(big.total).toBeGreaterThan(0);
    expect(big.rows.every((r) => (r.volumeOurs ?? 0) > 1000)).toBe(true);

    const titles = await api.call('clients.page', { query: { conditions: [{ kind: 'set', field: 'title', values: ['主治医师', null] }] }, limit: 1000 });
    expect(titles.rows.every((r) => r.title === '主治医师' || r.title === null)).toBe(true);

    const potentialA = await api.call('clients.page', { query: { conditions: [{ kind: 'set', field: 'potential', values: ['A'] }] }, limit: 1 });
    const stats = await api.call('stats.summary', {});
    const count = (code: string) => stats.cells.find((c) => c.code === code)!.count;
    expect(potentialA.total).toBe(count('A1') + count('A2') + count('A3'));

    const reps = await api.call('reps.list', {});
    const oneRep = await api.call('clients.page', { query: { repIds: [reps[2]!.id], cells: ['C3'] }, limit: 1000 });
    expect(oneRep.rows.every((r) => r.repId === reps[2]!.id && r.cell === 'C3')).toBe(true);
    expect(oneRep.total).toBe(stats.perRep.find((r) => r.repId === reps[2]!.id)!.perCell.C3);
  });

  it('sorts by volume with blanks last and by cell in board order; facets list values with counts', async () => {
    const byVolume = (await api.call('clients.page', { query: { sort: [{ field: 'volumeOurs', dir: 'desc' }] }, limit: 1000 })).rows;
    const volumes = byVolume.map((r) => r.volumeOurs).filter((v): v is number => v !== null);
    expect([...volumes].sort((a, b) => b - a)).toEqual(volumes);
    const last = (await api.call('clients.page', { query: { sort: [{ field: 'volumeOurs', dir: 'desc' }] }, offset: byVolume.length > 0 ? (await api.call('clients.page', { limit: 1 })).total - 1 : 0, limit: 1 })).rows[0]!;
    expect(last.volumeOurs).toBeNull();
    const facets = await api.call('clients.facets', { field: 'title' });
    expect(facets.reduce((sum, f) => sum + f.count, 0)).toBe((await api.call('clients.page', { limit: 1 })).total);
    const cells = await api.call('clients.facets', { field: 'cell' });
    expect(cells.map((f) => f.value)).toEqual(['A3', 'A2', 'A1', 'B3', 'B2', 'B1', 'C3', 'C2', 'C1']);
  });

  it('select-all ids follow the same filter and order', async () => {
    const query = { zones: ['blue'], sort: [{ field: 'hospitalName' as const, dir: 'asc' as const }] };
    const ids = await api.call('clients.ids', { query });
    const page = await api.call('clients.page', { query, limit: 1000 });
    expect(ids.slice(0, page.rows.length)).toEqual(page.rows.map((r) => r.id));
    expect(ids).toHaveLength(page.total);
  });
});

describe('the counts of the unfiltered grid', () => {
  it('count every client by the zone of its effective cell, overrides and ungraded clients included', async () => {
    const ids = await api.call('clients.ids', { query: {} });
    await api.call('grades.override', { clientIds: ids.slice(0, 40), cell: 'C3', reason: '测试计数' });
    await api.call('grades.override', { clientIds: ids.slice(40, 60), cell: 'A1', reason: '测试计数' });
    await api.call('clients.update', { id: ids[70]!, changes: { behaviour: null } });
    const tally: Record<string, number> = {};
    for (let i = 0; i < ids.length; i += 1000) {
      for (const row of await api.call('clients.rows', { ids: ids.slice(i, i + 1000) })) if (row.zoneId) tally[row.zoneId] = (tally[row.zoneId] ?? 0) + 1;
    }
    const page = await api.call('clients.page', { query: {}, limit: 1 });
    expect(page.total).toBe(ids.length);
    expect(page.zoneCounts).toEqual(tally);
    // The same counts as through the filter path (a condition every client meets).
    const filtered = await api.call('clients.page', { query: { repIds: [...(await api.call('reps.list', {})).map((rep) => rep.id), null] }, limit: 1 });
    expect(filtered.zoneCounts).toEqual(tally);
    await api.call('history.undo', {});
    await api.call('history.undo', {});
    await api.call('history.undo', {});
  });
});
