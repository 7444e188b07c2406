import { useTranslation } from 'react-i18next';
import type { SnapshotSummary } from '../../../../shared/contract';
import { useLocale } from '../../i18n/useLocale';
import { periodText } from './periodText';

/** A snapshot's name for people: its period, and its note when it has one (2026年第3季度（Q3）). */
export function useSnapshotName(): (snapshot: Pick<SnapshotSummary, 'period' | 'label'>) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return (snapshot) => {
    const period = periodText(snapshot.period, locale, (year, n) => t('periods.quarterText', { year, n }));
    return snapshot.label ? t('periods.snapshotNameLabel', { period, label: snapshot.label }) : t('periods.snapshotName', { period });
  };
}

/** When a snapshot was taken, in the user's language and time zone. */
export function useTakenAt(): (takenAt: string) => string {
  const locale = useLocale();
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (takenAt) => {
    const date = new Date(takenAt);
    return Number.isNaN(date.getTime()) ? takenAt : format.format(date);
  };
}
