import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headCountOf, inBottomHalf, NO_ZONE, paretoCurve, PARETO_MAX_STEPS } from '../../../shared/analysis/paretoCurve';

const ZONES = ['red', 'yellow', 'blue'];

/** Clients as the core hands them over: ranked by volume, largest first; zone −1 = none. */
const rankedClients = fc
  .array(fc.tuple(fc.option(fc.nat(10_000), { nil: null }), fc.integer({ min: -1, max: 2 })), { maxLength: 700 })
  .map((clients) => [...clients].sort((a, b) => (b[0] ?? 0) - (a[0] ?? 0)));

describe('Pareto curve', () => {
  it('property: shares rise to 1, steps cover every client once, the head holds at least its share', () => {
    fc.assert(
      fc.property(rankedClients, fc.double({ min: 0.05, max: 0.95, noNaN: true }), (clients, headShare) => {
        const volumes = clients.map(([volume]) => volume);
        const zones = clients.map(([, zone]) => zone);
        const curve = paretoCurve(volumes, zones, ZONES, headShare);
        const n = clients.length;
        const total = volumes.reduce<number>((s, v) => s + (v ?? 0), 0);
        expect(curve.clients).toBe(n);
        expect(curve.totalVolume).toBe(total);
        expect(curve.withVolume).toBe(volumes.filter((v) => (v ?? 0) > 0).length);
        expect(curve.points.length).toBe(Math.min(PARETO_MAX_STEPS, n));
        expect(curve.points.reduce((s, p) => s + p.clients, 0)).toBe(n);
        let previous = { clientShare: 0, volumeShare: 0 };
        let sum = 0;
        for (const point of curve.points) {
          expect(point.clients).toBeGreaterThan(0);
          expect(point.clientShare).toBeGreaterThan(previous.clientShare);
          expect(point.volumeShare).toBeGreaterThanOrEqual(previous.volumeShare);
          // Largest first: the curve is never below the diagonal.
          if (total > 0) expect(point.volumeShare).toBeGreaterThanOrEqual(point.clientShare - 1e-12);
          expect(Object.values(point.byZone).reduce((s, c) => s + c, 0)).toBe(point.clients);
          sum += point.clients;
          expect(point.clientShare).toBeCloseTo(sum / n, 12);
          previous = point;
        }
        if (n > 0) expect(curve.points.at(-1)).toMatchObject({ clientShare: 1, volumeShare: total > 0 ? 1 : 0 });
        expect(curve.headCount).toBe(n === 0 ? 0 : Math.min(n, Math.ceil(n * headShare - 1e-9)));
        if (total > 0) expect(curve.headVolumeShare).toBeGreaterThanOrEqual(curve.headCount / n - 1e-12);
        else expect(curve.headVolumeShare).toBe(0);
        const zoneTotals = Object.fromEntries(curve.byZone.map((z) => [z.zoneId, z.clients]));
        for (const [i, zone] of ZONES.entries()) expect(zoneTotals[zone]).toBe(zones.filter((z) => z === i).length);
        expect(zoneTotals[NO_ZONE] ?? 0).toBe(zones.filter((z) => z === -1).length);
      }),
    );
  });

  it('steps of about 1% for many clients', () => {
    const n = 1234;
    const curve = paretoCurve(Array.from({ length: n }, (_, i) => n - i), new Array(n).fill(0), ZONES, 0.2);
    expect(curve.points).toHaveLength(100);
    expect(curve.points.map((p) => p.clients).every((c) => c === 12 || c === 13)).toBe(true);
    expect(curve.points[0]!.byZone).toEqual({ red: 13, yellow: 0, blue: 0 });
    expect(curve.byZone).toEqual([
      { zoneId: 'red', clients: n, volume: (n * (n + 1)) / 2 },
      { zoneId: 'yellow', clients: 0, volume: 0 },
      { zoneId: 'blue', clients: 0, volume: 0 },
    ]);
  });

  it('no clients, no points', () => {
    expect(paretoCurve([], [], ZONES, 0.2)).toMatchObject({ clients: 0, points: [], headCount: 0, headVolumeShare: 0, totalVolume: 0 });
  });

  it('head and bottom half by rank', () => {
    expect([1, 4, 5, 10, 11].map((n) => headCountOf(n, 0.2))).toEqual([1, 1, 1, 2, 3]);
    expect(headCountOf(0, 0.2)).toBe(0);
    const bottom = (n: number) => Array.from({ length: n }, (_, r) => r).filter((r) => inBottomHalf(r, n));
    expect(bottom(10)).toEqual([5, 6, 7, 8, 9]);
    expect(bottom(9)).toEqual([5, 6, 7, 8]);
    expect(bottom(1)).toEqual([]);
    expect(bottom(2)).toEqual([1]);
  });
});
