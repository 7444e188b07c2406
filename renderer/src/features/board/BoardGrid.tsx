import { useTranslation } from 'react-i18next';
import type { StatsSummary } from '../../../../shared/contract';
import { formatVisits } from '../../components/format';
import { readableTextColor } from '../../components/zoneColors';
import { useLocale } from '../../i18n/useLocale';

/** The model's board: rows top to bottom and cells left to right exactly as the summary's layout gives them. */
export function BoardGrid({ summary }: { summary: StatsSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const cellByCode = new Map(summary.cells.map((cell) => [cell.code, cell]));
  const zoneById = new Map(summary.zones.map((zone) => [zone.id, zone]));
  const columnCount = Math.max(1, ...summary.layout.rows.map((row) => row.length));

  return (
    <div className="board">
      {summary.layout.columnAxis ? (
        <div className="board-axis board-axis-columns">{summary.layout.columnAxis[locale]} →</div>
      ) : null}
      <div className="board-axis board-axis-rows">
        <span aria-hidden="true">↑</span>
        <span className="board-axis-rows-label">{summary.layout.rowAxis[locale]}</span>
      </div>
      <div className="board-grid" style={{ gridTemplateColumns: `repeat(${columnCount}, minmax(0, 1fr))` }}>
        {summary.layout.rows.flatMap((row) =>
          row.map((code) => {
            const cell = cellByCode.get(code);
            const zone = cell?.zoneId ? zoneById.get(cell.zoneId) : undefined;
            const count = cell?.count ?? 0;
            const visits = formatVisits(cell?.monthlyVisits ?? 0, locale);
            const zoneName = zone ? zone.name[locale] : t('board.noZone');
            return (
              <div
                key={code}
                className="board-cell"
                data-cell={code}
                data-zone={zone?.id}
                role="group"
                aria-label={t('board.cellLabel', { cell: code, zone: zoneName, count, visits })}
                style={zone ? { backgroundColor: zone.color, color: readableTextColor(zone.color) } : undefined}
              >
                <div className="board-cell-head">
                  <span className="board-cell-code">{code}</span>
                  <span className="board-cell-zone">{zoneName}</span>
                </div>
                <div className="board-cell-count">
                  <span data-testid={`cell-count-${code}`}>{count}</span> <small>{t('board.clients')}</small>
                </div>
                <div className="board-cell-visits">{t('board.visits', { visits })}</div>
              </div>
            );
          }),
        )}
      </div>
    </div>
  );
}
