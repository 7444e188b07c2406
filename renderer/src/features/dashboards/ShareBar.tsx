import { formatShare } from '../../components/format';
import { useLocale } from '../../i18n/useLocale';

/** A plain CSS bar with the percentage as text beside it (the number is the content, the bar a hint). */
export function ShareBar({ share, color }: { share: number | null; color: string | null }) {
  const locale = useLocale();
  const width = `${Math.round(Math.min(1, Math.max(0, share ?? 0)) * 1000) / 10}%`;
  return (
    <span className="share">
      <span className="share-track" aria-hidden="true">
        <span className="share-fill" style={{ width, ...(color ? { backgroundColor: color } : {}) }} />
      </span>
      <span className="share-value">{formatShare(share, locale)}</span>
    </span>
  );
}
