import { afterEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../../shared/contract';
import type { Core } from '../../../../electron/core/openCore';
import { openTestCore } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';

const tempDir = useTempDir();
let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

async function demo(): Promise<Api> {
  core = await openTestCore(tempDir(), { seedDemo: true });
  return createApi(core.router);
}

async function firstIn(api: Api, cell: string) {
  const page = await api.call('clients.page', { query: { cells: [cell], sort: [{ field: 'volumeOurs', dir: 'desc' }] }, offset: 0, limit: 1 });
  const row = page.rows[0];
  if (!row) throw new Error(`no client in ${cell}`);
  return row;
}

describe('board.summary', () => {
  it('counts every cell like the dashboard, in board order, with visits and volume shares', async () => {
    const api = await demo();
    const [board, stats] = await Promise.all([api.call('board.summary', {}), api.call('stats.summary', {})]);
    expect(board.layout.shape).toBe('grid');
    expect(board.layout.rows).toEqual([
      ['A3', 'A2', 'A1'],
      ['B3', 'B2', 'B1'],
      ['C3', 'C2', 'C1'],
    ]);
    expect(board.cells.map((cell) => cell.code)).toEqual(['A3', 'A2', 'A1', 'B3', 'B2', 'B1', 'C3', 'C2', 'C1']);
    for (const cell of board.cells) {
      const expected = stats.cells.find((c) => c.code === cell.code)!;
      expect({ code: cell.code, count: cell.count, visits: cell.monthlyVisits }).toEqual({ code: cell.code, count: expected.count, visits: expected.monthlyVisits });
    }
    expect(board.totals.clients).toBe(stats.totals.clients);
    expect(board.totals.monthlyVisits).toBe(stats.totals.monthlyVisits);
    expect(board.cells.find((c) => c.code === 'A3')!.visitsPerClient).toBe(4);
    expect(board.cells.find((c) => c.code === 'A2')!.visitsPerClient).toBe(8);
    const shares = board.cells.reduce((sum, cell) => sum + (cell.volumeShare ?? 0), 0);
    expect(shares).toBeCloseTo(1, 9);
    expect(board.cells.reduce((sum, cell) => sum + cell.volumeOurs, 0)).toBe(board.totals.volumeOurs);
    expect(board.zones.map((zone) => zone.id)).toEqual(['red', 'yellow', 'blue']);
  });

  it('follows an override and its undo: the effective cell counts', async () => {
    const api = await demo();
    const client = await firstIn(api, 'A3');
    const before = await api.call('board.summary', {});
    await api.call('grades.override', { clientIds: [client.id], cell: 'A2', reason: '实际处方量高于模型判断' });
    const after = await api.call('board.summary', {});
    const get = (summary: typeof before, code: string) => summary.cells.find((c) => c.code === code)!;
    expect(get(after, 'A3').count).toBe(get(before, 'A3').count - 1);
    expect(get(after, 'A2').count).toBe(get(before, 'A2').count + 1);
    expect(get(after, 'A2').overridden).toBe(1);
    expect(after.totals.overridden).toBe(1);
    expect(after.totals.monthlyVisits).toBe(before.totals.monthlyVisits + 4);
    const overridden = await api.call('board.summary', { query: { overriddenOnly: true } });
    expect(overridden.totals.clients).toBe(1);
    expect(overridden.cells.find((c) => c.count > 0)?.code).toBe('A2');
    await api.call('history.undo', {});
    expect(await api.call('board.summary', {})).toEqual(before);
  });

  it('narrows to one rep, a zone, a hospital and a search with the client grid’s filters', async () => {
    const api = await demo();
    const reps = await api.call('reps.list', {});
    const rep = reps[0]!;
    const byRepId = await api.call('board.summary', { repId: rep.id });
    const byQuery = await api.call('board.summary', { query: { repIds: [rep.id] } });
    expect(byRepId).toEqual(byQuery);
    const repStats = await api.call('stats.summary', { repId: rep.id });
    expect(byRepId.totals.clients).toBe(repStats.totals.clients);

    const red = await api.call('board.summary', { query: { zones: ['red'] } });
    for (const cell of red.cells) if (!['A1', 'A2', 'B1', 'B2'].includes(cell.code)) expect(cell.count).toBe(0);

    const hospital = (await api.call('clients.facets', { field: 'hospitalName', query: {} }))[0]!;
    const byHospital = await api.call('board.summary', { query: { conditions: [{ kind: 'set', field: 'hospitalName', values: [hospital.value as string] }] } });
    expect(byHospital.totals.clients).toBe(hospital.count);

    // A cell's count is the total of its card pages.
    const a1 = byHospital.cells.find((c) => c.code === 'A1')!;
    const page = await api.call('clients.page', {
      query: { conditions: [{ kind: 'set', field: 'hospitalName', values: [hospital.value as string] }], cells: ['A1'] },
      offset: 0,
      limit: 1,
    });
    expect(page.total).toBe(a1.count);

    const none = await api.call('board.summary', { query: { search: 'no such client zzz' } });
    expect(none.totals).toMatchObject({ clients: 0, monthlyVisits: 0, volumeOurs: 0 });
    expect(none.cells.every((cell) => cell.volumeShare === null)).toBe(true);
  });

  it('draws another model’s board from its definition', async () => {
    const api = await demo();
    await api.call('models.activate', { id: 'deal-timing' });
    const timing = await api.call('board.summary', {});
    expect(timing.layout.shape).toBe('column');
    expect(timing.layout.rows).toEqual([['A'], ['B'], ['C'], ['D'], ['E']]);
    expect(timing.totals.clients).toBe(timing.totals.ungraded + timing.cells.reduce((sum, cell) => sum + cell.count, 0));

    await api.call('models.activate', { id: 'opportunity-funnel' });
    const funnel = await api.call('board.summary', {});
    expect(funnel.layout.shape).toBe('row');
    expect(funnel.layout.rows[0]).toEqual(['understand', 'confirm', 'prove', 'negotiate', 'close', 'handover']);

    await api.call('models.activate', { id: 'deal-status-profit' });
    const deal = await api.call('board.summary', {});
    expect(deal.layout.rows.map((row) => row.length)).toEqual([3, 3, 3, 3]);
    expect(deal.cells).toHaveLength(12);
  });
});
