import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisClient } from '../../../../shared/contract/analysisMethods';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { formatCount, formatShare } from '../../components/format';
import { useLocale } from '../../i18n/useLocale';
import { analysisFilterOf, targetScopeOf, useAnalysisFilters } from './analysisFilters';
import { ChartCard } from './ChartCard';
import { targetOf } from './chartTargets';
import { openChartTarget } from './openChartTarget';
import { paretoOption } from './options/paretoOption';

function ClientFlags({ title, page, testId, onOpen }: { title: string; page: { total: number; rows: AnalysisClient[] }; testId: string; onOpen: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="client-flags" data-testid={testId}>
      <h4>
        {title} <span className="muted">{t('analysis.pareto.count', { n: formatCount(page.total, locale) })}</span>
      </h4>
      {page.total === 0 ? <p className="muted">{t('analysis.pareto.none')}</p> : null}
      <ul>
        {page.rows.slice(0, 8).map((client) => (
          <li key={client.clientId}>
            {client.name}
            <span className="muted">
              {' '}
              · {client.hospitalName ?? ''} · {client.cell ?? '—'} · {formatCount(client.volume ?? 0, locale)}
            </span>
          </li>
        ))}
      </ul>
      {page.total > 0 ? (
        <button type="button" className="button button-small" onClick={onOpen}>
          {t('analysis.openGrid')}
        </button>
      ) : null}
    </div>
  );
}

/** Is 20% of clients giving 80% of volume, and do the zones (and so the visits) follow it? */
export function ParetoSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const filters = useAnalysisFilters();
  const filter = analysisFilterOf(filters);
  const pareto = useApiQuery('analysis.pareto', { ...filter, limit: 50 });
  const data = pareto.data;
  const scope = useMemo(() => targetScopeOf({ repId: filters.repId, region: filters.region }), [filters.repId, filters.region]);
  const texts = useMemo(
    () => ({
      cumulative: t('analysis.pareto.cumulative'),
      clientsAxis: t('analysis.pareto.clientsAxis'),
      volumeAxis: t('analysis.pareto.volumeAxis'),
      clientsPerStep: t('analysis.pareto.clientsPerStep'),
      head: t('analysis.pareto.head'),
      ungraded: t('common.ungraded'),
    }),
    [t],
  );
  const option = useMemo(() => (data ? paretoOption(data, locale, texts, scope) : null), [data, locale, texts, scope]);
  const lastZone = data?.zones[data.zones.length - 1];
  const firstZone = data?.zones[0];

  return (
    <section className="analysis-section" aria-labelledby="pareto-title" data-testid="pareto-section">
      <h2 id="pareto-title">{t('analysis.pareto.title')}</h2>
      {pareto.isError ? <ErrorMessage error={pareto.error} onRetry={() => void pareto.refetch()} /> : null}
      {pareto.isPending ? <Loading /> : null}
      {data && option ? (
        <>
          <p className="lead" data-testid="pareto-head">
            {data.totalVolume > 0
              ? t('analysis.pareto.summary', { share: formatShare(data.headVolumeShare, locale), clients: formatCount(data.withVolume, locale) })
              : t('analysis.pareto.noVolume')}
          </p>
          <ChartCard
            title={t('analysis.pareto.chart')}
            option={option}
            label={t('analysis.pareto.summary', { share: formatShare(data.headVolumeShare, locale), clients: formatCount(data.withVolume, locale) })}
            testId="chart-pareto"
            onClick={(click) => {
              const target = targetOf(click.data);
              if (target) openChartTarget(target);
            }}
          >
            <div className="client-flags-grid">
              {lastZone ? (
                <ClientFlags
                  title={t('analysis.pareto.highLow', { zone: lastZone.name[locale] })}
                  page={data.highVolumeLowZone}
                  testId="flags-high-volume-low-zone"
                  onOpen={() => openChartTarget({ page: 'clients', zones: [lastZone.id], ...scope })}
                />
              ) : null}
              {firstZone ? (
                <ClientFlags
                  title={t('analysis.pareto.lowTop', { zone: firstZone.name[locale] })}
                  page={data.lowVolumeTopZone}
                  testId="flags-low-volume-top-zone"
                  onOpen={() => openChartTarget({ page: 'clients', zones: [firstZone.id], ...scope })}
                />
              ) : null}
            </div>
          </ChartCard>
        </>
      ) : null}
    </section>
  );
}
