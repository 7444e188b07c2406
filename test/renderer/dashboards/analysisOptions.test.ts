import { describe, expect, it } from 'vitest';
import type { Movement, Pareto, RepDistribution, VisitsByZone, ZoneTrend } from '../../../shared/contract/analysisMethods';
import { targetOf } from '../../../renderer/src/features/dashboards/chartTargets';
import { flowOf, movementOption } from '../../../renderer/src/features/dashboards/options/movementOption';
import { paretoOption } from '../../../renderer/src/features/dashboards/options/paretoOption';
import { repDistributionOption } from '../../../renderer/src/features/dashboards/options/repDistributionOption';
import { trendLabel, zoneTrendOption } from '../../../renderer/src/features/dashboards/options/zoneTrendOption';
import { zoneVisitsOption } from '../../../renderer/src/features/dashboards/options/zoneVisitsOption';

const ZONES = [
  { id: 'red', name: { 'zh-CN': '红区', en: 'Red' }, color: '#d9363e' },
  { id: 'yellow', name: { 'zh-CN': '黄区', en: 'Yellow' }, color: '#f0b429' },
  { id: 'blue', name: { 'zh-CN': '蓝区', en: 'Blue' }, color: '#3a7bd5' },
];
type Series = { name: string; type: string; data: unknown[]; markLine?: { data: { xAxis: number }[] }; links?: unknown[] };
const seriesOf = (option: Record<string, unknown>) => option.series as Series[];

