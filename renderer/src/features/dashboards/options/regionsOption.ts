import type { RegionComparison } from '../../../../../shared/contract/analysisMethods';
import type { Locale } from '../../../../../shared/i18n/locales';
import type { ChartOption } from '../charts/echartsCore';
import { AXIS, AXIS_NAME, AXIS_TOOLTIP } from './chartStyle';

/** Clients per zone in each region (a roll-up of several regions' grading tables), stacked. */
export function regionsOption(data: RegionComparison, locale: Locale, texts: { noRegion: string; clients: string }): ChartOption {
  return {
    animation: false,
    tooltip: AXIS_TOOLTIP,
    legend: { top: 0, data: data.zones.map((zone) => zone.name[locale]) },
    grid: { left: 48, right: 16, top: 36, bottom: 28, containLabel: true },
    xAxis: { type: 'category', data: data.regions.map((region) => region.region ?? texts.noRegion), ...AXIS },
    yAxis: { type: 'value', name: texts.clients, ...AXIS_NAME, ...AXIS },
    series: data.zones.map((zone) => ({
      name: zone.name[locale],
      type: 'bar',
      stack: 'clients',
      itemStyle: { color: zone.color },
      data: data.regions.map((region) => region.perZone[zone.id] ?? 0),
    })),
  };
}
