import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../../../shared/planning/dates';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { formatVisits } from '../../components/format';
import { useLocale } from '../../i18n/useLocale';
import { analysisFilterOf, targetScopeOf, useAnalysisFilters } from './analysisFilters';
import { ChartCard } from './ChartCard';
import type { ChartClick } from './charts/EChart';
import { targetOf } from './chartTargets';
import { openChartTarget } from './openChartTarget';
import { zoneVisitsOption } from './options/zoneVisitsOption';
import { cellVisitsOption, repVisitsOption } from './visitCharts';

const open = (click: ChartClick) => {
  const target = targetOf(click.data);
  if (target) openChartTarget(target);
};

/** Where the visits go: planned against recommended by zone, by rep and zone against capacity for a month, and by cell. */
export function VisitCharts() {
  const { t } = useTranslation();
  const locale = useLocale();
  const filters = useAnalysisFilters();
  const [month, setMonth] = useState(() => {
    const now = new Date();
    return formatMonth(now.getFullYear(), now.getMonth() + 1);
  });
  // Visits are planned on today's grades: the period filter does not apply here.
  const filter = analysisFilterOf({ ...filters, snapshotId: null });
  const byZone = useApiQuery('analysis.visitsByZone', { ...(filter.repId === undefined ? {} : { repId: filter.repId }), ...(filter.region === undefined ? {} : { region: filter.region }), month });
  const load = useApiQuery('planning.load', { month });
  const summary = useApiQuery('board.summary', filters.repId === null ? {} : { repId: filters.repId });
  const texts = useMemo(() => ({ capacity: t('analysis.capacity'), visits: t('analysis.visits'), clients: t('analysis.clients') }), [t]);
  const zoneTexts = useMemo(() => ({ recommended: t('analysis.zoneVisits.recommended'), planned: t('analysis.zoneVisits.planned'), share: t('analysis.zoneVisits.share') }), [t]);
  const scope = useMemo(() => targetScopeOf({ repId: filters.repId, region: filters.region }), [filters.repId, filters.region]);
  const zoneOption = useMemo(() => (byZone.data ? zoneVisitsOption(byZone.data, locale, zoneTexts, scope) : null), [byZone.data, locale, zoneTexts, scope]);
  const repOption = useMemo(() => (load.data ? repVisitsOption(load.data, locale, texts) : null), [load.data, locale, texts]);
  const cellOption = useMemo(() => (summary.data ? cellVisitsOption(summary.data, texts) : null), [summary.data, texts]);
  const repLabel = load.data
    ? `${t('analysis.repChart')}: ${load.data.reps
        .map((rep) => t('analysis.repSummary', { rep: rep.repName, load: formatVisits(rep.load, locale), capacity: formatVisits(rep.capacity, locale) }))
        .join('; ')}`
    : '';
  const zoneLabel = byZone.data
    ? byZone.data.zones.map((zone) => t('analysis.zoneVisits.summary', { zone: zone.name[locale], recommended: formatVisits(zone.recommended, locale), planned: formatVisits(zone.planned, locale) })).join('; ')
    : '';

  return (
    <section className="visit-charts analysis-section" aria-labelledby="visit-charts-title" data-testid="visit-charts">
      <div className="visit-charts-head">
        <h2 id="visit-charts-title">{t('analysis.visitsTitle')}</h2>
        <label className="field field-inline">
          <span>{t('analysis.month')}</span>
          <input type="month" value={month} data-testid="visit-charts-month" onChange={(event) => event.target.value && setMonth(event.target.value)} />
        </label>
      </div>
      {[byZone, load, summary].map((query, index) => (query.isError ? <ErrorMessage key={index} error={query.error} onRetry={() => void query.refetch()} /> : null))}
      {byZone.isPending || load.isPending || summary.isPending ? <Loading /> : null}
      <div className="visit-charts-grid">
        {zoneOption ? <ChartCard title={t('analysis.zoneVisits.chart')} option={zoneOption} label={zoneLabel} testId="chart-zone-visits" onClick={open} /> : null}
        {repOption && load.data ? (
          load.data.reps.length > 0 ? (
            <ChartCard title={t('analysis.repChart')} option={repOption} label={repLabel} testId="chart-rep-visits" onClick={open} />
          ) : (
            <p className="empty">{t('analysis.noReps')}</p>
          )
        ) : null}
        {cellOption ? <ChartCard title={t('analysis.cellChart')} option={cellOption} label={t('analysis.cellChart')} testId="chart-cell-visits" onClick={open} /> : null}
      </div>
    </section>
  );
}
