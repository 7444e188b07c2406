import type { ZoneTrend } from '../../../../../shared/contract/analysisMethods';
import type { Locale } from '../../../../../shared/i18n/locales';
import type { ChartOption } from '../charts/echartsCore';
import { AXIS, AXIS_NAME, AXIS_TOOLTIP, percent } from './chartStyle';

/** Each snapshot's name on the axis: its label, else its period; today's point is `now`. */
export function trendLabel(point: ZoneTrend['points'][number], now: string): string {
  return point.snapshotId === null ? now : (point.label ?? point.period ?? '');
}

/** The share of clients in each zone over the snapshots, oldest first, today last: one line per zone. */
export function zoneTrendOption(trend: ZoneTrend, locale: Locale, texts: { now: string; share: string }): ChartOption {
  return {
    animation: false,
    tooltip: { ...AXIS_TOOLTIP, axisPointer: { type: 'line' } },
    legend: { top: 0, data: trend.zones.map((zone) => zone.name[locale]) },
    grid: { left: 48, right: 24, top: 36, bottom: 28, containLabel: true },
    xAxis: { type: 'category', boundaryGap: false, data: trend.points.map((point) => trendLabel(point, texts.now)), ...AXIS },
    yAxis: { type: 'value', min: 0, name: texts.share, axisLabel: { color: '#59636e', formatter: '{value}%' }, axisLine: AXIS.axisLine, ...AXIS_NAME },
    series: trend.zones.map((zone) => ({
      name: zone.name[locale],
      type: 'line',
      symbolSize: 7,
      itemStyle: { color: zone.color },
      lineStyle: { color: zone.color, width: 2 },
      data: trend.points.map((point) => (point.clients > 0 ? percent((point.perZone[zone.id] ?? 0) / point.clients) : 0)),
    })),
  };
}
