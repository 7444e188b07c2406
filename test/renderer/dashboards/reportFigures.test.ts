import { describe, expect, it } from 'vitest';
import type { Movement, Pareto, RepDistribution, VisitsByZone } from '../../../shared/contract/analysisMethods';
import {
  cellColors,
  defaultRange,
  moverCounts,
  repRows,
  sortMovers,
  summaryFigures,
  verdictOf,
  zoneRows,
  type Mover,
} from '../../../renderer/src/features/dashboards/report/reportFigures';
import { chartsRendered } from '../../../renderer/src/features/dashboards/report/reportReady';

const ZONES = [
  { id: 'red', name: { 'zh-CN': '红区', en: 'Red' }, color: '#d9363e' },
  { id: 'blue', name: { 'zh-CN': '蓝区', en: 'Blue' }, color: '#3a7bd5' },
];
const page = { total: 0, rows: [] };
const pareto: Pareto = {
  zones: ZONES,
  clients: 10,
  withVolume: 8,
  totalVolume: 1000,
  points: [],
  headVolumeShare: 0.75,
  byZone: [
    { zoneId: 'red', clients: 4, volume: 800 },
    { zoneId: 'blue', clients: 4, volume: 200 },
    { zoneId: '', clients: 2, volume: 0 },
  ],
  highVolumeLowZone: page,
  lowVolumeTopZone: page,
};
const visits: VisitsByZone = {
  month: '2026-12',
  zones: [
    { ...ZONES[0]!, clients: 4, recommended: 32, planned: 30, recommendedShare: 0.8, plannedShare: 0.83 },
    { ...ZONES[1]!, clients: 4, recommended: 8, planned: 6, recommendedShare: 0.2, plannedShare: 0.17 },
  ],
  recommended: 40,
  planned: 36,
  capacity: 36,
};
const mover = (clientId: number, direction: Mover['direction'], repName: string, name: string): Mover => ({
  clientId,
  name,
  hospitalName: '市一院',
  repName,
  cell: 'A1',
  zoneId: 'red',
  volume: null,
  from: 'B2',
  to: 'A1',
  direction,
  reason: null,
});
const movement: Movement = {
  cells: ['A1', 'B2'],
  matrix: [
    [3, 0],
    [2, 5],
  ],
  up: 2,
  down: 1,
  same: 8,
  movers: { total: 3, rows: [mover(1, -1, '王磊', '张'), mover(2, 1, '李娜', '赵'), mover(3, 1, '王磊', '钱'), mover(4, 0, '王磊', '孙')] },
};

describe('quarterly report figures', () => {
  it('counts clients, graded and moves in the scope, and the visits of the quarter’s last month', () => {
    expect(summaryFigures(pareto, visits, movement)).toEqual({ clients: 10, graded: 8, ungraded: 2, headVolumeShare: 0.75, up: 2, down: 1, recommended: 40, planned: 36, capacity: 36 });
    expect(summaryFigures({ ...pareto, totalVolume: 0 }, visits, movement).headVolumeShare).toBeNull();
  });

  it('gives a row per zone in the model’s order, then the ungraded', () => {
    expect(zoneRows(pareto, visits)).toEqual([
      { zoneId: 'red', clients: 4, share: 0.4, recommended: 32, planned: 30, plannedShare: 30 / 36 },
      { zoneId: 'blue', clients: 4, share: 0.4, recommended: 8, planned: 6, plannedShare: 6 / 36 },
      { zoneId: '', clients: 2, share: 0.2, recommended: 0, planned: 0, plannedShare: null },
    ]);
    expect(zoneRows({ ...pareto, byZone: pareto.byZone.filter((z) => z.zoneId !== '') }, visits).map((r) => r.zoneId)).toEqual(['red', 'blue']);
  });

  it('sums each rep’s cells by zone and reads the chi-square verdict as the 分析 page does', () => {
    const distribution: RepDistribution = {
      cells: ['A1', 'A2', 'C3'],
      zones: [
        { ...ZONES[0]!, cells: ['A1', 'A2'] },
        { ...ZONES[1]!, cells: ['C3'] },
      ],
      region: { clients: 12, perCell: { A1: 5, A2: 2, C3: 4 } },
      reps: [
        { repId: 1, repName: '王磊', clients: 7, perCell: { A1: 4, A2: 2, C3: 1 }, chiSquare: 9.2, degreesOfFreedom: 1, pValue: 0.002, topZoneShareDiff: 0.4, generous: true },
        { repId: null, repName: null, clients: 5, perCell: { A1: 1, C3: 3 }, chiSquare: 0.3, degreesOfFreedom: 1, pValue: 0.6, topZoneShareDiff: -0.4, generous: false },
      ],
    };
    const rows = repRows(distribution);
    expect(rows[0]).toMatchObject({ repName: '王磊', perZone: { red: 6, blue: 1 }, ungraded: 0, verdict: 'generous' });
    expect(rows[1]).toMatchObject({ repId: null, perZone: { red: 1, blue: 3 }, ungraded: 1, verdict: 'similar' });
    expect(verdictOf({ generous: false, pValue: 0.005 })).toBe('different');
  });

  it('lists movers up first, then down, then sideways, by rep and name', () => {
    expect(sortMovers(movement.movers.rows, 'zh-CN').map((m) => m.clientId)).toEqual([2, 3, 1, 4]);
    expect(moverCounts(movement.movers.rows)).toEqual({ up: 2, down: 1, sideways: 1 });
  });

  it('colours cells by their zone', () => {
    const color = cellColors({
      zones: [{ id: 'red', name: ZONES[0]!.name, color: '#d9363e', visitsPerMonth: 8, count: 1, monthlyVisits: 8 }],
      cells: [
        { code: 'A1', zoneId: 'red', count: 1, monthlyVisits: 8 },
        { code: 'C3', zoneId: null, count: 0, monthlyVisits: 0 },
      ],
    });
    expect([color('A1'), color('C3'), color('Z9')]).toEqual(['#d9363e', null, null]);
  });

  it('defaults to the last two snapshots, or the last one against today', () => {
    expect(defaultRange([{ id: 3 }, { id: 7 }, { id: 5 }])).toEqual({ fromId: 5, toId: 7 });
    expect(defaultRange([{ id: 3 }])).toEqual({ fromId: 3, toId: null });
    expect(defaultRange([])).toBeNull();
  });

  it('is ready only when every chart box holds a drawn SVG', () => {
    const box = (svgChildren: number | null) => ({ querySelector: () => (svgChildren === null ? null : { childElementCount: svgChildren }) });
    const root = (...charts: ReturnType<typeof box>[]) => ({ querySelectorAll: () => charts }) as unknown as ParentNode;
    expect(chartsRendered(null)).toBe(false);
    expect(chartsRendered(root())).toBe(true);
    expect(chartsRendered(root(box(3), box(5)))).toBe(true);
    expect(chartsRendered(root(box(3), box(0)))).toBe(false);
    expect(chartsRendered(root(box(null)))).toBe(false);
  });
});
