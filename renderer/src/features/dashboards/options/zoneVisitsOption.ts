import type { VisitsByZone } from '../../../../../shared/contract/analysisMethods';
import type { Locale } from '../../../../../shared/i18n/locales';
import type { ChartOption } from '../charts/echartsCore';
import type { TargetItem, TargetScope } from '../chartTargets';
import { AXIS, AXIS_NAME, AXIS_TOOLTIP, percent } from './chartStyle';

export interface ZoneVisitsTexts {
  recommended: string;
  planned: string;
  share: string;
}

/**
 * Planned visits by zone against what the model recommends: two bars per zone, the share of
 * all visits the model prescribes for it and the share the plan keeps after capacity cuts.
 * A zone whose planned bar falls short of its recommended one is where cuts bite.
 */
export function zoneVisitsOption(data: VisitsByZone, locale: Locale, texts: ZoneVisitsTexts, scope: TargetScope = {}): ChartOption {
  const item = (zone: VisitsByZone['zones'][number], share: number, faded: boolean): TargetItem & { itemStyle: { color: string; opacity?: number } } => ({
    value: percent(share),
    target: { page: 'clients', zones: [zone.id], ...scope },
    itemStyle: faded ? { color: zone.color, opacity: 0.4 } : { color: zone.color },
  });
  return {
    animation: false,
    tooltip: AXIS_TOOLTIP,
    legend: { top: 0, data: [texts.recommended, texts.planned] },
    grid: { left: 48, right: 16, top: 36, bottom: 28, containLabel: true },
    xAxis: { type: 'category', data: data.zones.map((zone) => zone.name[locale]), ...AXIS },
    yAxis: { type: 'value', min: 0, max: 100, name: texts.share, axisLabel: { color: '#59636e', formatter: '{value}%' }, axisLine: AXIS.axisLine, ...AXIS_NAME },
    series: [
      { name: texts.recommended, type: 'bar', itemStyle: { color: '#b9c2cc' }, data: data.zones.map((zone) => item(zone, zone.recommendedShare, true)) },
      { name: texts.planned, type: 'bar', itemStyle: { color: '#59636e' }, data: data.zones.map((zone) => item(zone, zone.plannedShare, false)) },
    ],
  };
}
