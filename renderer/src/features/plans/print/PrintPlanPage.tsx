import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanReport } from '../../../../../shared/contract/planningMethods';
import { cellPrescriptionText, zonePrescriptionText } from '../../../../../shared/grading/cadenceText';
import { parsePrintRoute } from '../../../../../shared/planning/printRoute';
import { useApiQuery } from '../../../api/hooks';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { readableTextColor } from '../../../components/zoneColors';
import { formatVisits } from '../../../components/format';
import { useModelVocabularyReady } from '../../../i18n/modelVocabulary';
import { useLocale } from '../../../i18n/useLocale';
import { clientsById, dateList, groupByHospital, phaseLabel, scheduledByCadence, shortDate, weekdayKey, weeksOf, zoneTotals, type RepPlan } from '../planView';
import { usePlanWords } from '../planWords';
import { markPrintReady } from './printReady';
import '../../../styles/printDocument.css';
import './print.css';

/** Cut clients listed one by one up to this many; beyond it the printed plan gives counts per zone. */
const CUTS_LISTED = 40;

function subscribeHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * The printable 拜访频率计划 (#/print/plan?period=…&reps=…): one A4 document per rep with the
 * header figures, the visits week by week and day by day, the zones' strategy reminders with what
 * each prescribes in the model's words, the clients on a date-fixed cadence with their start and
 * next contact, the clients the model does not schedule, and signature boxes. Titles use the
 * model's word for a contact (跟进计划, 面谈计划). Electron prints this route from a hidden window; tests print it in Chromium.
 * When everything is rendered and the fonts are loaded it sets data-print-ready on <html>.
 */
export function PrintPlanPage() {
  const { t } = useTranslation();
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash);
  const request = parsePrintRoute(hash);
  const plan = useApiQuery(
    'planning.schedule',
    { period: request?.period ?? '2000-01', ...(request && request.repIds !== 'all' ? { repIds: request.repIds } : {}) },
    { enabled: request !== null },
  );
  const words = usePlanWords(plan.data?.model.action);
  // Printed in the model's words (员工/团队), never the default ones while they load.
  const vocabularyReady = useModelVocabularyReady();

  useEffect(() => {
    if (request === null || plan.isError) return markPrintReady('error');
    if (!plan.data || !vocabularyReady) return markPrintReady(null);
    document.title = `${words.printTitle} · ${plan.data.period}`;
    return markPrintReady('true');
  }, [request, plan.data, plan.isError, words.printTitle, vocabularyReady]);

  if (request === null) {
    return (
      <section className="print-plan print-document" aria-labelledby="print-title">
        <h1 id="print-title" tabIndex={-1}>
          {words.printTitle}
        </h1>
        <p className="notice notice-error">{t('planning.print.invalid')}</p>
      </section>
    );
  }
  return (
    <div className="print-plan print-document" data-testid="print-plan">
      <div className="print-toolbar print-document-toolbar">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('planning.print.printButton')}
        </button>
        <a className="button" href="#/plans">
          {t('planning.print.back', words)}
        </a>
      </div>
      {plan.isError ? <ErrorMessage error={plan.error} onRetry={() => void plan.refetch()} /> : null}
      {plan.data?.reps.map((rep, index) => <RepSheet key={rep.repId} report={plan.data} rep={rep} first={index === 0} />)}
    </div>
  );
}

/** Weeks of the period with each day's visits by hospital, numbered 1… through the period. */
function numberedWeeks(days: RepPlan['months'][number]['days'], clients: ReturnType<typeof clientsById>) {
  let row = 0;
  return weeksOf(days).map((week) => ({
    week,
    rows: week.days.map((day) => ({
      day,
      groups: groupByHospital(day, clients).map((group) => ({ ...group, visits: group.visits.map((visit) => ({ ...visit, row: ++row })) })),
    })),
  }));
}

