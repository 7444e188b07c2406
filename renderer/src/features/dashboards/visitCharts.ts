import type { BoardSummary } from '../../../../shared/contract/boardMethods';
import type { LoadReport } from '../../../../shared/contract/planningMethods';
import type { Locale } from '../../../../shared/i18n/locales';
import type { ChartOption } from './charts/echartsCore';
import type { TargetItem } from './chartTargets';
import { AXIS, AXIS_TOOLTIP as TOOLTIP, INK, NEUTRAL, round1 as round } from './options/chartStyle';

export interface ChartTexts {
  capacity: string;
  visits: string;
  clients: string;
}


/**
 * Where each rep's visits go this month: one stacked bar per rep, a segment per zone (the
 * visits its clients ask for), and the rep's capacity as a marker, so an overloaded rep
 * stands out and the segments show which zone to cut.
 */
export function repVisitsOption(load: LoadReport, locale: Locale, texts: ChartTexts): ChartOption {
  const reps = load.reps;
  const zoneSeries = load.zones.map((zone) => ({
    name: zone.name[locale],
    type: 'bar',
    stack: 'visits',
    itemStyle: { color: zone.color },
    emphasis: { focus: 'series' },
    data: reps.map((rep): TargetItem => ({ value: round(rep.perZone[zone.id]?.visits ?? 0), target: { page: 'board', repId: rep.repId, zones: [zone.id] } })),
  }));
  return {
    animation: false,
    tooltip: TOOLTIP,
    legend: { top: 0, data: [...load.zones.map((zone) => zone.name[locale]), texts.capacity] },
    grid: { left: 48, right: 16, top: 36, bottom: 28, containLabel: true },
    xAxis: { type: 'category', data: reps.map((rep) => rep.repName), ...AXIS },
    yAxis: { type: 'value', name: texts.visits, nameTextStyle: { color: '#59636e' }, ...AXIS },
    series: [
      ...zoneSeries,
      {
        name: texts.capacity,
        type: 'line',
        data: reps.map((rep) => round(rep.capacity)),
        symbol: 'rect',
        symbolSize: [28, 3],
        lineStyle: { opacity: 0 },
        itemStyle: { color: INK },
        z: 10,
      },
    ],
  };
}

/** Visits per month each cell asks for (bars in the zone's colour), and how many clients it holds. */
export function cellVisitsOption(summary: BoardSummary, texts: ChartTexts): ChartOption {
  const colorOf = new Map(summary.zones.map((zone) => [zone.id, zone.color]));
  return {
    animation: false,
    tooltip: TOOLTIP,
    legend: { top: 0, data: [texts.visits, texts.clients] },
    grid: { left: 48, right: 48, top: 36, bottom: 28, containLabel: true },
    xAxis: { type: 'category', data: summary.cells.map((cell) => cell.code), ...AXIS },
    yAxis: [
      { type: 'value', name: texts.visits, nameTextStyle: { color: '#59636e' }, ...AXIS },
      { type: 'value', name: texts.clients, nameTextStyle: { color: '#59636e' }, splitLine: { show: false }, ...AXIS },
    ],
    series: [
      {
        name: texts.visits,
        type: 'bar',
        itemStyle: { color: NEUTRAL },
        data: summary.cells.map(
          (cell): TargetItem => ({ value: round(cell.monthlyVisits), itemStyle: { color: (cell.zoneId && colorOf.get(cell.zoneId)) || NEUTRAL }, target: { page: 'clients', cells: [cell.code] } }),
        ),
      },
      {
        name: texts.clients,
        type: 'line',
        yAxisIndex: 1,
        itemStyle: { color: INK },
        data: summary.cells.map((cell) => cell.count),
      },
    ],
  };
}
