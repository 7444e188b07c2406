import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { periodText } from '../periods/periodText';

/** A period code for people: 2026-Q3 → 2026年第3季度 / Q3 2026, 2026-10 → 2026年10月 / Oct 2026. */
export function usePeriodName(): (period: string) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return (period) => periodText(period, locale, (year, n) => t('periods.quarterText', { year, n }));
}
