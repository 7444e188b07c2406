import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SnapshotSummary } from '../../../../shared/contract';
import { useApiMutation } from '../../api/hooks';
import { API_KEY_ROOT } from '../../api/queryKeys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatCount } from '../../components/format';
import { useLocale } from '../../i18n/useLocale';
import { currentPeriod, formatPeriod, pickerYears, type PeriodKind } from './periodText';
import { useSnapshotName } from './useSnapshotName';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const QUARTERS = [1, 2, 3, 4];

/** Takes a snapshot of every client's cell for a month or a quarter (default: the current one). */
export function SnapshotForm({ onTaken }: { onTaken(snapshot: SnapshotSummary): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const baseId = useId();
  const snapshotName = useSnapshotName();
  const queryClient = useQueryClient();
  const take = useApiMutation('snapshots.take');
  const [now] = useState(() => new Date());
  const [kind, setKind] = useState<PeriodKind>('quarter');
  const [year, setYear] = useState(now.getFullYear());
  const [month, setMonth] = useState(currentPeriod('month', now).n);
  const [quarter, setQuarter] = useState(currentPeriod('quarter', now).n);
  const [label, setLabel] = useState('');
  const [taken, setTaken] = useState<SnapshotSummary | null>(null);
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long' });
  const period = formatPeriod({ kind, year, n: kind === 'month' ? month : quarter });

  return (
    <form
      className="period-take"
      noValidate
      aria-labelledby={`${baseId}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        if (take.isPending) return;
        setTaken(null);
        const trimmed = label.trim();
        take.mutate(
          { period, ...(trimmed ? { label: trimmed } : {}) },
          {
            onSuccess: (snapshot) => {
              // Taking a snapshot changes no grade, so no data:changed event refreshes the list.
              void queryClient.invalidateQueries({ queryKey: [API_KEY_ROOT, 'snapshots.list'] });
              setTaken(snapshot);
              setLabel('');
              onTaken(snapshot);
            },
          },
        );
      }}
    >
      <h3 id={`${baseId}-title`}>{t('periods.take.title')}</h3>
      <p className="help">{t('periods.take.help')}</p>
      <div className="period-take-row">
        <fieldset className="period-kind">
          <legend>{t('periods.take.kind')}</legend>
          {(['month', 'quarter'] as const).map((value) => (
            <label key={value} className="period-kind-choice">
              <input type="radio" name={`${baseId}-kind`} value={value} checked={kind === value} onChange={() => setKind(value)} />
              {t(`periods.take.${value}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${baseId}-year`}>{t('periods.take.year')}</label>
          <select id={`${baseId}-year`} value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {pickerYears(now).map((value) => (
              <option key={value} value={value}>
                {t('periods.take.yearOption', { year: value })}
              </option>
            ))}
          </select>
        </div>
        {kind === 'month' ? (
          <div className="field">
            <label htmlFor={`${baseId}-n`}>{t('periods.take.monthN')}</label>
            <select id={`${baseId}-n`} value={month} onChange={(event) => setMonth(Number(event.target.value))}>
              {MONTHS.map((value) => (
                <option key={value} value={value}>
                  {monthName.format(new Date(2000, value - 1, 1))}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <div className="field">
            <label htmlFor={`${baseId}-n`}>{t('periods.take.quarterN')}</label>
            <select id={`${baseId}-n`} value={quarter} onChange={(event) => setQuarter(Number(event.target.value))}>
              {QUARTERS.map((value) => (
                <option key={value} value={value}>
                  {t('periods.take.quarterOption', { n: value })}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${baseId}-label`}>{t('periods.take.label')}</label>
          <input
            id={`${baseId}-label`}
            type="text"
            className="period-label-input"
            value={label}
            maxLength={100}
            autoComplete="off"
            placeholder={t('periods.take.labelPlaceholder')}
            onChange={(event) => setLabel(event.target.value)}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={take.isPending}>
          {take.isPending ? t('periods.take.taking') : t('periods.take.button')}
        </button>
        <span className="mono muted period-code" aria-hidden="true">
          {period}
        </span>
      </div>
      {take.isError ? <ErrorMessage error={take.error} /> : null}
      {taken ? (
        <p className="notice notice-ok" role="status" data-testid="snapshot-taken">
          {t('periods.take.taken', { name: snapshotName(taken), count: formatCount(taken.clients, locale) })}
        </p>
      ) : null}
    </form>
  );
}