describe('analysis chart options (pure builders)', () => {
  it('pareto: the cumulative line in percent, a band per zone that has clients, the 20% mark, clicks open that zone', () => {
    const pareto: Pareto = {
      zones: ZONES,
      clients: 10,
      withVolume: 8,
      totalVolume: 1000,
      points: [
        { clientShare: 0.1, volumeShare: 0.5, clients: 1, byZone: { red: 1 } },
        { clientShare: 0.2, volumeShare: 0.8, clients: 1, byZone: { blue: 1 } },
        { clientShare: 1, volumeShare: 1, clients: 8, byZone: { red: 2, yellow: 3, '': 3 } },
      ],
      headVolumeShare: 0.8,
      byZone: [],
      highVolumeLowZone: { total: 1, rows: [] },
      lowVolumeTopZone: { total: 0, rows: [] },
    };
    const option = paretoOption(pareto, 'zh-CN', { cumulative: '累计', clientsAxis: 'x', volumeAxis: 'y', clientsPerStep: 'n', head: '前 20%', ungraded: '未分级' }, { repIds: [7], regions: ['华东'] });
    const series = seriesOf(option);
    expect(series.map((s) => s.name)).toEqual(['红区', '黄区', '蓝区', '未分级', '累计']);
    const line = series.at(-1)!;
    expect(line.data).toEqual([50, 80, 100]);
    expect(line.markLine?.data).toEqual([{ xAxis: 1 }]);
    expect(series[2]!.data.map((item) => (item as { value: number }).value)).toEqual([0, 1, 0]);
    expect(targetOf(series[0]!.data[0])).toEqual({ page: 'clients', zones: ['red'], repIds: [7], regions: ['华东'] });
    expect(targetOf(series[3]!.data[2])).toEqual({ page: 'clients', repIds: [7], regions: ['华东'] });
  });

  it('visits by zone: recommended and planned shares side by side, in percent', () => {
    const data: VisitsByZone = {
      month: '2026-12',
      zones: ZONES.map((zone, i) => ({ ...zone, clients: 10, recommended: [80, 30, 10][i]!, planned: [80, 20, 0][i]!, recommendedShare: [0.667, 0.25, 0.083][i]!, plannedShare: [0.8, 0.2, 0][i]! })),
      recommended: 120,
      planned: 100,
      capacity: 100,
    };
    const series = seriesOf(zoneVisitsOption(data, 'en', { recommended: 'R', planned: 'P', share: '%' }));
    expect(series.map((s) => s.data.map((item) => (item as { value: number }).value))).toEqual([
      [66.7, 25, 8.3],
      [80, 20, 0],
    ]);
    expect(targetOf(series[1]!.data[2])).toEqual({ page: 'clients', zones: ['blue'] });
  });

  it('movement: a Sankey with distinct nodes for the two periods, no empty flows, stayers faded or left out; a flow carries its pair', () => {
    const movement: Movement = {
      cells: ['A1', 'B1', 'C1'],
      matrix: [
        [5, 2, 0],
        [0, 4, 1],
        [0, 0, 0],
      ],
      up: 0,
      down: 3,
      same: 9,
      movers: { total: 3, rows: [] },
    };
    const color = (cell: string) => (cell.startsWith('C') ? '#3a7bd5' : '#d9363e');
    const all = seriesOf(movementOption(movement, { from: "2026-Q3", to: "现在" }, color))[0]! as unknown as { data: { name: string }[]; links: { source: string; target: string; value: number }[] };
    expect(all.data.map((node) => node.name)).toEqual(['2026-Q3 A1', '2026-Q3 B1', '现在 A1', '现在 B1', '现在 C1']);
    expect(all.links.map((link) => [link.source, link.target, link.value])).toEqual([
      ['2026-Q3 A1', '现在 A1', 5],
      ['2026-Q3 A1', '现在 B1', 2],
      ['2026-Q3 B1', '现在 B1', 4],
      ['2026-Q3 B1', '现在 C1', 1],
    ]);
    expect(flowOf(all.links[1])).toMatchObject({ from: 'A1', to: 'B1', open: { page: 'clients', cells: ['B1'] } });
    expect(flowOf(all.data[0])).toBeNull();
    const movers = seriesOf(movementOption(movement, { from: 'a', to: 'b' }, color, { moversOnly: true }))[0]!;
    expect(movers.links).toHaveLength(2);
  });

  it('rep distribution: 100% bars per zone, everyone first, a generous rep marked; a click opens that rep and zone', () => {
    const data: RepDistribution = {
      cells: ['A1', 'B1', 'C1'],
      zones: [
        { ...ZONES[0]!, cells: ['A1', 'B1'] },
        { ...ZONES[2]!, cells: ['C1'] },
      ],
      region: { clients: 20, perCell: { A1: 6, B1: 4, C1: 10 } },
      reps: [
        { repId: 1, repName: '刘洋', clients: 10, perCell: { A1: 6, B1: 3, C1: 1 }, chiSquare: 12, degreesOfFreedom: 1, pValue: 0.0005, topZoneShareDiff: 0.8, generous: true },
        { repId: null, repName: null, clients: 10, perCell: { B1: 1, C1: 9 }, chiSquare: 12, degreesOfFreedom: 1, pValue: 0.0005, topZoneShareDiff: -0.8, generous: false },
      ],
    };
    const option = repDistributionOption(data, 'zh-CN', { region: '全体', share: '%', unassigned: '未分配', generous: '偏宽' });
    expect((option.xAxis as { data: string[] }).data).toEqual(['全体', '刘洋 ⚠ 偏宽', '未分配']);
    const series = seriesOf(option);
    expect(series.map((s) => s.data.map((item) => (item as { value: number }).value))).toEqual([
      [50, 90, 10],
      [50, 10, 90],
    ]);
    expect(targetOf(series[0]!.data[1])).toEqual({ page: 'clients', zones: ['red'], repIds: [1] });
    expect(targetOf(series[1]!.data[0])).toEqual({ page: 'clients', zones: ['blue'] });
  });

  it('zone trend: a line per zone of shares over the snapshots, today last', () => {
    const trend: ZoneTrend = {
      zones: ZONES,
      points: [
        { snapshotId: 1, period: '2026-Q3', label: null, takenAt: '2026-09-30', clients: 10, perZone: { red: 2, yellow: 3, blue: 5 } },
        { snapshotId: null, period: null, label: null, takenAt: null, clients: 0, perZone: {} },
      ],
    };
    const option = zoneTrendOption(trend, 'en', { now: 'Now', share: '%' });
    expect((option.xAxis as { data: string[] }).data).toEqual(['2026-Q3', 'Now']);
    expect(seriesOf(option).map((s) => s.data)).toEqual([
      [20, 0],
      [30, 0],
      [50, 0],
    ]);
    expect(trendLabel({ ...trend.points[0]!, label: '三季度' }, 'Now')).toBe('三季度');
  });
});
