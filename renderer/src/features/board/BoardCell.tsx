import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useContext, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MovableCard } from '../../../../shared/board/moveLogic';
import type { ClientQuery } from '../../../../shared/contract';
import type { BoardCellSummary, BoardSummary } from '../../../../shared/contract/boardMethods';
import type { ClientRow } from '../../../../shared/domain/schemas';
import type { TargetShare } from '../../../../shared/grading/calibration';
import { readableTextColor } from '../../components/zoneColors';
import { useLocale } from '../../i18n/useLocale';
import { useBoardCalibration } from '../calibration/boardCalibration';
import { boundText } from '../calibration/calibrationView';
import { useBoundWords } from '../calibration/useBoundWords';
import { useBoardActionWords } from './actionWords';
import { ShowVolumeContext } from './showVolume';
import { useCellDroppable } from './BoardDnd';
import { ClientCard } from './ClientCard';
import { useBoardStore } from './boardStore';
import { effectiveSort } from './boardQuery';
import { useCellCards } from './useCellCards';
import { countText, visitsText, shareText } from './numberFormat';

type Zone = BoardSummary['zones'][number];

export interface CardHandlers {
  isSelected(id: number): boolean;
  onToggleSelect(card: MovableCard): void;
  onOpenMenu(card: MovableCard, row: ClientRow, button: HTMLButtonElement): void;
}

interface BoardCellProps {
  cell: BoardCellSummary;
  zone: Zone | undefined;
  query: ClientQuery;
  expanded: boolean;
  /** Enlarges a cell, or goes back to the whole board with null. */
  onExpand(cell: string | null): void;
  cards: CardHandlers;
}

function zoneStyle(zone: Zone | undefined) {
  return zone ? { backgroundColor: zone.color, color: readableTextColor(zone.color) } : undefined;
}

/** One cell of the board: code, zone, figures, and its clients' cards by volume. */
export const BoardCell = memo(function BoardCell({ cell, zone, query, expanded, onExpand, cards }: BoardCellProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { setNodeRef, isOver } = useCellDroppable(cell.code);
  const zoneName = zone ? zone.name[locale] : t('boardView.cell.noZone');
  const visits = visitsText(cell.monthlyVisits, locale);
  const share = shareText(cell.volumeShare, locale);
  const breached = useBoardCalibration().breaches.get(cell.code);
  const words = useBoardActionWords();
  const showVolume = useContext(ShowVolumeContext);

  return (
    <section
      ref={setNodeRef}
      className="board-cell"
      data-cell={cell.code}
      data-zone={zone?.id}
      data-over={isOver || undefined}
      data-expanded={expanded || undefined}
      aria-label={t(showVolume ? 'boardView.cell.label' : 'boardView.cell.labelNoVolume', { ...words, cell: cell.code, zone: zoneName, count: cell.count, visits, share })}
      style={zoneStyle(zone)}
    >
      <header className="board-cell-head">
        <span className="board-cell-code">{cell.code}</span>
        <span className="board-cell-zone" title={cell.label?.[locale]}>
          {zoneName}
        </span>
        {breached ? <TargetBadge code={cell.code} breached={breached} /> : null}
        <span className="board-cell-count">
          <strong data-testid={`cell-count-${cell.code}`}>{countText(cell.count, locale)}</strong>
          <small> {t('boardView.cell.clients')}</small>
        </span>
        <button
          type="button"
          className="board-cell-expand"
          aria-label={expanded ? t('boardView.cell.collapse') : t('boardView.cell.expand', { cell: cell.code })}
          aria-expanded={expanded}
          title={expanded ? t('boardView.cell.collapse') : t('boardView.cell.expand', { cell: cell.code })}
          onClick={() => onExpand(expanded ? null : cell.code)}
        >
          {expanded ? '⤡' : '⤢'}
        </button>
      </header>
      <p className="board-cell-facts">
        <span data-testid={`cell-visits-${cell.code}`} title={t('boardView.cell.perClient', { visits: visitsText(cell.visitsPerClient, locale) })}>
          {t('boardView.cell.visits', { ...words, visits })}
        </span>
        {showVolume ? <span data-testid={`cell-share-${cell.code}`}>{t('boardView.cell.share', { share })}</span> : null}
      </p>
      <CardList code={cell.code} count={cell.count} query={query} lanes={expanded ? 3 : 1} cards={cards} />
    </section>
  );
});

