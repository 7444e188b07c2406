import { PARETO_HEAD_SHARE, type Pareto } from '../../../../../shared/contract/analysisMethods';
import type { Locale } from '../../../../../shared/i18n/locales';
import type { ChartOption } from '../charts/echartsCore';
import type { TargetItem, TargetScope } from '../chartTargets';
import { AXIS, AXIS_NAME, AXIS_TOOLTIP, INK, NEUTRAL, percent } from './chartStyle';

export interface ParetoTexts {
  cumulative: string;
  clientsAxis: string;
  volumeAxis: string;
  clientsPerStep: string;
  head: string;
  ungraded: string;
}

/**
 * The Pareto of monthly volume: clients from the largest to the smallest (x, share of clients),
 * the cumulative share of volume as a line, and under it each step's clients stacked by zone,
 * so a blue band near the left (volume without visits) or a red band at the right (visits
 * without volume) shows at a glance. A click on a zone's band opens those clients in the grid.
 */
export function paretoOption(pareto: Pareto, locale: Locale, texts: ParetoTexts, scope: TargetScope = {}): ChartOption {
  const labels = pareto.points.map((point) => `${percent(point.clientShare)}%`);
  const zones = [...pareto.zones.map((zone) => ({ id: zone.id, name: zone.name[locale], color: zone.color })), { id: '', name: texts.ungraded, color: NEUTRAL }];
  const headIndex = pareto.points.findIndex((point) => point.clientShare >= PARETO_HEAD_SHARE - 1e-9);
  const bars = zones
    .filter((zone) => pareto.points.some((point) => (point.byZone[zone.id] ?? 0) > 0))
    .map((zone) => ({
      name: zone.name,
      type: 'bar',
      stack: 'zones',
      yAxisIndex: 1,
      barCategoryGap: '10%',
      itemStyle: { color: zone.color, opacity: 0.75 },
      data: pareto.points.map(
        (point): TargetItem => ({
          value: point.byZone[zone.id] ?? 0,
          target: zone.id === '' ? { page: 'clients', ...scope } : { page: 'clients', zones: [zone.id], ...scope },
        }),
      ),
    }));
  return {
    animation: false,
    tooltip: AXIS_TOOLTIP,
    legend: { top: 0, data: [texts.cumulative, ...bars.map((bar) => bar.name)] },
    grid: { left: 48, right: 48, top: 40, bottom: 36, containLabel: true },
    xAxis: { type: 'category', data: labels, name: texts.clientsAxis, nameLocation: 'middle', nameGap: 28, ...AXIS_NAME, ...AXIS },
    yAxis: [
      { type: 'value', min: 0, max: 100, name: texts.volumeAxis, axisLabel: { color: '#59636e', formatter: '{value}%' }, axisLine: AXIS.axisLine, ...AXIS_NAME },
      { type: 'value', name: texts.clientsPerStep, splitLine: { show: false }, ...AXIS_NAME, ...AXIS },
    ],
    series: [
      ...bars,
      {
        name: texts.cumulative,
        type: 'line',
        symbol: 'none',
        z: 10,
        lineStyle: { color: INK, width: 2 },
        itemStyle: { color: INK },
        data: pareto.points.map((point) => percent(point.volumeShare)),
        ...(headIndex >= 0
          ? { markLine: { symbol: 'none', silent: true, label: { formatter: texts.head, color: INK }, lineStyle: { color: INK, type: 'dashed' }, data: [{ xAxis: headIndex }] } }
          : {}),
      },
    ],
  };
}
