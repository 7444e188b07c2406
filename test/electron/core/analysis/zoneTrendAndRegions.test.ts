import { describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/contract';
import { allRows, PHARMA_VISITS, regionsOf, splitRegions, useAnalysisCores } from './analysisHarness';

const cores = useAnalysisCores();

/** Clients per zone as the summary counts them (another query, another code path). */
async function summaryZones(api: Api, repId?: number) {
  const summary = await api.call('stats.summary', repId === undefined ? {} : { repId });
  const perZone: Record<string, number> = Object.fromEntries(summary.zones.map((zone) => [zone.id, zone.count]));
  if (summary.totals.ungraded > 0) perZone[''] = summary.totals.ungraded;
  return { clients: summary.totals.clients, perZone };
}

describe('analysis.zoneTrend', () => {
  it('one point per snapshot, oldest first by the time taken, then today', async () => {
    const { api } = await cores.demo();
    const rows = await allRows(api);
    const repId = rows[0]!.repId!;
    const yellow = rows.filter((row) => row.zoneId === 'yellow').map((row) => row.id);

    const first = await summaryZones(api);
    const firstRep = await summaryZones(api, repId);
    // Periods in the other order: the trend follows the time taken, not the period's name.
    const q4 = await api.call('snapshots.take', { period: '2026-Q4', label: '年末' });
    await api.call('grades.override', { clientIds: yellow.slice(0, 30), cell: 'A1', reason: '其他' });
    const second = await summaryZones(api);
    const q3 = await api.call('snapshots.take', { period: '2026-Q3' });
    await api.call('grades.override', { clientIds: yellow.slice(30, 40), cell: 'C3', reason: '其他' });
    const today = await summaryZones(api);

    const trend = await api.call('analysis.zoneTrend', {});
    expect(trend.zones.map((zone) => zone.id)).toEqual(['red', 'yellow', 'blue']);
    expect(trend.points).toEqual([
      { snapshotId: q4.id, period: '2026-Q4', label: '年末', takenAt: q4.takenAt, ...first },
      { snapshotId: q3.id, period: '2026-Q3', label: null, takenAt: q3.takenAt, ...second },
      { snapshotId: null, period: null, label: null, takenAt: null, ...today },
    ]);
    expect(today.perZone.red).toBe(first.perZone.red! + 30);

    const byRep = await api.call('analysis.zoneTrend', { repId });
    expect(byRep.points[0]).toMatchObject(firstRep);
    expect(byRep.points[2]).toMatchObject(await summaryZones(api, repId));
  });

  it('by region: today’s region; clients deleted since a snapshot count only without a region filter', async () => {
    const demo = await cores.demo();
    const snapshot = await demo.api.call('snapshots.take', { period: '2026-Q3' });
    const ids = await demo.api.call('clients.ids', {});
    await demo.api.call('clients.delete', { ids: ids.slice(0, 9) });
    const { api, core } = await cores.reopen(demo, splitRegions);
    const rows = await allRows(api);
    const regions = regionsOf(core);
    for (const region of ['华东', '华南', '']) {
      const trend = await api.call('analysis.zoneTrend', { region });
      const mine = rows.filter((row) => (regions.get(row.id) ?? '') === region);
      expect(trend.points.map((point) => point.clients)).toEqual([mine.length, mine.length]);
      for (const zone of ['red', 'yellow', 'blue']) expect(trend.points[1]!.perZone[zone]).toBe(mine.filter((row) => row.zoneId === zone).length);
    }
    const all = await api.call('analysis.zoneTrend', {});
    expect(all.points.map((point) => point.clients)).toEqual([snapshot.clients, snapshot.clients - 9]);
  });
});

describe('analysis.regions', () => {
  it('compares regions (no region last): clients, reps, overrides, zones, visits a month and volume', async () => {
    const demo = await cores.demo();
    const { api, core } = await cores.reopen(demo, splitRegions);
    const first = await allRows(api);
    await api.call('grades.override', { clientIds: first.filter((row) => row.cell === 'A3').slice(0, 25).map((row) => row.id), cell: 'A2', reason: '其他' });
    const rows = await allRows(api);
    const regions = regionsOf(core);

    const result = await api.call('analysis.regions', {});
    expect(result.regions.map((region) => region.region)).toEqual(['华东', '华南', null]);
    for (const region of result.regions) {
      const mine = rows.filter((row) => regions.get(row.id) === region.region);
      expect(region).toEqual({
        region: region.region,
        clients: mine.length,
        reps: new Set(mine.map((row) => row.repId)).size,
        overridden: mine.filter((row) => row.overrideCell !== null).length,
        perZone: { red: 0, yellow: 0, blue: 0, ...Object.fromEntries(['red', 'yellow', 'blue'].map((zone) => [zone, mine.filter((row) => row.zoneId === zone).length])) },
        monthlyVisits: mine.reduce((s, row) => s + (row.cell ? PHARMA_VISITS[row.cell]! : 0), 0),
        volume: mine.reduce((s, row) => s + (row.volumeOurs ?? 0), 0),
      });
    }
    expect(result.regions.reduce((s, region) => s + region.overridden, 0)).toBe(25);
  });

  it('from a snapshot: its cells and volumes, today’s regions, clients deleted since left out', async () => {
    const demo = await cores.demo();
    const { api, core } = await cores.reopen(demo, splitRegions);
    const before = await api.call('analysis.regions', {});
    const snapshot = await api.call('snapshots.take', { period: '2026-Q3' });
    const rows = await allRows(api);
    await api.call('grades.override', { clientIds: rows.filter((row) => row.zoneId === 'blue').slice(0, 40).map((row) => row.id), cell: 'A1', reason: '其他' });
    await api.call('clients.update', { id: rows[5]!.id, changes: { volumeOurs: 99_999 } });
    expect(await api.call('analysis.regions', { snapshotId: snapshot.id })).toEqual(before);

    const deleted = rows[0]!;
    const itsRegion = regionsOf(core).get(deleted.id) ?? null;
    await api.call('clients.delete', { ids: [deleted.id] });
    const then = await api.call('analysis.regions', { snapshotId: snapshot.id });
    expect(then.regions.reduce((s, r) => s + r.clients, 0)).toBe(snapshot.clients - 1);
    const clientsOf = (result: typeof then, region: string | null) => result.regions.find((r) => r.region === region)!.clients;
    expect(clientsOf(then, itsRegion)).toBe(clientsOf(before, itsRegion) - 1);
    await expect(api.call('analysis.regions', { snapshotId: 999 })).rejects.toMatchObject({ error: { code: 'notFound', params: { what: 'snapshot 999' } } });
  });
});
