import type { RepDistribution } from '../../../../../shared/contract/analysisMethods';
import type { Locale } from '../../../../../shared/i18n/locales';
import type { ChartOption } from '../charts/echartsCore';
import type { TargetItem } from '../chartTargets';
import { AXIS, AXIS_NAME, AXIS_TOOLTIP, percent } from './chartStyle';

export interface RepDistributionTexts {
  region: string;
  share: string;
  unassigned: string;
  generous: string;
}

/**
 * Each rep's clients by zone as 100% stacked bars, with the whole filter's ("region") bar
 * first to compare against; a rep who grades far more generously (chi-square, p < 0.01, more
 * in the top zone) is marked in the axis label. A click opens that rep's clients of that zone.
 */
export function repDistributionOption(data: RepDistribution, locale: Locale, texts: RepDistributionTexts, regions?: (string | null)[]): ChartOption {
  const repLabel = (rep: RepDistribution['reps'][number]) => `${rep.repName ?? texts.unassigned}${rep.generous ? ` ⚠ ${texts.generous}` : ''}`;
  const categories = [texts.region, ...data.reps.map(repLabel)];
  const zoneCount = (perCell: Record<string, number>, cells: readonly string[]) => cells.reduce((sum, cell) => sum + (perCell[cell] ?? 0), 0);
  const series = data.zones.map((zone) => ({
    name: zone.name[locale],
    type: 'bar',
    stack: 'share',
    itemStyle: { color: zone.color },
    data: [
      { clients: data.region.clients, perCell: data.region.perCell, repIds: undefined },
      ...data.reps.map((rep) => ({ clients: rep.clients, perCell: rep.perCell, repIds: [rep.repId] })),
    ].map(
      (group): TargetItem => ({
        value: group.clients > 0 ? percent(zoneCount(group.perCell, zone.cells) / group.clients) : 0,
        target: { page: 'clients', zones: [zone.id], ...(group.repIds ? { repIds: group.repIds } : {}), ...(regions ? { regions } : {}) },
      }),
    ),
  }));
  return {
    animation: false,
    tooltip: AXIS_TOOLTIP,
    legend: { top: 0, data: series.map((s) => s.name) },
    grid: { left: 48, right: 16, top: 36, bottom: 28, containLabel: true },
    xAxis: { type: 'category', data: categories, ...AXIS, axisLabel: { color: '#59636e', interval: 0 } },
    yAxis: { type: 'value', min: 0, max: 100, name: texts.share, axisLabel: { color: '#59636e', formatter: '{value}%' }, axisLine: AXIS.axisLine, ...AXIS_NAME },
    series,
  };
}
