import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { formatCount, formatShare, formatVisits, shareOf } from '../../components/format';
import { ZoneName } from '../../components/ZoneName';
import { useLocale } from '../../i18n/useLocale';
import { PeriodComparison } from '../periods/PeriodComparison';
import { AnalysisFilterBar } from './AnalysisFilterBar';
import { useAnalysisFilters } from './analysisFilters';
import { ParetoSection } from './ParetoSection';
import { PrintReportButton } from './report/PrintReportButton';
import { RegionSection } from './RegionSection';
import { RepDistributionSection } from './RepDistributionSection';
import { ShareBar } from './ShareBar';
import { VisitCharts } from './VisitCharts';
import { ZoneTrendSection } from './ZoneTrendSection';
import './analysis.css';

export function AnalysisPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const repId = useAnalysisFilters((state) => state.repId);
  const summary = useApiQuery('stats.summary', repId === null ? {} : { repId });
  const data = summary.data;

  return (
    <section className="page page-analysis" aria-labelledby="analysis-title">
      <PageTitle id="analysis-title">{t('analysis.title')}</PageTitle>
      <AnalysisFilterBar />
      <PrintReportButton />
      {summary.isError ? <ErrorMessage error={summary.error} onRetry={() => void summary.refetch()} /> : null}
      {summary.isPending ? <Loading /> : null}
      {data && data.totals.clients === 0 ? <p className="empty">{t('analysis.empty')}</p> : null}
      {data && data.totals.clients > 0 ? (
        <>
          <h2>{t('analysis.zones')}</h2>
          <div className="table-scroll table-fit">
            <table className="data-table analysis-table" data-testid="zones-table">
              <thead>
                <tr>
                  <th scope="col">{t('analysis.col.zone')}</th>
                  <th scope="col" className="num">
                    {t('analysis.col.clients')}
                  </th>
                  <th scope="col">{t('analysis.col.share')}</th>
                  <th scope="col" className="num">
                    {t('analysis.col.visits')}
                  </th>
                  <th scope="col">{t('analysis.col.visitsShare')}</th>
                </tr>
              </thead>
              <tbody>
                {data.zones.map((zone) => (
                  <tr key={zone.id} data-zone={zone.id}>
                    <th scope="row">
                      <ZoneName name={zone.name[locale]} color={zone.color} />
                    </th>
                    <td className="num">{formatCount(zone.count, locale)}</td>
                    <td>
                      <ShareBar share={shareOf(zone.count, data.totals.clients)} color={zone.color} />
                    </td>
                    <td className="num">{formatVisits(zone.monthlyVisits, locale)}</td>
                    <td>
                      <ShareBar share={shareOf(zone.monthlyVisits, data.totals.monthlyVisits)} color={zone.color} />
                    </td>
                  </tr>
                ))}
                <tr data-zone="">
                  <th scope="row">
                    <ZoneName name={t('common.ungraded')} color={null} />
                  </th>
                  <td className="num">{formatCount(data.totals.ungraded, locale)}</td>
                  <td>
                    <ShareBar share={shareOf(data.totals.ungraded, data.totals.clients)} color={null} />
                  </td>
                  <td className="num">{formatVisits(0, locale)}</td>
                  <td>
                    <ShareBar share={null} color={null} />
                  </td>
                </tr>
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('analysis.total')}</th>
                  <td className="num">{formatCount(data.totals.clients, locale)}</td>
                  <td>{formatShare(1, locale)}</td>
                  <td className="num">{formatVisits(data.totals.monthlyVisits, locale)}</td>
                  <td>{formatShare(data.totals.monthlyVisits > 0 ? 1 : null, locale)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
          <ParetoSection />
          <VisitCharts />
          <RepDistributionSection />
          <ZoneTrendSection />
          <RegionSection />
        </>
      ) : null}
      <PeriodComparison />
    </section>
  );
}
