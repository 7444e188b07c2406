import { useTranslation } from 'react-i18next';
import type { StatsSummary } from '../../../../shared/contract';
import { formatCount, formatVisits } from '../../components/format';
import { useLocale } from '../../i18n/useLocale';

export function BoardTotals({ totals }: { totals: StatsSummary['totals'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const facts = [
    ['total-clients', t('board.totalClients'), formatCount(totals.clients, locale)],
    ['graded', t('board.graded'), formatCount(totals.graded, locale)],
    ['ungraded', t('board.ungraded'), formatCount(totals.ungraded, locale)],
    ['overridden', t('board.overridden'), formatCount(totals.overridden, locale)],
    ['monthly-visits', t('board.monthlyVisits'), formatVisits(totals.monthlyVisits, locale)],
  ] as const;
  return (
    <section className="totals" aria-labelledby="board-totals-title">
      <h2 id="board-totals-title">{t('board.totals')}</h2>
      <dl className="facts">
        {facts.map(([id, label, value]) => (
          <div key={id} className="fact">
            <dt>{label}</dt>
            <dd data-testid={`board-${id}`}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