function RepSheet({ report, rep, first }: { report: PlanReport; rep: RepPlan; first: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const words = usePlanWords(report.model.action);
  const { action } = report.model;
  const clients = clientsById(rep);
  const zones = new Map(report.zones.map((zone) => [zone.id, zone]));
  const totals = zoneTotals(rep, report.zones.map((zone) => zone.id));
  const sum = (pick: (m: RepPlan['months'][number]) => number) => rep.months.reduce((s, m) => s + pick(m), 0);
  const cutVisits = sum((m) => m.cuts.reduce((s, c) => s + c.visitsCut, 0) + m.unscheduled.reduce((s, u) => s + u.visits, 0));
  const cutClients = rep.clients.filter((c) => c.cutVisits > 0);
  const usedZones = report.zones.filter((zone) => rep.clients.some((c) => c.zoneId === zone.id));
  const days = rep.months.flatMap((m) => m.days);
  const headingId = `print-rep-${rep.repId}`;
  const weeks = numberedWeeks(days, clients);
  const onCadence = scheduledByCadence(rep);
  const unplanned = rep.clients.filter((c) => c.plan === 'unplanned');
  const prescribed = (client: RepPlan['clients'][number]) => {
    const zone = client.zoneId ? zones.get(client.zoneId) : undefined;
    return zone && client.cell ? cellPrescriptionText(zone, client.cell, action, client.phaseId)[locale] : '';
  };

  const zoneChip = (zoneId: string | null) => {
    const zone = zoneId ? zones.get(zoneId) : undefined;
    if (!zone) return t('common.none');
    return (
      <span className="print-zone" style={{ backgroundColor: zone.color, color: readableTextColor(zone.color) }}>
        {zone.name[locale]}
      </span>
    );
  };

  return (
    <article className={first ? 'print-rep' : 'print-rep print-rep-next'} aria-labelledby={headingId} data-rep={rep.repName}>
      <header className="print-header">
        <h1 id={headingId} tabIndex={-1}>
          {t('planning.print.heading', { ...words, rep: rep.repName })}
        </h1>
        <table className="print-facts">
          <tbody>
            <tr>
              <th scope="row">{t('planning.print.rep')}</th>
              <td>{rep.repName}</td>
              <th scope="row">{t('planning.print.period')}</th>
              <td>{report.period}</td>
              <th scope="row">{t('planning.print.workingDays')}</th>
              <td>{sum((m) => m.workingDays)}</td>
              <th scope="row">{t('planning.print.visitsPerDay', words)}</th>
              <td>{formatVisits(rep.visitsPerDay, locale)}</td>
            </tr>
            <tr>
              <th scope="row">{t('planning.print.capacity')}</th>
              <td data-testid="print-capacity">{formatVisits(sum((m) => m.capacity), locale)}</td>
              <th scope="row">{t('planning.print.load')}</th>
              <td data-testid="print-load">{formatVisits(sum((m) => m.load), locale)}</td>
              <th scope="row">{t('planning.print.scheduled')}</th>
              <td data-testid="print-scheduled">{sum((m) => m.scheduled)}</td>
              <th scope="row">{t('planning.print.cut')}</th>
              <td>{cutVisits}</td>
            </tr>
          </tbody>
        </table>
        <p className="print-zone-counts">
          <span className="print-label">{t('planning.print.zoneCounts')}：</span>
          {report.zones.map((zone) => (
            <span key={zone.id} className="print-zone-count">
              {zoneChip(zone.id)} {t('planning.load.zoneVisits', { clients: totals[zone.id]?.clients ?? 0, visits: totals[zone.id]?.visits ?? 0 })}
            </span>
          ))}
        </p>
        {report.calendarProvisional ? <p className="print-note">{t('planning.print.provisional', { year: report.months[0]!.slice(0, 4) })}</p> : null}
      </header>

      {weeks.map(({ week, rows }) => (
        <section key={`${week.monday}-${week.days[0]!.date}`} className="print-week">
          <h2>
            {t('planning.print.week', {
              n: week.n,
              from: shortDate(week.days[0]!.date, locale),
              to: shortDate(week.days[week.days.length - 1]!.date, locale),
            })}
          </h2>
          <table className="print-table">
            <colgroup>
              <col className="print-col-no" />
              <col className="print-col-hospital" />
              <col className="print-col-department" />
              <col className="print-col-name" />
              <col className="print-col-cell" />
              <col className="print-col-zone" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('planning.print.hospital')}</th>
                <th scope="col">{t('planning.print.department')}</th>
                <th scope="col">{t('planning.print.name')}</th>
                <th scope="col">{t('planning.print.cell')}</th>
                <th scope="col">{t('planning.print.zone')}</th>
              </tr>
            </thead>
            {rows.map(({ day, groups }) => (
              <tbody key={day.date} className="print-day">
                <tr className="print-day-row">
                  <th scope="rowgroup" colSpan={6}>
                    {t('planning.print.dayHeader', {
                      date: shortDate(day.date, locale),
                      weekday: t(`planning.calendar.weekdays.${weekdayKey(day.date)}`),
                      count: day.visits.length,
                    })}
                  </th>
                </tr>
                {groups.flatMap((group) =>
                  group.visits.map(({ client, source, row }, index) => {
                    const zone = client.zoneId ? zones.get(client.zoneId) : undefined;
                    return (
                      <tr key={client.id} style={zone ? { borderLeftColor: zone.color } : undefined} className="print-visit">
                        <td className="print-no">{row}</td>
                        <td className={index === 0 ? 'print-hospital' : 'print-hospital print-same'}>{client.hospitalName ?? t('common.none')}</td>
                        <td>{client.department ?? ''}</td>
                        <td>
                          {client.name}
                          {client.title ? <span className="print-title"> {client.title}</span> : null}
                          {source !== 'plan' ? <span className="print-manual"> · {t('planning.print.manual')}</span> : null}
                        </td>
                        <td className="print-cell">{client.cell ?? ''}</td>
                        <td>{zoneChip(client.zoneId)}</td>
                      </tr>
                    );
                  }),
                )}
              </tbody>
            ))}
          </table>
        </section>
      ))}

      <section className="print-strategies">
        <h2>{t('planning.print.strategies', words)}</h2>
        {usedZones.map((zone) => (
          <div key={zone.id} className="print-strategy" style={{ borderLeftColor: zone.color }}>
            <p className="print-strategy-head">
              {zoneChip(zone.id)} {zone.cells.join(' ')} · <strong className="print-prescription">{zonePrescriptionText(zone, action)[locale]}</strong>
            </p>
            <ul>
              {zone.strategy[locale].map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      {onCadence.length > 0 ? (
        <section className="print-schedules">
          <h2>{t('planning.print.schedules', words)}</h2>
          <table className="print-table print-schedule-table">
            <colgroup>
              <col className="print-col-s-hospital" />
              <col className="print-col-s-name" />
              <col className="print-col-cell" />
              <col className="print-col-s-start" />
              <col className="print-col-s-next" />
              <col />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t('planning.print.hospital')}</th>
                <th scope="col">{t('planning.print.name')}</th>
                <th scope="col">{t('planning.print.cell')}</th>
                <th scope="col">{t('planning.print.start')}</th>
                <th scope="col">{t('planning.print.next')}</th>
                <th scope="col">{t('planning.print.datesInPeriod')}</th>
              </tr>
            </thead>
            <tbody>
              {onCadence.map((client) => {
                const zone = client.zoneId ? zones.get(client.zoneId) : undefined;
                const phase = zone ? phaseLabel(zone, client.phaseId) : null;
                return (
                  <tr key={client.id}>
                    <td>{client.hospitalName ?? t('common.none')}</td>
                    <td>{client.name}</td>
                    <td className="print-cell">{client.cell ?? ''}</td>
                    <td>
                      {client.cadenceStart ? shortDate(client.cadenceStart, locale) : t('common.none')}
                      {phase ? <div className="print-title">{phase[locale]}</div> : null}
                    </td>
                    <td>{client.nextDate ? shortDate(client.nextDate, locale) : ''}</td>
                    <td>{dateList(client.dates, locale) || t('common.none')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ) : null}

      {unplanned.length > 0 ? (
        <section className="print-unplanned">
          <h2>{t('planning.print.unplanned')}</h2>
          <ul className="print-cut-list">
            {unplanned.map((client) => (
              <li key={client.id}>
                {t('planning.print.unplannedLine', {
                  hospital: client.hospitalName ?? '',
                  department: client.department ?? '',
                  name: client.name,
                  cell: client.cell ?? '',
                  zone: client.zoneId ? (zones.get(client.zoneId)?.name[locale] ?? '') : '',
                  words: prescribed(client),
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {cutClients.length > 0 ? (
        <section className="print-cuts">
          <h2>
            {t('planning.print.cutsTitle', words)}（{cutVisits}）
          </h2>
          <p>
            {report.zones.map((zone) => {
              const inZone = cutClients.filter((c) => c.zoneId === zone.id);
              if (inZone.length === 0) return null;
              return (
                <span key={zone.id} className="print-zone-count">
                  {zoneChip(zone.id)} {t('planning.load.zoneVisits', { clients: inZone.length, visits: inZone.reduce((s, c) => s + c.cutVisits, 0) })}
                </span>
              );
            })}
          </p>
          {cutClients.length <= CUTS_LISTED ? (
            <ul className="print-cut-list">
              {cutClients.map((client) => (
                <li key={client.id}>
                  {t('planning.print.cutLine', {
                    hospital: client.hospitalName ?? '',
                    department: client.department ?? '',
                    name: client.name,
                    cell: client.cell ?? '',
                    zone: client.zoneId ? (zones.get(client.zoneId)?.name[locale] ?? '') : '',
                    count: client.cutVisits,
                  })}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      <section className="print-signatures" aria-label={t('planning.print.signatures')}>
        {[t('planning.print.repSignature'), t('planning.print.managerSignature')].map((label) => (
          <div key={label} className="print-signature">
            <div className="print-sign-line">
              <span>{label}：</span>
              <span className="print-blank" />
            </div>
            <div className="print-sign-line">
              <span>{t('planning.print.signDate')}：</span>
              <span className="print-blank print-blank-short" />
            </div>
          </div>
        ))}
      </section>
      <p className="print-footer-note">{t('planning.print.generated', { date: new Date().toISOString().slice(0, 10) })}</p>
    </article>
  );
}