/** A cell in a breached calibration target: which targets, their share and bound on hover. */
function TargetBadge({ code, breached }: { code: string; breached: readonly TargetShare[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const words = useBoundWords();
  const percent = (value: number) => shareText(value, locale);
  const lines = breached.map((s) =>
    t('calibration.cell.line', { name: s.target.label[locale], share: shareText(s.share, locale), bound: boundText(s.target, percent, words) }),
  );
  const over = breached.some((s) => s.status === 'over');
  return (
    <span className="board-cell-target" data-testid={`cell-target-${code}`} title={lines.join('\n')}>
      ⚠ {over ? t('calibration.cell.over') : t('calibration.cell.under')}
      <span className="visually-hidden">{lines.join('；')}</span>
    </span>
  );
}

const CARD_HEIGHT = 50;

function CardList({
  code,
  count,
  query,
  lanes,
  cards,
}: {
  code: string;
  count: number;
  query: ClientQuery;
  lanes: number;
  cards: CardHandlers;
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's functions are read during render by design.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT,
    overscan: 4,
    gap: 4,
    lanes,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.length > 0 ? Math.max(...items.map((item) => item.index)) : 0;
  const sort = effectiveSort(useBoardStore((s) => s.filters.sort), useContext(ShowVolumeContext));
  const { rowAt, error } = useCellCards(query, sort, code, first, last, count > 0);

  if (count === 0) {
    return <p className="board-cell-empty">{t('boardView.cell.empty')}</p>;
  }
  return (
    <div ref={scrollRef} className="board-card-list" role="list" aria-label={t('boardView.cell.list', { cell: code })}>
      {error ? <p className="board-cell-empty">{error.message}</p> : null}
      <div className="board-card-space" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rowAt(item.index);
          return (
            <div
              key={row ? `client-${row.id}` : `slot-${item.index}`}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="board-card-slot"
              style={{
                transform: `translateY(${item.start}px)`,
                left: `${(item.lane * 100) / lanes}%`,
                width: `${100 / lanes}%`,
              }}
            >
              {row ? (
                <ClientCard
                  row={row}
                  selected={cards.isSelected(row.id)}
                  position={item.index + 1}
                  setSize={count}
                  onToggleSelect={cards.onToggleSelect}
                  onOpenMenu={cards.onOpenMenu}
                />
              ) : (
                <div className="board-card-skeleton" aria-hidden="true">
                  {t('boardView.cell.loading')}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** A cell as a small drop target beside an enlarged cell. */
export const CompactCell = memo(function CompactCell({ cell, zone, onExpand }: { cell: BoardCellSummary; zone: Zone | undefined; onExpand(cell: string): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { setNodeRef, isOver } = useCellDroppable(cell.code);
  const zoneName = zone ? zone.name[locale] : t('boardView.cell.noZone');
  return (
    <button
      ref={setNodeRef}
      type="button"
      className="board-cell board-cell-compact"
      data-cell={cell.code}
      data-over={isOver || undefined}
      style={zoneStyle(zone)}
      aria-label={t('boardView.cell.expand', { cell: cell.code })}
      onClick={() => onExpand(cell.code)}
    >
      <span className="board-cell-code">{cell.code}</span>
      <span className="board-cell-zone">{zoneName}</span>
      <strong data-testid={`cell-count-${cell.code}`}>{countText(cell.count, locale)}</strong>
    </button>
  );
});
