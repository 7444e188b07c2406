import { useTranslation } from 'react-i18next';
import type { Rep } from '../../../../shared/domain/schemas';
import { cellPrescriptionText } from '../../../../shared/grading/cadenceText';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { ZoneName } from '../../components/ZoneName';
import { useLocale } from '../../i18n/useLocale';
import { dateList, phaseLabel, shortDate } from './planView';
import { usePlanWords } from './planWords';
import { ZonePrescriptions } from './ZonePrescriptions';

/**
 * Each client of the rep with the dates planned in the period (a month or a quarter) and what
 * the model prescribes for its cell; under a cadence also the day its contacts count from, its
 * phase, and the next contact after the period. Clients the model does not schedule (follow the
 * orders, case by case) are listed with the model's words and no date.
 */
export function ClientDates({ period, rep }: { period: string; rep: Rep }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const plan = useApiQuery('planning.schedule', { period, repIds: [rep.id] });
  const words = usePlanWords(plan.data?.model.action);
  if (plan.isError) return <ErrorMessage error={plan.error} onRetry={() => void plan.refetch()} />;
  const repPlan = plan.data?.reps[0];
  if (!plan.data || !repPlan) return <Loading />;
  const { action } = plan.data.model;
  const zones = new Map(plan.data.zones.map((zone) => [zone.id, zone]));
  const rows = [...repPlan.clients].sort(
    (a, b) =>
      (a.hospitalName ?? '').localeCompare(b.hospitalName ?? '', 'zh-CN') ||
      (a.department ?? '').localeCompare(b.department ?? '', 'zh-CN') ||
      a.name.localeCompare(b.name, 'zh-CN'),
  );
  const prescriptions = <ZonePrescriptions zones={plan.data.zones} action={action} model={plan.data.model.name} />;
  if (rows.length === 0) {
    return (
      <>
        {prescriptions}
        <p className="empty">{t('planning.clients.none', words)}</p>
      </>
    );
  }
  const showStart = rows.some((c) => c.cadenceStart !== null);
  const showNext = rows.some((c) => c.nextDate !== null || c.nextMonth !== null);
  return (
    <>
      {prescriptions}
      <div className="table-scroll">
        <table className="data-table" data-testid="client-dates">
          <caption className="plans-caption">{t('planning.clients.caption', { ...words, rep: rep.name, period })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planning.clients.hospital')}</th>
              <th scope="col">{t('planning.clients.department')}</th>
              <th scope="col">{t('planning.clients.name')}</th>
              <th scope="col">{t('planning.clients.cell')}</th>
              <th scope="col">{t('planning.clients.zone')}</th>
              <th scope="col">{t('planning.clients.frequency')}</th>
              {showStart ? <th scope="col">{t('planning.clients.start')}</th> : null}
              <th scope="col">{t('planning.clients.dates')}</th>
              {showNext ? <th scope="col">{t('planning.clients.next')}</th> : null}
              <th scope="col" className="num">
                {t('planning.clients.cut')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((client) => {
              const zone = client.zoneId ? zones.get(client.zoneId) : undefined;
              const phase = zone ? phaseLabel(zone, client.phaseId) : null;
              return (
                <tr key={client.id} data-testid={`client-dates-${client.id}`}>
                  <td>{client.hospitalName ?? t('common.none')}</td>
                  <td>{client.department ?? t('common.none')}</td>
                  <th scope="row">{client.name}</th>
                  <td>{client.cell ?? t('common.none')}</td>
                  <td>{zone ? <ZoneName name={zone.name[locale]} color={zone.color} /> : t('common.none')}</td>
                  <td>{zone && client.cell ? cellPrescriptionText(zone, client.cell, action, client.phaseId)[locale] : t('common.none')}</td>
                  {showStart ? (
                    <td>
                      {client.cadenceStart ? shortDate(client.cadenceStart, locale) : ''}
                      {phase ? <div className="help">{phase[locale]}</div> : null}
                    </td>
                  ) : null}
                  <td>{dateList(client.dates, locale) || t('common.none')}</td>
                  {showNext ? (
                    <td>
                      {client.nextDate
                        ? shortDate(client.nextDate, locale)
                        : client.nextMonth
                          ? t('planning.clients.nextMonth', { month: client.nextMonth })
                          : ''}
                    </td>
                  ) : null}
                  <td className="num">{client.cutVisits > 0 ? client.cutVisits : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
