import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageTitle } from '../../components/PageTitle';
import { CalendarSettings } from './CalendarSettings';
import { ClientDates } from './ClientDates';
import { ExportBar } from './ExportBar';
import { LoadView } from './LoadView';
import { MonthCalendar } from './MonthCalendar';
import { defaultMonth, quarterOf } from './planView';
import { usePlanWords } from './planWords';
import './plans.css';

const TABS = ['load', 'calendar', 'clients', 'settings'] as const;
type Tab = (typeof TABS)[number];

export function PlansPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('load');
  const [month, setMonth] = useState(() => defaultMonth(new Date()));
  const [quarter, setQuarter] = useState(false);
  const reps = useApiQuery('reps.list', {});
  const [chosenRep, setRepId] = useState<number | null>(null);
  const repId = chosenRep ?? reps.data?.[0]?.id ?? null;
  const rep = reps.data?.find((r) => r.id === repId) ?? null;
  const period = quarter ? quarterOf(month) : month;
  const year = Number(month.slice(0, 4));
  const calendar = useApiQuery('planning.calendar', { year });
  // The same query as the load tab's: it names the active model's word for a contact.
  const load = useApiQuery('planning.load', { month });
  const words = usePlanWords(load.data?.model.action);

  return (
    <section className="page page-plans" aria-labelledby="plans-title">
      <PageTitle id="plans-title">{words.plan}</PageTitle>
      <p className="lead">{t('planning.intro', words)}</p>
      <div className="plans-controls">
        <label className="field field-inline">
          <span>{t('planning.month')}</span>
          <input
            type="month"
            value={month}
            data-testid="plans-month"
            onChange={(event) => {
              if (/^\d{4}-\d{2}$/.test(event.target.value)) setMonth(event.target.value);
            }}
          />
        </label>
        <label className="field field-inline">
          <span>{t('planning.rep')}</span>
          <select value={repId ?? ''} data-testid="plans-rep" onChange={(event) => setRepId(Number(event.target.value))}>
            {(reps.data ?? []).map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        {tab === 'clients' ? (
          <label className="field field-inline">
            <input type="checkbox" checked={quarter} onChange={(event) => setQuarter(event.target.checked)} />
            <span>
              {t('planning.quarter')} ({quarterOf(month)})
            </span>
          </label>
        ) : null}
        <ExportBar month={month} period={tab === 'clients' ? period : month} rep={rep} words={words} />
      </div>
      {calendar.data?.provisional ? (
        <p className="notice notice-info" role="note" data-testid="plans-provisional">
          {t('planning.provisional', { year })}
        </p>
      ) : null}
      {reps.isError ? <ErrorMessage error={reps.error} onRetry={() => void reps.refetch()} /> : null}
      <div className="plans-tabs" role="tablist" aria-label={t('planning.tabs.label', words)}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`plans-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`plans-panel-${id}`}
            className={tab === id ? 'plans-tab plans-tab-active' : 'plans-tab'}
            onClick={() => setTab(id)}
          >
            {t(`planning.tabs.${id}`, words)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`plans-panel-${tab}`} aria-labelledby={`plans-tab-${tab}`} className="plans-panel">
        {tab === 'load' ? <LoadView month={month} onShowRep={(id) => { setRepId(id); setTab('calendar'); }} /> : null}
        {tab === 'calendar' && rep ? <MonthCalendar month={month} rep={rep} /> : null}
        {tab === 'clients' && rep ? <ClientDates period={period} rep={rep} /> : null}
        {tab === 'settings' ? <CalendarSettings year={year} rep={rep} /> : null}
      </div>
    </section>
  );
}
