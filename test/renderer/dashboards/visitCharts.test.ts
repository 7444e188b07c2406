import { describe, expect, it } from 'vitest';
import type { BoardSummary } from '../../../shared/contract/boardMethods';
import type { LoadReport } from '../../../shared/contract/planningMethods';
import { targetOf } from '../../../renderer/src/features/dashboards/chartTargets';
import { cellVisitsOption, repVisitsOption } from '../../../renderer/src/features/dashboards/visitCharts';

const TEXTS = { capacity: '产能', visits: '拜访次数', clients: '客户数' };
const zone = (id: string, zh: string, color: string, cells: string[]) => ({ id, name: { 'zh-CN': zh, en: id }, color, visitsPerMonth: 1, cells, strategy: { 'zh-CN': [], en: [] } });
const rep = (repId: number, repName: string, capacity: number, perZone: Record<string, { clients: number; visits: number }>) => {
  const load = Object.values(perZone).reduce((sum, zoneLoad) => sum + zoneLoad.visits, 0);
  return { repId, repName, workingDays: 20, visitsPerDay: capacity / 20, capacity, load, slack: capacity - load, over: load > capacity, calendarWorkingDays: 20, workingDaysOverride: null, daysOff: 0, clients: 0, perZone, cuts: [], remainingOver: 0, cutClients: [] };
};

const load: LoadReport = {
  month: '2026-11',
  calendarProvisional: false,
  model: { id: 'pharma', name: { 'zh-CN': '医药九宫格', en: 'Pharma' }, action: 'visit', builtin: true, version: 1 },
  zones: [zone('red', '红区', '#d33', ['A1']), zone('yellow', '黄区', '#eb3', ['B2']), zone('blue', '蓝区', '#36c', ['C3'])],
  reps: [rep(1, '张伟', 100, { red: { clients: 10, visits: 40 }, yellow: { clients: 20, visits: 30.04 } }), rep(2, '李娜', 80, { blue: { clients: 50, visits: 100 } })],
};

type Series = { name: string; type: string; stack?: string; data: unknown[]; itemStyle?: { color?: string } };

describe('the rep chart (where visits go)', () => {
  it('stacks each rep’s visits by zone in the zone’s colour and marks the capacity', () => {
    const option = repVisitsOption(load, 'zh-CN', TEXTS) as { xAxis: { data: string[] }; series: Series[]; legend: { data: string[] } };
    expect(option.xAxis.data).toEqual(['张伟', '李娜']);
    const zones = option.series.filter((series) => series.stack === 'visits');
    const values = (data: unknown[]) => data.map((item) => (item as { value: number }).value);
    expect(zones.map((series) => [series.name, series.itemStyle?.color, values(series.data)])).toEqual([
      ['红区', '#d33', [40, 0]],
      ['黄区', '#eb3', [30, 0]],
      ['蓝区', '#36c', [0, 100]],
    ]);
    // The stack of each rep is that rep's load (rounded to one decimal).
    load.reps.forEach((r, index) => expect(zones.reduce((sum, series) => sum + values(series.data)[index]!, 0)).toBeCloseTo(r.load, 0));
    // A click on a segment opens that rep's clients of that zone on the board.
    expect(targetOf(zones[2]!.data[1])).toEqual({ page: 'board', repId: 2, zones: ['blue'] });
    const capacity = option.series.find((series) => series.name === '产能')!;
    expect(capacity.data).toEqual([100, 80]);
    expect(option.legend.data).toEqual(['红区', '黄区', '蓝区', '产能']);
  });

  it('speaks the user’s language', () => {
    const option = repVisitsOption(load, 'en', { capacity: 'Capacity', visits: 'Visits', clients: 'Clients' }) as { series: Series[] };
    expect(option.series.map((series) => series.name)).toEqual(['red', 'yellow', 'blue', 'Capacity']);
  });
});

describe('the cell chart', () => {
  it('gives each cell its visits in its zone’s colour, and its clients on a second axis', () => {
    const cell = (code: string, zoneId: string | null, count: number, monthlyVisits: number) => ({ code, label: null, zoneId, visitsPerClient: 1, count, overridden: 0, monthlyVisits, volumeOurs: 0, volumeShare: null });
    const summary: BoardSummary = {
      model: { id: 'pharma', name: { 'zh-CN': '医药九宫格', en: 'Pharma' }, version: 1 },
      layout: { shape: 'grid', rowAxis: null, columnAxis: null, rowLabels: [], columnLabels: [], rows: [['A1', 'C3']] },
      zones: [{ id: 'red', name: { 'zh-CN': '红区', en: 'Red' }, color: '#d33', visitsPerMonth: 4 }],
      cells: [cell('A1', 'red', 3, 12), cell('C3', null, 5, 0)],
      totals: { clients: 8, ungraded: 0, overridden: 0, monthlyVisits: 12, volumeOurs: 0 },
    };
    const option = cellVisitsOption(summary, TEXTS) as { xAxis: { data: string[] }; series: (Series & { yAxisIndex?: number })[] };
    expect(option.xAxis.data).toEqual(['A1', 'C3']);
    expect(option.series[0]!.data).toEqual([
      { value: 12, itemStyle: { color: '#d33' }, target: { page: 'clients', cells: ['A1'] } },
      { value: 0, itemStyle: { color: '#8a94a0' }, target: { page: 'clients', cells: ['C3'] } },
    ]);
    expect(option.series[1]).toMatchObject({ name: '客户数', yAxisIndex: 1, data: [3, 5] });
  });
});
