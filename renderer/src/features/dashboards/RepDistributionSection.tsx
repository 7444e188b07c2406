import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { formatCount, formatShare } from '../../components/format';
import { useLocale } from '../../i18n/useLocale';
import { analysisFilterOf, targetScopeOf, useAnalysisFilters } from './analysisFilters';
import { ChartCard } from './ChartCard';
import { targetOf } from './chartTargets';
import { openChartTarget } from './openChartTarget';
import { repDistributionOption } from './options/repDistributionOption';

/** Which rep grades differently: each rep's zones against the others', with a chi-square test. */
export function RepDistributionSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const filters = useAnalysisFilters();
  // Every rep is compared: the rep filter does not apply here.
  const filter = analysisFilterOf({ ...filters, repId: null });
  const distribution = useApiQuery('analysis.repDistribution', filter);
  const data = distribution.data;
  const texts = useMemo(
    () => ({ region: t('analysis.reps.all'), share: t('analysis.reps.share'), unassigned: t('analysis.reps.unassigned'), generous: t('analysis.reps.generousShort') }),
    [t],
  );
  const option = useMemo(() => (data ? repDistributionOption(data, locale, texts, targetScopeOf({ repId: null, region: filters.region }).regions) : null), [data, locale, texts, filters.region]);
  const topZone = data?.zones[0];

  return (
    <section className="analysis-section" aria-labelledby="reps-title" data-testid="reps-section">
      <h2 id="reps-title">{t('analysis.reps.title')}</h2>
      {distribution.isError ? <ErrorMessage error={distribution.error} onRetry={() => void distribution.refetch()} /> : null}
      {distribution.isPending ? <Loading /> : null}
      {data && option && topZone ? (
        <ChartCard
          title={t('analysis.reps.chart')}
          option={option}
          label={t('analysis.reps.chart')}
          testId="chart-rep-distribution"
          onClick={(click) => {
            const target = targetOf(click.data);
            if (target) openChartTarget(target);
          }}
        >
          <div className="table-scroll table-fit">
            <table className="data-table analysis-table" data-testid="reps-table">
              <thead>
                <tr>
                  <th scope="col">{t('analysis.reps.col.rep')}</th>
                  <th scope="col" className="num">
                    {t('analysis.reps.col.clients')}
                  </th>
                  <th scope="col" className="num">
                    {t('analysis.reps.col.topDiff', { zone: topZone.name[locale] })}
                  </th>
                  <th scope="col" className="num">
                    χ²
                  </th>
                  <th scope="col" className="num">
                    p
                  </th>
                  <th scope="col">{t('analysis.reps.col.verdict')}</th>
                </tr>
              </thead>
              <tbody>
                {data.reps.map((rep) => (
                  <tr key={rep.repId ?? 'none'} className={rep.generous ? 'row-flagged' : undefined} data-rep={rep.repName ?? ''}>
                    <th scope="row">{rep.repName ?? t('analysis.reps.unassigned')}</th>
                    <td className="num">{formatCount(rep.clients, locale)}</td>
                    <td className="num">{`${rep.topZoneShareDiff > 0 ? '+' : ''}${formatShare(rep.topZoneShareDiff, locale)}`}</td>
                    <td className="num">{rep.chiSquare.toFixed(1)}</td>
                    <td className="num">{rep.pValue < 0.001 ? '< 0.001' : rep.pValue.toFixed(3)}</td>
                    <td>{rep.generous ? <strong>{t('analysis.reps.generous')}</strong> : rep.pValue < 0.01 ? t('analysis.reps.different') : t('analysis.reps.similar')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="chart-hint">{t('analysis.reps.method')}</p>
        </ChartCard>
      ) : null}
    </section>
  );
}
