import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { formatCount } from '../../components/format';
import { useLocale } from '../../i18n/useLocale';
import { useAnalysisFilters } from './analysisFilters';
import { ChartCard } from './ChartCard';
import { regionsOption } from './options/regionsOption';

/** The roll-up (区域经理 → 副总 → 总经办): shown once clients of more than one region are in the database. */
export function RegionSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const snapshotId = useAnalysisFilters((state) => state.snapshotId);
  const regions = useApiQuery('analysis.regions', snapshotId === null ? {} : { snapshotId });
  const data = regions.data;
  const texts = useMemo(() => ({ noRegion: t('analysis.filters.noRegion'), clients: t('analysis.clients') }), [t]);
  const option = useMemo(() => (data ? regionsOption(data, locale, texts) : null), [data, locale, texts]);
  if (!data || !option || data.regions.length < 2) return null;
  return (
    <section className="analysis-section" aria-labelledby="regions-title" data-testid="regions-section">
      <h2 id="regions-title">{t('analysis.regions.title')}</h2>
      <ChartCard title={t('analysis.regions.chart')} option={option} label={t('analysis.regions.chart')} testId="chart-regions">
        <div className="table-scroll table-fit">
          <table className="data-table analysis-table" data-testid="regions-table">
            <thead>
              <tr>
                <th scope="col">{t('analysis.filters.region')}</th>
                <th scope="col" className="num">
                  {t('analysis.clients')}
                </th>
                {data.zones.map((zone) => (
                  <th key={zone.id} scope="col" className="num">
                    {zone.name[locale]}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('analysis.regions.visits')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.regions.map((region) => (
                <tr key={region.region ?? ''}>
                  <th scope="row">{region.region ?? t('analysis.filters.noRegion')}</th>
                  <td className="num">{formatCount(region.clients, locale)}</td>
                  {data.zones.map((zone) => (
                    <td key={zone.id} className="num">
                      {formatCount(region.perZone[zone.id] ?? 0, locale)}
                    </td>
                  ))}
                  <td className="num">{formatCount(Math.round(region.monthlyVisits), locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ChartCard>
    </section>
  );
}
