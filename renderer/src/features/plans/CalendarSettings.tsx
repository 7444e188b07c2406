import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rep } from '../../../../shared/domain/schemas';
import { HOLIDAY_NAMES_EN } from '../../../../shared/planning/chinaHolidays';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useLocale } from '../../i18n/useLocale';
import { weekdayKey } from './planView';

/** The working-day calendar (holidays, make-up days) of a year, and the chosen rep's settings and days off. */
export function CalendarSettings({ year: initialYear, rep }: { year: number; rep: Rep | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [year, setYear] = useState(initialYear);
  const calendar = useApiQuery('planning.calendar', { year });
  const setDay = useApiMutation('planning.setCalendarDay');
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<'holiday' | 'workday'>('holiday');
  const [name, setName] = useState('');
  const holidayName = (text: string) => (locale === 'en' ? (HOLIDAY_NAMES_EN[text] ?? text) : text);

  return (
    <div className="plans-settings">
      <section aria-labelledby="plans-holidays-title" className="plans-settings-block">
        <div className="toolbar">
          <h2 id="plans-holidays-title">{t('planning.settings.holidaysTitle', { year })}</h2>
          <label className="field field-inline">
            <span>{t('planning.settings.year')}</span>
            <select value={year} onChange={(event) => setYear(Number(event.target.value))} data-testid="calendar-year">
              {[initialYear - 1, initialYear, initialYear + 1].map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        </div>
        {calendar.data?.provisional ? <p className="notice notice-info">{t('planning.provisional', { year })}</p> : null}
        {calendar.isError ? <ErrorMessage error={calendar.error} onRetry={() => void calendar.refetch()} /> : null}
        {setDay.error ? <ErrorMessage error={setDay.error} /> : null}
        {!calendar.data ? <Loading /> : null}
        {calendar.data ? (
          <div className="plans-settings-grid">
            <div className="table-scroll">
              <table className="data-table" data-testid="holiday-table">
                <thead>
                  <tr>
                    <th scope="col">{t('planning.settings.date')}</th>
                    <th scope="col">{t('planning.settings.kind')}</th>
                    <th scope="col">{t('planning.settings.name')}</th>
                    <th scope="col">{t('planning.settings.source')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('planning.settings.remove')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {calendar.data.entries.map((entry) => (
                    <tr key={entry.date}>
                      <td>
                        {entry.date} {t(`planning.calendar.weekdays.${weekdayKey(entry.date)}`)}
                      </td>
                      <td>{entry.kind === 'holiday' ? t('planning.settings.kindHoliday') : t('planning.settings.kindWorkday')}</td>
                      <td>{holidayName(entry.name)}</td>
                      <td>
                        {entry.builtin
                          ? entry.provisional
                            ? t('planning.settings.builtinProvisional')
                            : t('planning.settings.builtin')
                          : t('planning.settings.user')}
                      </td>
                      <td>
                        <button type="button" className="button" disabled={setDay.isPending} onClick={() => setDay.mutate({ date: entry.date, kind: null })}>
                          {t('planning.settings.remove')}
                        </button>
                      </td>
                    </tr>
                  ))}
                  {calendar.data.entries.length === 0 ? (
                    <tr>
                      <td colSpan={5}>{t('planning.settings.empty')}</td>
                    </tr>
                  ) : null}
                </tbody>
              </table>
            </div>
            <div>
              <form
                className="plans-add"
                onSubmit={(event) => {
                  event.preventDefault();
                  if (date) setDay.mutate({ date, kind, name }, { onSuccess: () => setDate('') });
                }}
              >
                <label className="field">
                  <span>{t('planning.settings.date')}</span>
                  <input type="date" value={date} onChange={(event) => setDate(event.target.value)} data-testid="holiday-date" />
                </label>
                <label className="field">
                  <span>{t('planning.settings.kind')}</span>
                  <select value={kind} onChange={(event) => setKind(event.target.value === 'workday' ? 'workday' : 'holiday')} data-testid="holiday-kind">
                    <option value="holiday">{t('planning.settings.kindHoliday')}</option>
                    <option value="workday">{t('planning.settings.kindWorkday')}</option>
                  </select>
                </label>
                <label className="field">
                  <span>{t('planning.settings.name')}</span>
                  <input type="text" maxLength={50} value={name} onChange={(event) => setName(event.target.value)} />
                </label>
                <button type="submit" className="button button-primary" disabled={!date || setDay.isPending} data-testid="holiday-add">
                  {t('planning.settings.add')}
                </button>
              </form>
              <h3 className="plans-subtitle">{t('planning.settings.workingDaysTitle', { year })}</h3>
              <table className="data-table plans-small-table" data-testid="working-days">
                <tbody>
                  {calendar.data.months.map((m) => (
                    <tr key={m.month}>
                      <th scope="row">{m.month}</th>
                      <td className="num">{m.workingDays}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ) : null}
      </section>
      {rep ? <RepSettings key={rep.id} rep={rep} year={year} /> : null}
    </div>
  );
}

function RepSettings({ rep, year }: { rep: Rep; year: number }) {
  const { t } = useTranslation();
  const update = useApiMutation('planning.updateRep');
  const daysOff = useApiQuery('planning.daysOff', { repId: rep.id, year });
  const setOff = useApiMutation('planning.setDayOff');
  const [visitsPerDay, setVisitsPerDay] = useState(String(rep.visitsPerDay));
  const [override, setOverride] = useState(rep.workingDaysOverride === null ? '' : String(rep.workingDaysOverride));
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const perDay = Number(visitsPerDay);
  const days = override.trim() === '' ? null : Number(override);
  const valid = Number.isFinite(perDay) && perDay >= 0 && perDay <= 50 && (days === null || (Number.isInteger(days) && days >= 0 && days <= 31));

  return (
    <section aria-labelledby="plans-rep-title" className="plans-settings-block">
      <h2 id="plans-rep-title">
        {t('planning.settings.repTitle')} · {rep.name}
      </h2>
      <form
        className="plans-add"
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) update.mutate({ repId: rep.id, visitsPerDay: perDay, workingDaysOverride: days });
        }}
      >
        <label className="field">
          <span>{t('planning.settings.visitsPerDay')}</span>
          <input type="number" min={0} max={50} step={0.5} value={visitsPerDay} onChange={(event) => setVisitsPerDay(event.target.value)} data-testid="rep-visits-per-day" />
        </label>
        <label className="field">
          <span>{t('planning.settings.workingDaysOverride')}</span>
          <input type="number" min={0} max={31} step={1} value={override} onChange={(event) => setOverride(event.target.value)} data-testid="rep-working-days" />
        </label>
        <button type="submit" className="button button-primary" disabled={!valid || update.isPending} data-testid="rep-save">
          {t('planning.settings.save')}
        </button>
      </form>
      {update.error ? <ErrorMessage error={update.error} /> : null}
      <h3 className="plans-subtitle">{t('planning.settings.daysOffTitle', { rep: rep.name })}</h3>
      {setOff.error ? <ErrorMessage error={setOff.error} /> : null}
      <ul className="plans-days-off" data-testid="days-off">
        {(daysOff.data ?? []).map((day) => (
          <li key={day.date}>
            {day.date} {day.note}{' '}
            <button type="button" className="button" onClick={() => setOff.mutate({ repId: rep.id, date: day.date, off: false })}>
              {t('planning.settings.remove')}
            </button>
          </li>
        ))}
        {daysOff.data && daysOff.data.length === 0 ? <li className="help">{t('planning.settings.noDaysOff')}</li> : null}
      </ul>
      <form
        className="plans-add"
        onSubmit={(event) => {
          event.preventDefault();
          if (date) setOff.mutate({ repId: rep.id, date, off: true, note }, { onSuccess: () => { setDate(''); setNote(''); } });
        }}
      >
        <label className="field">
          <span>{t('planning.settings.date')}</span>
          <input type="date" value={date} onChange={(event) => setDate(event.target.value)} data-testid="day-off-date" />
        </label>
        <label className="field">
          <span>{t('planning.settings.note')}</span>
          <input type="text" maxLength={100} value={note} onChange={(event) => setNote(event.target.value)} />
        </label>
        <button type="submit" className="button" disabled={!date || setOff.isPending} data-testid="day-off-add">
          {t('planning.settings.add')}
        </button>
      </form>
    </section>
  );
}
