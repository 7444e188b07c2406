import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { boardCells, columnCount } from '../../../../shared/board/boardLayout';
import type { ClientQuery } from '../../../../shared/contract';
import type { BoardSummary } from '../../../../shared/contract/boardMethods';
import { useLocale } from '../../i18n/useLocale';
import { BoardCell, CompactCell, type CardHandlers } from './BoardCell';

interface BoardProps {
  summary: BoardSummary;
  query: ClientQuery;
  expanded: string | null;
  onExpand(cell: string | null): void;
  cards: CardHandlers;
}

/**
 * The model's board as its layout draws it: row labels down the left, column labels on top,
 * axis titles outside; or one enlarged cell with the others as small drop targets.
 */
export function Board({ summary, query, expanded, onExpand, cards }: BoardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { layout } = summary;
  const cellByCode = new Map(summary.cells.map((cell) => [cell.code, cell]));
  const zoneById = new Map(summary.zones.map((zone) => [zone.id, zone]));
  const zoneOf = (code: string) => {
    const zoneId = cellByCode.get(code)?.zoneId;
    return zoneId ? zoneById.get(zoneId) : undefined;
  };
  const enlarged = expanded ? cellByCode.get(expanded) : undefined;

  if (enlarged) {
    const others = boardCells(layout).filter((code) => code !== enlarged.code);
    return (
      <div className="board board-enlarged" aria-label={t('boardView.board.label')} role="region">
        <div className="board-strip">
          {others.map((code) => {
            const cell = cellByCode.get(code);
            return cell ? <CompactCell key={code} cell={cell} zone={zoneOf(code)} onExpand={onExpand} /> : null;
          })}
        </div>
        <BoardCell cell={enlarged} zone={zoneOf(enlarged.code)} query={query} expanded onExpand={onExpand} cards={cards} />
      </div>
    );
  }

  const columns = columnCount(layout);
  const hasRowLabels = layout.rowLabels.length > 0;
  const hasColumnLabels = layout.columnLabels.length > 0;
  const gridStyle = {
    gridTemplateColumns: `${hasRowLabels ? 'auto ' : ''}repeat(${columns}, minmax(0, 1fr))`,
    gridTemplateRows: `${hasColumnLabels ? 'auto ' : ''}repeat(${layout.rows.length}, minmax(${layout.rows.length > 3 ? 168 : 150}px, 1fr))`,
  };

  return (
    <div className="board" data-shape={layout.shape} aria-label={t('boardView.board.label')} role="region">
      {layout.columnAxis ? (
        <div className="board-axis board-axis-x" title={t('boardView.board.columnAxis', { axis: layout.columnAxis[locale] })}>
          {layout.columnAxis[locale]} <span aria-hidden="true">→</span>
        </div>
      ) : null}
      {layout.rowAxis ? (
        <div className="board-axis board-axis-y" title={t('boardView.board.rowAxis', { axis: layout.rowAxis[locale] })}>
          <span aria-hidden="true">↑</span>
          <span className="board-axis-y-label">{layout.rowAxis[locale]}</span>
        </div>
      ) : null}
      <div className="board-grid" style={gridStyle}>
        {hasColumnLabels ? (
          <>
            {hasRowLabels ? <span /> : null}
            {layout.columnLabels.map((label, i) => (
              <div key={`col-${i}`} className="board-label board-label-column">
                {label[locale]}
              </div>
            ))}
          </>
        ) : null}
        {layout.rows.map((row, r) => (
          <Fragment key={`row-${r}`}>
            {hasRowLabels ? <div className="board-label board-label-row">{layout.rowLabels[r]?.[locale]}</div> : null}
            {row.map((code, c) => {
              const cell = code ? cellByCode.get(code) : undefined;
              return cell ? (
                <BoardCell key={code} cell={cell} zone={zoneOf(code)} query={query} expanded={false} onExpand={onExpand} cards={cards} />
              ) : (
                <div key={`hole-${r}-${c}`} className="board-hole" aria-hidden="true" />
              );
            })}
          </Fragment>
        ))}
      </div>
    </div>
  );
}
