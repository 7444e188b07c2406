import { describe, expect, it } from 'vitest';
import { chiSquareSurvival } from '../../../../shared/analysis/chiSquare';
import type { RepDistribution } from '../../../../shared/contract/analysisMethods';
import { allRows, BOARD_ORDER, PHARMA_ZONE, regionsOf, splitRegions, useAnalysisCores } from './analysisHarness';

const cores = useAnalysisCores();
const ZONES = ['red', 'yellow', 'blue'];

/** Pearson's chi-square of a 2 × 3 table written out here, for comparison with the core's. */
function expectedTest(mine: number[], others: number[]) {
  const keep = ZONES.map((_, i) => i).filter((i) => mine[i]! + others[i]! > 0);
  const a = keep.map((i) => mine[i]!);
  const b = keep.map((i) => others[i]!);
  const ra = a.reduce((s, x) => s + x, 0);
  const rb = b.reduce((s, x) => s + x, 0);
  if (keep.length < 2 || ra === 0 || rb === 0) return { chiSquare: 0, degreesOfFreedom: 0, pValue: 1 };
  let chi = 0;
  keep.forEach((_, j) => {
    const column = a[j]! + b[j]!;
    const ea = (ra * column) / (ra + rb);
    const eb = (rb * column) / (ra + rb);
    chi += (a[j]! - ea) ** 2 / ea + (b[j]! - eb) ** 2 / eb;
  });
  return { chiSquare: chi, degreesOfFreedom: keep.length - 1, pValue: chiSquareSurvival(chi, keep.length - 1) };
}

const zoneCounts = (perCell: Record<string, number>) => ZONES.map((zone) => BOARD_ORDER.filter((cell) => PHARMA_ZONE[cell] === zone).reduce((s, cell) => s + (perCell[cell] ?? 0), 0));

/** Every rep's test against the others, recomputed from the perCell counts of the answer. */
function checkTests(result: RepDistribution) {
  const total = zoneCounts(result.region.perCell);
  for (const rep of result.reps) {
    const mine = zoneCounts(rep.perCell);
    const others = total.map((t, i) => t - mine[i]!);
    const expected = expectedTest(mine, others);
    expect(rep.chiSquare).toBeCloseTo(expected.chiSquare, 9);
    expect(rep.degreesOfFreedom).toBe(expected.degreesOfFreedom);
    expect(rep.pValue).toBeCloseTo(expected.pValue, 12);
    const share = (counts: number[]) => (counts.reduce((s, x) => s + x, 0) > 0 ? counts[0]! / counts.reduce((s, x) => s + x, 0) : 0);
    expect(rep.topZoneShareDiff).toBeCloseTo(share(mine) - share(others), 12);
    expect(rep.generous).toBe(expected.pValue < 0.01 && share(mine) - share(others) > 0);
  }
}

describe('analysis.repDistribution', () => {
  it('counts clients per rep and cell in board order, as the summary does, with each rep tested against the others', async () => {
    const { api } = await cores.demo();
    const [result, summary] = await Promise.all([api.call('analysis.repDistribution', {}), api.call('stats.summary', {})]);
    expect(result.cells).toEqual(BOARD_ORDER);
    expect(result.zones.map((zone) => [zone.id, zone.cells])).toEqual([
      ['red', ['A1', 'A2', 'B1', 'B2']],
      ['yellow', ['A3', 'B3']],
      ['blue', ['C1', 'C2', 'C3']],
    ]);
    expect(result.region.clients).toBe(summary.totals.clients);
    expect(result.region.perCell).toEqual(Object.fromEntries(summary.cells.map((cell) => [cell.code, cell.count])));
    expect(result.reps.map((rep) => rep.repName)).toEqual(summary.perRep.map((rep) => rep.repName));
    for (const rep of result.reps) {
      const expected = summary.perRep.find((r) => r.repId === rep.repId)!;
      expect(rep.clients).toBe(expected.clients);
      expect(rep.perCell).toEqual({ ...Object.fromEntries(BOARD_ORDER.map((cell) => [cell, 0])), ...expected.perCell });
    }
    checkTests(result);
  });

  it('flags a rep whose clients are moved into the top zone; a snapshot still shows the spread before', async () => {
    const { api } = await cores.demo();
    const before = await api.call('analysis.repDistribution', {});
    const snapshot = await api.call('snapshots.take', { period: '2026-Q3' });
    // The rep with the smallest share of red clients, not flagged now.
    const target = [...before.reps].sort((a, b) => a.topZoneShareDiff - b.topZoneShareDiff)[0]!;
    expect(target.generous).toBe(false);
    const rows = await allRows(api);
    const lifted = rows.filter((row) => row.repId === target.repId && row.zoneId !== 'red').slice(0, 120).map((row) => row.id);
    await api.call('grades.override', { clientIds: lifted, cell: 'A1', reason: '代表认为是重点客户' });

    const after = await api.call('analysis.repDistribution', {});
    const rep = after.reps.find((r) => r.repId === target.repId)!;
    expect(rep.perCell.A1).toBe(target.perCell.A1! + lifted.length);
    expect(rep.pValue).toBeLessThan(0.01);
    expect(rep.topZoneShareDiff).toBeGreaterThan(0);
    expect(rep.generous).toBe(true);
    checkTests(after);

    expect(await api.call('analysis.repDistribution', { snapshotId: snapshot.id })).toEqual(before);
    await expect(api.call('analysis.repDistribution', { snapshotId: snapshot.id + 1 })).rejects.toMatchObject({ error: { code: 'notFound' } });
  });

  it('narrows to a region, and lists unassigned clients as a rep of their own, last', async () => {
    const demo = await cores.demo();
    const ids = await demo.api.call('clients.ids', {});
    await demo.api.call('clients.bulkUpdate', { ids: ids.slice(0, 7), changes: { repId: null } });
    const { api, core } = await cores.reopen(demo, splitRegions);
    const rows = await allRows(api);
    const regions = regionsOf(core);
    for (const region of ['华东', '']) {
      const result = await api.call('analysis.repDistribution', { region });
      const mine = rows.filter((row) => (regions.get(row.id) ?? '') === region);
      expect(result.region.clients).toBe(mine.length);
      expect(result.reps.map((rep) => rep.clients).reduce((a, b) => a + b, 0)).toBe(mine.length);
      for (const rep of result.reps) {
        const theirs = mine.filter((row) => row.repId === rep.repId);
        expect(rep.clients).toBe(theirs.length);
        for (const cell of BOARD_ORDER) expect(rep.perCell[cell]).toBe(theirs.filter((row) => row.cell === cell).length);
      }
      checkTests(result);
    }
    const all = await api.call('analysis.repDistribution', {});
    expect(all.reps.at(-1)).toMatchObject({ repId: null, repName: null, clients: 7 });
    expect(all.reps.slice(0, -1).every((rep) => rep.repId !== null)).toBe(true);
  });
});
