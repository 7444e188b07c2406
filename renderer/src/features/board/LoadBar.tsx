import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { useLocale } from '../../i18n/useLocale';
import { useBoardActionWords } from './actionWords';
import { monthOf } from './boardQuery';
import { loadMeter } from './loadMeter';
import { visitsText } from './numberFormat';

/**
 * One rep's (or the team's) monthly visit load against capacity; the bar turns red when
 * the load is over capacity. Without capacity figures it shows the board's visits only.
 */
export const LoadBar = memo(function LoadBar({ repId, repName, boardVisits }: { repId: number | null; repName: string | null; boardVisits: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const words = useBoardActionWords();
  // This month's capacity and load per rep, from the planning feature.
  const capacity = useApiQuery('planning.capacity', { month: monthOf(new Date()) }, { keepPrevious: true });
  const meter = capacity.data ? loadMeter(capacity.data, repId) : null;
  const title = repId !== null && repName ? t('boardView.load.rep', { ...words, rep: repName }) : t('boardView.load.team', words);

  if (!meter) {
    return (
      <div className="board-load" data-testid="board-load">
        <span className="board-load-title">{title}</span>
        <strong data-testid="board-load-value">{t('boardView.load.loadOnly', { load: visitsText(boardVisits, locale) })}</strong>
        <span className="help">{t('boardView.load.unavailable')}</span>
      </div>
    );
  }
  const load = visitsText(meter.load, locale);
  const cap = visitsText(meter.capacity, locale);
  return (
    <div className="board-load" data-testid="board-load" data-over={meter.over || undefined}>
      <span className="board-load-title">{title}</span>
      <strong data-testid="board-load-value">{t('boardView.load.value', { load, capacity: cap })}</strong>
      <span
        className="board-load-bar"
        role="meter"
        aria-label={t('boardView.load.bar', { load, capacity: cap })}
        aria-valuemin={0}
        aria-valuemax={Math.max(meter.capacity, meter.load)}
        aria-valuenow={meter.load}
      >
        <span className="board-load-fill" style={{ width: `${meter.percent}%` }} />
      </span>
      <span className={meter.over ? 'board-load-note board-load-over' : 'board-load-note'}>
        {meter.over ? t('boardView.load.over', { over: visitsText(meter.overBy, locale) }) : t('boardView.load.slack', { slack: visitsText(meter.slack, locale) })}
      </span>
    </div>
  );
});
