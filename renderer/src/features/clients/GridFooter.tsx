import { useTranslation } from 'react-i18next';
import type { StatsSummary } from '../../../../shared/contract';
import { useLocale } from '../../i18n/useLocale';

interface GridFooterProps {
  total: number | null;
  filtered: number | null;
  selected: number;
  zoneCounts: Record<string, number> | null;
  zones: StatsSummary['zones'];
}

/** Our own status bar (AG Grid's is Enterprise): all rows, rows shown, rows selected, and the shown rows per zone. */
export function GridFooter({ total, filtered, selected, zoneCounts, zones }: GridFooterProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <footer className="grid-footer" aria-label={t('grid.footer.label')}>
      <dl className="grid-footer-facts">
        <div>
          <dt>{t('grid.footer.total')}</dt>
          {/* Shown once the first rows are on screen: tests and screenshots wait for it. */}
          <dd>{total !== null && filtered !== null ? <span data-testid="clients-total">{String(total)}</span> : '…'}</dd>
        </div>
        <div>
          <dt>{t('grid.footer.filtered')}</dt>
          <dd data-testid="clients-filtered">{filtered === null ? '…' : String(filtered)}</dd>
        </div>
        <div>
          <dt>{t('grid.footer.selected')}</dt>
          <dd data-testid="clients-selected">{String(selected)}</dd>
        </div>
      </dl>
      <ul className="grid-footer-zones" aria-label={t('grid.footer.zones')}>
        {zones.map((zone) => (
          <li key={zone.id} data-testid={`zone-count-${zone.id}`}>
            <span className="swatch" aria-hidden="true" style={{ backgroundColor: zone.color }} />
            {zone.name[locale]} <strong>{zoneCounts ? String(zoneCounts[zone.id] ?? 0) : '…'}</strong>
          </li>
        ))}
      </ul>
    </footer>
  );
}
