import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../../../shared/planning/dates';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { formatVisits } from '../../components/format';
import { useLocale } from '../../i18n/useLocale';
import { EChart } from './charts/EChart';
import { cellVisitsOption, repVisitsOption } from './visitCharts';

/** Where the visits go: by rep and zone against capacity for a month, and by cell. */
export function VisitCharts() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [month, setMonth] = useState(() => {
    const now = new Date();
    return formatMonth(now.getFullYear(), now.getMonth() + 1);
  });
  const load = useApiQuery('planning.load', { month });
  const summary = useApiQuery('board.summary', {});
  const texts = useMemo(() => ({ capacity: t('analysis.capacity'), visits: t('analysis.visits'), clients: t('analysis.clients') }), [t]);
  const repOption = useMemo(() => (load.data ? repVisitsOption(load.data, locale, texts) : null), [load.data, locale, texts]);
  const cellOption = useMemo(() => (summary.data ? cellVisitsOption(summary.data, texts) : null), [summary.data, texts]);
  const repLabel = load.data
    ? `${t('analysis.repChart')}: ${load.data.reps
        .map((rep) => t('analysis.repSummary', { rep: rep.repName, load: formatVisits(rep.load, locale), capacity: formatVisits(rep.capacity, locale) }))
        .join('; ')}`
    : '';

  return (
    <section className="visit-charts" aria-labelledby="visit-charts-title" data-testid="visit-charts">
      <div className="visit-charts-head">
        <h2 id="visit-charts-title">{t('analysis.visitsTitle')}</h2>
        <label className="field field-inline">
          <span>{t('analysis.month')}</span>
          <input type="month" value={month} data-testid="visit-charts-month" onChange={(event) => event.target.value && setMonth(event.target.value)} />
        </label>
      </div>
      {load.isError ? <ErrorMessage error={load.error} onRetry={() => void load.refetch()} /> : null}
      {summary.isError ? <ErrorMessage error={summary.error} onRetry={() => void summary.refetch()} /> : null}
      {load.isPending || summary.isPending ? <Loading /> : null}
      <div className="visit-charts-grid">
        {repOption && load.data ? (
          <figure className="chart-card">
            <figcaption>{t('analysis.repChart')}</figcaption>
            {load.data.reps.length > 0 ? <EChart option={repOption} label={repLabel} height={300} testId="chart-rep-visits" /> : <p className="empty">{t('analysis.noReps')}</p>}
          </figure>
        ) : null}
        {cellOption ? (
          <figure className="chart-card">
            <figcaption>{t('analysis.cellChart')}</figcaption>
            <EChart option={cellOption} label={t('analysis.cellChart')} height={300} testId="chart-cell-visits" />
          </figure>
        ) : null}
      </div>
    </section>
  );
}
