import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { formatCount, formatVisits } from '../../components/format';
import { ZoneName } from '../../components/ZoneName';
import { useLocale } from '../../i18n/useLocale';
import { repLoadRows } from './repLoad';

export function PlansPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const summary = useApiQuery('stats.summary', {});
  const reps = useApiQuery('reps.list', {});
  const visitsPerDay = new Map((reps.data ?? []).map((rep) => [rep.id, rep.visitsPerDay]));
  const rows = summary.data ? repLoadRows(summary.data) : [];
  const zones = summary.data?.zones ?? [];
  const dash = t('common.none');

  return (
    <section className="page page-plans" aria-labelledby="plans-title">
      <PageTitle id="plans-title">{t('plans.title')}</PageTitle>
      <p className="lead">{t('plans.intro')}</p>
      {summary.isError ? <ErrorMessage error={summary.error} onRetry={() => void summary.refetch()} /> : null}
      {reps.isError ? <ErrorMessage error={reps.error} onRetry={() => void reps.refetch()} /> : null}
      {summary.isPending ? <Loading /> : null}
      {summary.data && rows.length === 0 ? <p className="empty">{t('plans.empty')}</p> : null}
      {summary.data && rows.length > 0 ? (
        <div className="table-scroll table-fit">
          <table className="data-table" data-testid="plans-table">
            <thead>
              <tr>
                <th scope="col">{t('plans.col.rep')}</th>
                <th scope="col" className="num">
                  {t('plans.col.clients')}
                </th>
                {zones.map((zone) => (
                  <th key={zone.id} scope="col" className="num">
                    <ZoneName name={zone.name[locale]} color={zone.color} />
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('plans.col.ungraded')}
                </th>
                <th scope="col" className="num">
                  {t('plans.col.visitsPerDay')}
                </th>
                <th scope="col" className="num">
                  {t('plans.col.monthlyVisits')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.repId ?? 'none'}>
                  <th scope="row">{row.repName ?? t('common.unassignedRep')}</th>
                  <td className="num">{formatCount(row.clients, locale)}</td>
                  {zones.map((zone) => (
                    <td key={zone.id} className="num">
                      {formatCount(row.perZone[zone.id] ?? 0, locale)}
                    </td>
                  ))}
                  <td className="num">{formatCount(row.ungraded, locale)}</td>
                  <td className="num">
                    {row.repId !== null && visitsPerDay.has(row.repId)
                      ? formatVisits(visitsPerDay.get(row.repId) ?? 0, locale)
                      : dash}
                  </td>
                  <td className="num strong">{formatVisits(row.monthlyVisits, locale)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('plans.total')}</th>
                <td className="num">{formatCount(summary.data.totals.clients, locale)}</td>
                {zones.map((zone) => (
                  <td key={zone.id} className="num">
                    {formatCount(zone.count, locale)}
                  </td>
                ))}
                <td className="num">{formatCount(summary.data.totals.ungraded, locale)}</td>
                <td className="num">{dash}</td>
                <td className="num strong">{formatVisits(summary.data.totals.monthlyVisits, locale)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
      <p className="note">{t('plans.later')}</p>
    </section>
  );
}
