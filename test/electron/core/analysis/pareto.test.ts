import { describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/contract';
import { PARETO_HEAD_SHARE } from '../../../../shared/contract/analysisMethods';
import { allRows, PHARMA_ZONE, useAnalysisCores } from './analysisHarness';

const cores = useAnalysisCores();

/** name, rep index (demo reps by name), volume, cell */
type Spec = [string, number, number | null, string];
const SPECS: Spec[] = [
  ['甲', 0, 1000, 'A1'],
  ['乙', 0, 500, 'C3'], // head (top 2 of 10) in the lowest zone
  ['丙', 1, 300, 'A2'],
  ['丁', 1, 100, 'B3'],
  ['戊', 0, 50, 'C1'],
  ['己', 1, 20, 'B1'], // red, rank 6 of 10: bottom half
  ['庚', 0, 10, 'A3'],
  ['辛', 1, 0, 'B2'], // red, no volume
  ['壬', 0, null, 'A1'], // red, volume unknown
  ['癸', 1, 5, 'C2'],
];

/** The demo's reps and hospitals with exactly the clients of SPECS, each pinned to its cell by an override. */
async function smallRegion() {
  const opened = await cores.demo();
  const { api } = opened;
  await api.call('clients.delete', { ids: await api.call('clients.ids', {}) });
  const reps = await api.call('reps.list', {});
  const ids: number[] = [];
  for (const [name, rep, volume, cell] of SPECS) {
    const row = await api.call('clients.create', { client: { name, repId: reps[rep]!.id, volumeOurs: volume } });
    await api.call('grades.override', { clientIds: [row.id], cell, reason: '测试' });
    ids.push(row.id);
  }
  return { ...opened, ids, reps };
}

/** The ranking the contract describes, computed here: volume desc (unknown as 0), ties by id. */
function ranking(rows: { id: number; volume: number | null }[]) {
  return [...rows].sort((a, b) => (b.volume ?? 0) - (a.volume ?? 0) || a.id - b.id);
}

function pareto(api: Api, input: { repId?: number; region?: string; snapshotId?: number; limit?: number } = {}) {
  return api.call('analysis.pareto', input);
}

describe('analysis.pareto', () => {
  it('ranks the clients by volume: curve, head share, zones and the two lists of disagreements', async () => {
    const { api, ids } = await smallRegion();
    const result = await api.call('analysis.pareto', {});
    const total = 1000 + 500 + 300 + 100 + 50 + 20 + 10 + 5;
    expect(result.clients).toBe(10);
    expect(result.withVolume).toBe(8);
    expect(result.totalVolume).toBe(total);
    expect(result.headVolumeShare).toBeCloseTo((1000 + 500) / total, 12);
    expect(result.zones.map((zone) => zone.id)).toEqual(['red', 'yellow', 'blue']);

    // 10 clients: 10 steps of one client each.
    const ranked = ranking(SPECS.map(([, , volume], i) => ({ id: ids[i]!, volume })));
    expect(result.points).toHaveLength(10);
    let cumulative = 0;
    result.points.forEach((point, k) => {
      const client = ranked[k]!;
      cumulative += client.volume ?? 0;
      expect(point.clients).toBe(1);
      expect(point.clientShare).toBeCloseTo((k + 1) / 10, 12);
      expect(point.volumeShare).toBeCloseTo(cumulative / total, 12);
      const cell = SPECS[ids.indexOf(client.id)]![3];
      expect(point.byZone[PHARMA_ZONE[cell]!]).toBe(1);
    });
    expect(result.points.at(-1)).toMatchObject({ clientShare: 1, volumeShare: 1 });

    const zoneOf = (name: string) => PHARMA_ZONE[SPECS.find((spec) => spec[0] === name)![3]]!;
    const byZone = (zone: string) => SPECS.filter((spec) => PHARMA_ZONE[spec[3]] === zone);
    expect(result.byZone).toEqual(
      ['red', 'yellow', 'blue'].map((zone) => ({ zoneId: zone, clients: byZone(zone).length, volume: byZone(zone).reduce((s, spec) => s + (spec[2] ?? 0), 0) })),
    );

    expect(result.highVolumeLowZone.total).toBe(1);
    expect(result.highVolumeLowZone.rows).toEqual([
      { clientId: ids[1], name: '乙', hospitalName: null, repName: expect.any(String), cell: 'C3', zoneId: 'blue', volume: 500 },
    ]);
    expect(zoneOf('乙')).toBe('blue');
    // Red clients in the bottom half by rank (ranks 6–10) or without volume, smallest first from the
    // end of the ranking: 辛 (0) and 壬 (unknown) tie at 0 and rank by id, so 壬 is last.
    expect(result.lowVolumeTopZone.total).toBe(3);
    expect(result.lowVolumeTopZone.rows.map((row) => [row.name, row.volume])).toEqual([
      ['壬', null],
      ['辛', 0],
      ['己', 20],
    ]);

    const limited = await api.call('analysis.pareto', { limit: 1 });
    expect(limited.lowVolumeTopZone).toMatchObject({ total: 3, rows: [{ name: '壬' }] });
    expect((await api.call('analysis.pareto', { limit: 0 })).highVolumeLowZone).toEqual({ total: 1, rows: [] });
  });

  it('filters by rep and region, and reads a snapshot with the volumes and reps it froze', async () => {
    const small = await smallRegion();
    const rep0 = small.reps[0]!;
    const byRep = await pareto(small.api, { repId: rep0.id });
    const rep0Specs = SPECS.filter((spec) => spec[1] === 0);
    expect(byRep.clients).toBe(rep0Specs.length);
    expect(byRep.totalVolume).toBe(rep0Specs.reduce((s, spec) => s + (spec[2] ?? 0), 0));

    const snapshot = await small.api.call('snapshots.take', { period: '2026-Q3' });
    // After the snapshot: 甲's volume drops, 乙 goes to the other rep, 癸 is deleted.
    await small.api.call('clients.update', { id: small.ids[0]!, changes: { volumeOurs: 1 } });
    await small.api.call('clients.update', { id: small.ids[1]!, changes: { repId: small.reps[1]!.id } });
    await small.api.call('clients.delete', { ids: [small.ids[9]!] });
    // 甲 丙 戊 in 华东, the rest without a region.
    const withRegions = await cores.reopen(small, (db) => {
      db.prepare("UPDATE clients SET region = '华东' WHERE id IN (?, ?, ?)").run(small.ids[0], small.ids[2], small.ids[4]);
    });
    const { api } = withRegions;

    const today = await pareto(api);
    expect(today.clients).toBe(9);
    expect(today.totalVolume).toBe(1 + 500 + 300 + 100 + 50 + 20 + 10);
    const then = await pareto(api, { snapshotId: snapshot.id });
    expect(then.clients).toBe(10);
    expect(then.totalVolume).toBe(1985);
    expect(then.highVolumeLowZone.rows).toMatchObject([{ name: '乙', repName: rep0.name }]);
    expect(today.highVolumeLowZone.rows).toMatchObject([{ name: '乙', repName: small.reps[1]!.name }]);
    expect((await pareto(api, { snapshotId: snapshot.id, repId: rep0.id })).clients).toBe(rep0Specs.length);
    expect((await pareto(api, { repId: rep0.id })).clients).toBe(rep0Specs.length - 1);

    const east = await pareto(api, { region: '华东' });
    expect(east).toMatchObject({ clients: 3, totalVolume: 1 + 300 + 50 });
    const none = await pareto(api, { region: '' });
    expect(none.clients).toBe(6);
    // A client deleted since the snapshot has no region: outside both, but counted without a region filter.
    expect((await pareto(api, { snapshotId: snapshot.id, region: '华东' })).totalVolume).toBe(1000 + 300 + 50);
    expect((await pareto(api, { snapshotId: snapshot.id, region: '' })).clients).toBe(6);
    expect((await pareto(api, { region: '西北' })).clients).toBe(0);

    await expect(pareto(api, { snapshotId: 999 })).rejects.toMatchObject({ error: { code: 'notFound' } });
  });

  it('on the demo region: cumulative shares never fall and end at 1, the head holds at least its share of volume', async () => {
    const { api } = await cores.demo();
    const rows = await allRows(api);
    for (const input of [{}, { repId: rows[0]!.repId! }]) {
      const result = await pareto(api, input);
      const mine = 'repId' in input ? rows.filter((row) => row.repId === input.repId) : rows;
      expect(result.clients).toBe(mine.length);
      expect(result.totalVolume).toBe(mine.reduce((s, row) => s + (row.volumeOurs ?? 0), 0));
      expect(result.points.length).toBe(100);
      expect(result.points.reduce((s, point) => s + point.clients, 0)).toBe(mine.length);
      for (let i = 1; i < result.points.length; i++) {
        expect(result.points[i]!.clientShare).toBeGreaterThan(result.points[i - 1]!.clientShare);
        expect(result.points[i]!.volumeShare).toBeGreaterThanOrEqual(result.points[i - 1]!.volumeShare);
        expect(result.points[i]!.volumeShare).toBeGreaterThanOrEqual(result.points[i]!.clientShare - 1e-12);
      }
      expect(result.points.at(-1)).toMatchObject({ clientShare: 1, volumeShare: 1 });
      const volumes = mine.map((row) => row.volumeOurs ?? 0).sort((a, b) => b - a);
      const head = volumes.slice(0, Math.ceil(mine.length * PARETO_HEAD_SHARE));
      expect(result.headVolumeShare).toBeCloseTo(head.reduce((a, b) => a + b, 0) / result.totalVolume, 12);
      expect(result.headVolumeShare).toBeGreaterThanOrEqual(PARETO_HEAD_SHARE);
      const byCell = (zone: string) => mine.filter((row) => row.zoneId === zone).length;
      expect(result.byZone.map((zone) => [zone.zoneId, zone.clients])).toEqual(['red', 'yellow', 'blue'].map((zone) => [zone, byCell(zone)]));
    }
  });
});
