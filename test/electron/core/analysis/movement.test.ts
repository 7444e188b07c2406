import { describe, expect, it } from 'vitest';
import { BOARD_ORDER, allRows, regionsOf, splitRegions, useAnalysisCores } from './analysisHarness';

const cores = useAnalysisCores();
const R1 = '实际处方量高于模型判断';
const R2 = '科室调整';
const R3 = '已开始试用';

/**
 * The demo after a snapshot: 4 clients A3 → A2 by hand (R1), 2 A1 → B1 by hand (R2), and one
 * A1 client whose formula now gives A3 (its behaviour edited to 竞品).
 */
async function movedDemo() {
  const opened = await cores.demo();
  const { api } = opened;
  const from = await api.call('snapshots.take', { period: '2026-Q3' });
  const rows = await allRows(api);
  const up = rows.filter((row) => row.cell === 'A3').slice(0, 4);
  const a1 = rows.filter((row) => row.cell === 'A1');
  const down = a1.slice(0, 2);
  const formula = a1[2]!;
  await api.call('grades.override', { clientIds: up.map((row) => row.id), cell: 'A2', reason: R1 });
  await api.call('grades.override', { clientIds: down.map((row) => row.id), cell: 'B1', reason: R2 });
  await api.call('clients.update', { id: formula.id, changes: { behaviour: '竞品' } });
  expect((await api.call('clients.rows', { ids: [formula.id] }))[0]).toMatchObject({ cell: 'A3', overrideCell: null });
  return { ...opened, from, up, down, formula, clients: rows.length };
}

describe('analysis.movement', () => {
  it('from a snapshot to today: matrix, counts, and movers up first by name, with the reasons of their overrides', async () => {
    const { api, core, from, up, down, formula, clients } = await movedDemo();
    const result = await api.call('analysis.movement', { fromId: from.id, toId: null });
    const at = (a: string, b: string) => result.matrix[result.cells.indexOf(a)]![result.cells.indexOf(b)];
    expect(result.cells).toEqual(BOARD_ORDER);
    expect(at('A3', 'A2')).toBe(4);
    expect(at('A1', 'B1')).toBe(2);
    expect(at('A1', 'A3')).toBe(1);
    expect(result).toMatchObject({ up: 4, down: 3, same: clients - 7, movers: { total: 7 } });
    expect(result.matrix.flat().reduce((a, b) => a + b, 0)).toBe(clients);

    const nameKey = core.context.db.prepare('SELECT name_key FROM clients WHERE id = ?').pluck();
    // By the grid's name sort key, compared as SQLite compares text (code points), then id.
    const key = (id: number) => String(nameKey.get(id));
    const byName = (rows: { id: number }[]) => [...rows].sort((a, b) => (key(a.id) < key(b.id) ? -1 : key(a.id) > key(b.id) ? 1 : a.id - b.id));
    const expectedOrder = [...byName(up), ...byName([...down, formula])].map((row) => row.id);
    expect(result.movers.rows.map((row) => row.clientId)).toEqual(expectedOrder);
    const byId = new Map(result.movers.rows.map((row) => [row.clientId, row]));
    for (const row of up) expect(byId.get(row.id)).toMatchObject({ from: 'A3', to: 'A2', direction: 1, reason: R1, cell: 'A2', zoneId: 'red', name: row.name, repName: row.repName, hospitalName: row.hospitalName, volume: row.volumeOurs });
    for (const row of down) expect(byId.get(row.id)).toMatchObject({ from: 'A1', to: 'B1', direction: -1, reason: R2 });
    expect(byId.get(formula.id)).toMatchObject({ from: 'A1', to: 'A3', direction: -1, reason: null, zoneId: 'yellow' });

    const page = await api.call('analysis.movement', { fromId: from.id, toId: null, limit: 2 });
    expect(page.movers.total).toBe(7);
    expect(page.movers.rows.map((row) => row.clientId)).toEqual(expectedOrder.slice(0, 2));
    await expect(api.call('analysis.movement', { fromId: 999, toId: null })).rejects.toMatchObject({ error: { code: 'notFound' } });
    await expect(api.call('analysis.movement', { fromId: from.id, toId: 999 })).rejects.toMatchObject({ error: { code: 'notFound' } });
  });

  it('between two snapshots: the same tally as snapshots.compare, and the reason in force when the later one was taken', async () => {
    const { api, from, up, clients } = await movedDemo();
    const to = await api.call('snapshots.take', { period: '2026-Q4' });
    // After the later snapshot, one of the four is moved again with another reason.
    await api.call('grades.override', { clientIds: [up[0]!.id], cell: 'B2', reason: R3 });

    const between = await api.call('analysis.movement', { fromId: from.id, toId: to.id });
    const compare = await api.call('snapshots.compare', { fromId: from.id, toId: to.id });
    expect(between.cells).toEqual(compare.cells);
    expect(between.matrix).toEqual(compare.matrix);
    expect({ up: between.up, down: between.down, same: between.same }).toEqual({ up: compare.up, down: compare.down, same: compare.same });
    expect(between.movers.total).toBe(compare.movers.total);
    expect(new Set(between.movers.rows.map((row) => row.clientId))).toEqual(new Set(compare.movers.rows.map((row) => row.clientId)));
    const moved = between.movers.rows.find((row) => row.clientId === up[0]!.id)!;
    expect(moved).toMatchObject({ from: 'A3', to: 'A2', direction: 1, reason: R1 });

    const today = await api.call('analysis.movement', { fromId: from.id, toId: null });
    expect(today.movers.rows.find((row) => row.clientId === up[0]!.id)).toMatchObject({ from: 'A3', to: 'B2', direction: 0, reason: R3 });
    expect(today.same).toBe(clients - 7);

    // A mover deleted since the later snapshot still moved between the two; today it is gone.
    await api.call('clients.delete', { ids: [up[1]!.id] });
    const after = await api.call('analysis.movement', { fromId: from.id, toId: to.id });
    expect(after.movers.total).toBe(7);
    expect(after.movers.rows.find((row) => row.clientId === up[1]!.id)).toMatchObject({ name: `#${up[1]!.id}`, hospitalName: null, reason: R1 });
    expect((await api.call('analysis.movement', { fromId: from.id, toId: null })).movers.total).toBe(6);
  });

  it('filters by the rep and region at the later point', async () => {
    const moved = await movedDemo();
    const { api, core } = await cores.reopen(moved, splitRegions);
    const regions = regionsOf(core);
    const movers = [...moved.up, ...moved.down, moved.formula];
    const rows = await allRows(api);

    const repId = moved.up[0]!.repId!;
    const byRep = await api.call('analysis.movement', { fromId: moved.from.id, toId: null, repId });
    expect(byRep.movers.rows.map((row) => row.clientId).sort()).toEqual(movers.filter((row) => row.repId === repId).map((row) => row.id).sort());
    expect(byRep.matrix.flat().reduce((a, b) => a + b, 0)).toBe(rows.filter((row) => row.repId === repId).length);

    for (const region of ['华东', '']) {
      const result = await api.call('analysis.movement', { fromId: moved.from.id, toId: null, region });
      const mine = (id: number) => (regions.get(id) ?? '') === region;
      expect(result.movers.total).toBe(movers.filter((row) => mine(row.id)).length);
      expect(result.matrix.flat().reduce((a, b) => a + b, 0)).toBe(rows.filter((row) => mine(row.id)).length);
    }
  });
});
