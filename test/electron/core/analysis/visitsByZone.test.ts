import { describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/contract';
import type { LoadReport } from '../../../../shared/contract/planningMethods';
import { allRows, PHARMA_VISITS, useAnalysisCores } from './analysisHarness';

const cores = useAnalysisCores();
const MONTH = '2026-12';
const ZONES = ['red', 'yellow', 'blue'];

/** What planning.load keeps per zone for some reps: the month's visits less the cuts. */
function plannedOf(load: LoadReport, repIds: readonly number[]) {
  const reps = load.reps.filter((rep) => repIds.includes(rep.repId));
  const planned = Object.fromEntries(ZONES.map((zone) => [zone, 0]));
  for (const rep of reps) {
    for (const zone of ZONES) planned[zone]! += rep.perZone[zone]?.visits ?? 0;
    for (const cut of rep.cuts) if (cut.zoneId) planned[cut.zoneId]! -= cut.visitsCut;
  }
  return { planned, capacity: reps.reduce((s, rep) => s + rep.capacity, 0) };
}

async function expectations(api: Api, rows: Awaited<ReturnType<typeof allRows>>, repIds: readonly number[]) {
  const load = await api.call('planning.load', { month: MONTH });
  const { planned, capacity } = plannedOf(load, repIds);
  const recommended = Object.fromEntries(ZONES.map((zone) => [zone, rows.filter((row) => row.zoneId === zone).reduce((s, row) => s + PHARMA_VISITS[row.cell!]!, 0)]));
  const clients = Object.fromEntries(ZONES.map((zone) => [zone, rows.filter((row) => row.zoneId === zone).length]));
  return { planned, capacity, recommended, clients };
}

describe('analysis.visitsByZone', () => {
  it('prescribed visits per zone against what the plan keeps after the capacity cuts', async () => {
    const { api } = await cores.demo();
    const rows = await allRows(api);
    const reps = await api.call('reps.list', {});
    const result = await api.call('analysis.visitsByZone', { month: MONTH });
    const expected = await expectations(api, rows, reps.map((rep) => rep.id));
    expect(result.month).toBe(MONTH);
    expect(result.capacity).toBeCloseTo(expected.capacity, 9);
    const totalRecommended = Object.values(expected.recommended).reduce((a, b) => a + b, 0);
    const totalPlanned = Object.values(expected.planned).reduce((a, b) => a + b, 0);
    expect(result.recommended).toBeCloseTo(totalRecommended, 9);
    expect(result.planned).toBeCloseTo(totalPlanned, 9);
    expect(result.planned).toBeLessThanOrEqual(result.capacity);
    expect(result.zones.map((zone) => zone.id)).toEqual(ZONES);
    for (const zone of result.zones) {
      expect(zone.clients).toBe(expected.clients[zone.id]);
      expect(zone.recommended).toBeCloseTo(expected.recommended[zone.id]!, 9);
      expect(zone.planned).toBeCloseTo(expected.planned[zone.id]!, 9);
      expect(zone.recommendedShare).toBeCloseTo(expected.recommended[zone.id]! / totalRecommended, 12);
      expect(zone.plannedShare).toBeCloseTo(expected.planned[zone.id]! / totalPlanned, 12);
    }
    // The demo's reps are overloaded: blue goes first, so red keeps the most.
    expect(result.zones[0]!.plannedShare).toBeGreaterThan(result.zones[0]!.recommendedShare);
  });

  it('for one rep; a region of two reps’ clients is the sum of both; unassigned clients are prescribed but not planned', async () => {
    const demo = await cores.demo();
    const reps = await demo.api.call('reps.list', {});
    const [a, b] = [reps[0]!.id, reps[1]!.id];
    const { api } = await cores.reopen(demo, (db) => {
      db.prepare("UPDATE clients SET region = '华东' WHERE rep_id IN (?, ?)").run(a, b);
      // One client of a third rep loses the rep and is given the region.
      db.prepare("UPDATE clients SET region = '华东', rep_id = NULL WHERE id = (SELECT min(id) FROM clients WHERE rep_id = ?)").run(reps[2]!.id);
    });
    const rows = await allRows(api);

    const one = await api.call('analysis.visitsByZone', { month: MONTH, repId: a });
    const expectedOne = await expectations(api, rows.filter((row) => row.repId === a), [a]);
    expect(one.capacity).toBeCloseTo(expectedOne.capacity, 9);
    for (const zone of one.zones) {
      expect(zone.clients).toBe(expectedOne.clients[zone.id]);
      expect(zone.recommended).toBeCloseTo(expectedOne.recommended[zone.id]!, 9);
      expect(zone.planned).toBeCloseTo(expectedOne.planned[zone.id]!, 9);
    }

    const region = await api.call('analysis.visitsByZone', { month: MONTH, region: '华东' });
    const unassigned = rows.find((row) => row.repId === null)!;
    const expectedRegion = await expectations(api, rows.filter((row) => row.repId === a || row.repId === b || row.id === unassigned.id), [a, b]);
    expect(region.capacity).toBeCloseTo(expectedRegion.capacity, 9);
    for (const zone of region.zones) {
      expect(zone.clients).toBe(expectedRegion.clients[zone.id]);
      expect(zone.recommended).toBeCloseTo(expectedRegion.recommended[zone.id]!, 9);
      expect(zone.planned).toBeCloseTo(expectedRegion.planned[zone.id]!, 9);
    }
    const empty = await api.call('analysis.visitsByZone', { month: MONTH, region: '西北' });
    expect(empty).toMatchObject({ recommended: 0, planned: 0, capacity: 0 });
    expect(empty.zones.every((zone) => zone.recommendedShare === 0 && zone.plannedShare === 0)).toBe(true);
  });
});
