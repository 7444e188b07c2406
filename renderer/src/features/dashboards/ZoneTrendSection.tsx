import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useLocale } from '../../i18n/useLocale';
import { analysisFilterOf, useAnalysisFilters } from './analysisFilters';
import { ChartCard } from './ChartCard';
import { zoneTrendOption } from './options/zoneTrendOption';

/** How the zones' shares moved over the period snapshots. */
export function ZoneTrendSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  // The trend runs over every snapshot: the period filter does not apply here.
  const filter = analysisFilterOf({ ...useAnalysisFilters(), snapshotId: null });
  const trend = useApiQuery('analysis.zoneTrend', filter);
  const data = trend.data;
  const texts = useMemo(() => ({ now: t('analysis.trend.now'), share: t('analysis.trend.share') }), [t]);
  const option = useMemo(() => (data ? zoneTrendOption(data, locale, texts) : null), [data, locale, texts]);
  return (
    <section className="analysis-section" aria-labelledby="trend-title" data-testid="trend-section">
      <h2 id="trend-title">{t('analysis.trend.title')}</h2>
      {trend.isError ? <ErrorMessage error={trend.error} onRetry={() => void trend.refetch()} /> : null}
      {trend.isPending ? <Loading /> : null}
      {data && data.points.length < 2 ? <p className="muted">{t('analysis.trend.needSnapshots')}</p> : null}
      {data && option && data.points.length >= 2 ? <ChartCard title={t('analysis.trend.chart')} option={option} label={t('analysis.trend.chart')} testId="chart-zone-trend" /> : null}
    </section>
  );
}
