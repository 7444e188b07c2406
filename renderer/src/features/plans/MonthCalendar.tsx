import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rep } from '../../../../shared/domain/schemas';
import { HOLIDAY_NAMES_EN } from '../../../../shared/planning/chinaHolidays';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { readableTextColor } from '../../components/zoneColors';
import { useLocale } from '../../i18n/useLocale';
import { clientsById, groupByHospital, monthGrid, shortDate, weekdayKey } from './planView';
import { usePlanWords } from './planWords';

const WEEK = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w0'] as const;

interface Selection {
  clientId: number;
  name: string;
  date: string;
}

/** A rep's month as a calendar: each working day's visits by hospital, with manual changes. */
export function MonthCalendar({ month, rep }: { month: string; rep: Rep }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const year = Number(month.slice(0, 4));
  const plan = useApiQuery('planning.schedule', { period: month, repIds: [rep.id] });
  const calendar = useApiQuery('planning.calendar', { year });
  const daysOff = useApiQuery('planning.daysOff', { repId: rep.id, year });
  const repClients = useApiQuery('clients.list', { offset: 0, limit: 500, repId: rep.id });
  const edit = useApiMutation('planning.editVisit');
  const reset = useApiMutation('planning.resetEdits');
  const [selected, setSelected] = useState<Selection | null>(null);
  const [moveTo, setMoveTo] = useState('');
  const [addClient, setAddClient] = useState('');
  const [addDate, setAddDate] = useState('');
  const [confirmReset, setConfirmReset] = useState(false);
  const words = usePlanWords(plan.data?.model.action);

  if (plan.isError) return <ErrorMessage error={plan.error} onRetry={() => void plan.refetch()} />;
  const repPlan = plan.data?.reps[0];
  const monthPlan = repPlan?.months[0];
  if (!plan.data || !repPlan || !monthPlan) return <Loading />;

  const clients = clientsById(repPlan);
  const zones = new Map(plan.data.zones.map((zone) => [zone.id, zone]));
  const days = new Map(monthPlan.days.map((day) => [day.date, day]));
  const entries = new Map((calendar.data?.entries ?? []).map((entry) => [entry.date, entry]));
  const off = new Set((daysOff.data ?? []).map((d) => d.date));
  const cut = monthPlan.cuts.reduce((s, c) => s + c.visitsCut, 0);
  const holidayName = (name: string) => (locale === 'en' ? (HOLIDAY_NAMES_EN[name] ?? name) : name);
  const run = (input: Parameters<typeof edit.mutate>[0]) =>
    edit.mutate(input, {
      onSuccess: () => {
        setSelected(null);
        setMoveTo('');
      },
    });

  return (
    <div className="plans-calendar">
      <p className="toolbar-fact" data-testid="calendar-summary">
        {t('planning.calendar.summary', { capacity: monthPlan.capacity, load: monthPlan.load, scheduled: monthPlan.scheduled, cut })}
        {monthPlan.edits > 0 ? (
          <>
            {' · '}
            {t('planning.calendar.edits', { count: monthPlan.edits })}{' '}
            <button type="button" className="button" onClick={() => setConfirmReset(true)} data-testid="reset-edits">
              {t('planning.calendar.reset')}
            </button>
          </>
        ) : null}
      </p>
      {monthPlan.unscheduled.length > 0 ? (
        <p className="notice notice-error">{t('planning.calendar.unscheduled', { ...words, count: monthPlan.unscheduled.reduce((s, u) => s + u.visits, 0) })}</p>
      ) : null}
      {monthPlan.displaced.length > 0 ? <p className="notice notice-info">{t('planning.calendar.displaced', { ...words, count: monthPlan.displaced.length })}</p> : null}
      {monthPlan.ignoredEdits > 0 ? <p className="notice notice-info">{t('planning.calendar.ignoredEdits', { count: monthPlan.ignoredEdits })}</p> : null}
      {edit.error ? <ErrorMessage error={edit.error} /> : null}
      {reset.error ? <ErrorMessage error={reset.error} /> : null}
      <p className="help">{t('planning.calendar.selectHint', words)}</p>
      {selected ? (
        <div className="plans-selected" data-testid="visit-selected">
          <span>{t('planning.calendar.selected', { name: selected.name, date: shortDate(selected.date, locale) })}</span>
          <label className="field field-inline">
            <span>{t('planning.calendar.moveTo')}</span>
            <select value={moveTo} onChange={(event) => setMoveTo(event.target.value)} data-testid="move-to">
              <option value="" />
              {monthPlan.days
                .filter((day) => day.date !== selected.date)
                .map((day) => (
                  <option key={day.date} value={day.date}>
                    {shortDate(day.date, locale)} {t(`planning.calendar.weekdays.${weekdayKey(day.date)}`)} ({day.visits.length}/{day.capacity})
                  </option>
                ))}
            </select>
          </label>
          <button
            type="button"
            className="button button-primary"
            disabled={!moveTo || edit.isPending}
            data-testid="move-visit"
            onClick={() => run({ repId: rep.id, clientId: selected.clientId, kind: 'move', date: selected.date, toDate: moveTo })}
          >
            {t('planning.calendar.move')}
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={edit.isPending}
            data-testid="drop-visit"
            onClick={() => run({ repId: rep.id, clientId: selected.clientId, kind: 'drop', date: selected.date })}
          >
            {t('planning.calendar.drop', words)}
          </button>
          <button type="button" className="button" onClick={() => setSelected(null)}>
            {t('planning.calendar.cancel')}
          </button>
        </div>
      ) : null}
      <div className="table-scroll">
        <table className="plans-month" data-testid="plans-month-grid">
          <caption className="plans-caption">{t('planning.calendar.caption', { ...words, rep: rep.name, month })}</caption>
          <thead>
            <tr>
              {WEEK.map((key) => (
                <th key={key} scope="col">
                  {t(`planning.calendar.weekdays.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthGrid(month).map((week, i) => (
              <tr key={i}>
                {week.map((date, j) => {
                  if (!date) return <td key={j} className="plans-day plans-day-outside" />;
                  const day = days.get(date);
                  const entry = entries.get(date);
                  const isOff = off.has(date);
                  return (
                    <td key={date} className={day ? 'plans-day' : 'plans-day plans-day-off'} data-date={date} data-testid={`day-${date}`}>
                      <div className="plans-day-head">
                        <span className="plans-day-number">{Number(date.slice(8))}</span>
                        {entry ? (
                          <span className={entry.kind === 'holiday' ? 'plans-tag plans-tag-holiday' : 'plans-tag plans-tag-workday'}>
                            {entry.kind === 'holiday' ? holidayName(entry.name) || t('planning.calendar.holiday') : t('planning.calendar.makeUp')}
                          </span>
                        ) : null}
                        {isOff ? <span className="plans-tag plans-tag-off">{t('planning.calendar.dayOff')}</span> : null}
                        {day ? (
                          <span className="plans-day-count">{t('planning.calendar.dayCount', { count: day.visits.length, capacity: day.capacity })}</span>
                        ) : (
                          <span className="plans-day-count">{t('planning.calendar.notWorking')}</span>
                        )}
                      </div>
                      {day
                        ? groupByHospital(day, clients).map((group) => (
                            <div key={group.key} className="plans-hospital">
                              <div className="plans-hospital-name">{group.hospitalName ?? '—'}</div>
                              <ul>
                                {group.visits.map(({ client, source }) => {
                                  const zone = client.zoneId ? zones.get(client.zoneId) : undefined;
                                  const isSelected = selected?.clientId === client.id && selected.date === date;
                                  return (
                                    <li key={client.id}>
                                      <button
                                        type="button"
                                        className={isSelected ? 'plans-visit plans-visit-selected' : 'plans-visit'}
                                        aria-pressed={isSelected}
                                        data-testid={`visit-${date}-${client.id}`}
                                        onClick={() => setSelected(isSelected ? null : { clientId: client.id, name: client.name, date })}
                                      >
                                        <span
                                          className="plans-cell"
                                          style={zone ? { backgroundColor: zone.color, color: readableTextColor(zone.color) } : undefined}
                                        >
                                          {client.cell}
                                        </span>
                                        <span className="plans-visit-text">
                                          {client.department ? `${client.department} ` : ''}
                                          {client.name}
                                          {zone ? <span className="plans-zone-text"> {zone.name[locale]}</span> : null}
                                          {source !== 'plan' ? <span className="plans-manual"> {t('planning.calendar.manual')}</span> : null}
                                        </span>
                                      </button>
                                    </li>
                                  );
                                })}
                              </ul>
                            </div>
                          ))
                        : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {monthPlan.scheduled === 0 ? <p className="empty">{t('planning.calendar.empty', words)}</p> : null}
      <form
        className="plans-add"
        onSubmit={(event) => {
          event.preventDefault();
          if (addClient && addDate) run({ repId: rep.id, clientId: Number(addClient), kind: 'add', date: addDate });
        }}
      >
        <strong>{t('planning.calendar.add', words)}</strong>
        <label className="field field-inline">
          <span>{t('planning.calendar.addClient')}</span>
          <select value={addClient} onChange={(event) => setAddClient(event.target.value)} data-testid="add-client">
            <option value="">{t('planning.calendar.chooseClient')}</option>
            {(repClients.data?.rows ?? []).map((client) => (
              <option key={client.id} value={client.id}>
                {client.hospitalName ?? ''} {client.department ?? ''} {client.name} {client.cell ?? ''}
              </option>
            ))}
          </select>
        </label>
        <label className="field field-inline">
          <span>{t('planning.calendar.addDate')}</span>
          <select value={addDate} onChange={(event) => setAddDate(event.target.value)} data-testid="add-date">
            <option value="" />
            {monthPlan.days.map((day) => (
              <option key={day.date} value={day.date}>
                {shortDate(day.date, locale)} ({day.visits.length}/{day.capacity})
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button" disabled={!addClient || !addDate || edit.isPending} data-testid="add-visit">
          {t('planning.calendar.addButton')}
        </button>
      </form>
      <ConfirmDialog
        open={confirmReset}
        title={t('planning.calendar.reset')}
        confirmLabel={t('planning.calendar.reset')}
        cancelLabel={t('common.cancel')}
        danger
        onCancel={() => setConfirmReset(false)}
        onConfirm={() => {
          setConfirmReset(false);
          reset.mutate({ period: month, repId: rep.id });
        }}
      >
        <p>{t('planning.calendar.resetConfirm', { rep: rep.name })}</p>
      </ConfirmDialog>
    </div>
  );
}
