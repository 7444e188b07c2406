import { useTranslation } from 'react-i18next';
import type { Rep } from '../../../../shared/domain/schemas';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatVisits } from '../../components/format';
import { Loading } from '../../components/Loading';
import { ZoneName } from '../../components/ZoneName';
import { useLocale } from '../../i18n/useLocale';
import { shortDate } from './planView';

/** Each client of the rep with the dates planned in the period (a month or a quarter). */
export function ClientDates({ period, rep }: { period: string; rep: Rep }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const plan = useApiQuery('planning.schedule', { period, repIds: [rep.id] });
  if (plan.isError) return <ErrorMessage error={plan.error} onRetry={() => void plan.refetch()} />;
  const repPlan = plan.data?.reps[0];
  if (!plan.data || !repPlan) return <Loading />;
  const zones = new Map(plan.data.zones.map((zone) => [zone.id, zone]));
  const rows = [...repPlan.clients].sort(
    (a, b) =>
      (a.hospitalName ?? '').localeCompare(b.hospitalName ?? '', 'zh-CN') ||
      (a.department ?? '').localeCompare(b.department ?? '', 'zh-CN') ||
      a.name.localeCompare(b.name, 'zh-CN'),
  );
  if (rows.length === 0) return <p className="empty">{t('planning.clients.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="client-dates">
        <caption className="plans-caption">{t('planning.clients.caption', { rep: rep.name, period })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planning.clients.hospital')}</th>
            <th scope="col">{t('planning.clients.department')}</th>
            <th scope="col">{t('planning.clients.name')}</th>
            <th scope="col">{t('planning.clients.cell')}</th>
            <th scope="col">{t('planning.clients.zone')}</th>
            <th scope="col" className="num">
              {t('planning.clients.frequency')}
            </th>
            <th scope="col">{t('planning.clients.dates')}</th>
            <th scope="col" className="num">
              {t('planning.clients.cut')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((client) => {
            const zone = client.zoneId ? zones.get(client.zoneId) : undefined;
            return (
              <tr key={client.id}>
                <td>{client.hospitalName ?? t('common.none')}</td>
                <td>{client.department ?? t('common.none')}</td>
                <th scope="row">{client.name}</th>
                <td>{client.cell ?? t('common.none')}</td>
                <td>{zone ? <ZoneName name={zone.name[locale]} color={zone.color} /> : t('common.none')}</td>
                <td className="num">{formatVisits(client.frequency, locale)}</td>
                <td>{client.dates.map((date) => shortDate(date, locale)).join('、') || t('common.none')}</td>
                <td className="num">{client.cutVisits > 0 ? client.cutVisits : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
