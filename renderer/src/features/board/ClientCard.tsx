import { memo, useContext, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MovableCard } from '../../../../shared/board/moveLogic';
import type { ClientRow } from '../../../../shared/domain/schemas';
import { useLocale } from '../../i18n/useLocale';
import { useBoardCalibration } from '../calibration/boardCalibration';
import { directionKey } from '../calibration/calibrationView';
import { useCardDraggable } from './BoardDnd';
import { countText } from './numberFormat';
import { ShowRegionContext } from './showRegion';
import { ShowVolumeContext } from './showVolume';

/** What a card shows; also used by the drag overlay. */
export function CardFace({ row }: { row: ClientRow }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const showRegion = useContext(ShowRegionContext);
  const showVolume = useContext(ShowVolumeContext);
  const overridden = row.overrideCell !== null;
  const { movers, baselineName } = useBoardCalibration();
  const mover = movers.get(row.id);
  const volume = row.volumeOurs === null ? t('boardView.card.noVolume') : t('boardView.card.volume', { volume: countText(row.volumeOurs, locale) });
  const place = [row.hospitalName ?? t('boardView.card.noHospital'), row.department, row.repName ?? t('boardView.card.noRep'), showRegion ? row.region : null]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      <span className="board-card-line">
        <span className="board-card-name">{row.name}</span>
        {overridden ? (
          <span
            className="board-card-badge"
            data-testid="override-badge"
            title={t('boardView.card.overrideTitle', { cell: row.overrideCell ?? '', formula: row.formulaCell ?? '—' })}
          >
            {row.formulaCell
              ? t('boardView.card.overrideBadge', { cell: row.formulaCell })
              : t('boardView.card.overrideBadgeUngraded')}
          </span>
        ) : null}
        {mover ? (
          <span
            className="board-card-mover"
            data-testid="big-mover-badge"
            title={t('calibration.movers.badgeTitle', { snapshot: baselineName ?? '', from: mover.from, to: mover.to, steps: mover.steps })}
          >
            {t('calibration.movers.badge', { direction: t(directionKey(mover.direction)), steps: mover.steps })}
          </span>
        ) : null}
        {showVolume ? <span className="board-card-volume">{volume}</span> : null}
      </span>
      <span className="board-card-place">{place}</span>
      {overridden && row.overrideReason ? (
        <span className="board-card-reason" data-testid="override-reason" title={row.overrideReason}>
          {t('boardView.card.reason', { reason: row.overrideReason })}
        </span>
      ) : null}
    </>
  );
}

interface ClientCardProps {
  row: ClientRow;
  selected: boolean;
  position: number;
  setSize: number;
  onToggleSelect(card: MovableCard): void;
  onOpenMenu(card: MovableCard, row: ClientRow, button: HTMLButtonElement): void;
}

/**
 * A draggable client card: the mouse grabs it anywhere; the keyboard picks it up with Space
 * on its body. The checkbox selects it for a multi-card move; "⋯" opens "移动到…".
 */
export const ClientCard = memo(function ClientCard({ row, selected, position, setSize, onToggleSelect, onOpenMenu }: ClientCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const showRegion = useContext(ShowRegionContext);
  const showVolume = useContext(ShowVolumeContext);
  // The row is the card: it has what a move needs, and the overlay and figures use the rest.
  const card: MovableCard = row;
  const { setNodeRef, setHandleRef, listeners, handleProps, isDragging } = useCardDraggable(card, t('boardView.card.roleDescription'));
  const volume = row.volumeOurs === null ? t('boardView.card.noVolume') : t('boardView.card.volume', { volume: countText(row.volumeOurs, locale) });
  const labelValues = {
    name: row.name,
    hospital: row.hospitalName ?? t('boardView.card.noHospital'),
    department: row.department ?? '—',
    volume,
    rep: row.repName ?? t('boardView.card.noRep'),
    cell: row.cell ?? '—',
  };
  const labelKey =
    row.overrideCell !== null
      ? showVolume
        ? 'boardView.card.labelOverride'
        : 'boardView.card.labelOverrideNoVolume'
      : showVolume
        ? 'boardView.card.label'
        : 'boardView.card.labelNoVolume';
  const cardLabel = t(labelKey, { ...labelValues, formula: row.formulaCell ?? '—', reason: row.overrideReason ?? '' });
  const label = showRegion && row.region ? t('boardView.card.withRegion', { label: cardLabel, region: row.region }) : cardLabel;
  const onBodyClick = (event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey) onToggleSelect(card);
  };

  return (
    <div
      ref={setNodeRef}
      className="board-card"
      role="listitem"
      aria-setsize={setSize}
      aria-posinset={position}
      data-client-id={row.id}
      data-selected={selected || undefined}
      data-dragging={isDragging || undefined}
      data-overridden={row.overrideCell !== null || undefined}
      {...listeners}
    >
      <input
        type="checkbox"
        className="board-card-check"
        checked={selected}
        aria-label={t('boardView.card.select', { name: row.name })}
        onChange={() => onToggleSelect(card)}
      />
      <div ref={setHandleRef} className="board-card-body" {...handleProps} aria-label={label} onClick={onBodyClick}>
        <CardFace row={row} />
      </div>
      <button
        type="button"
        className="board-card-menu"
        aria-haspopup="menu"
        aria-label={t('boardView.card.moveToLabel', { name: row.name })}
        title={t('boardView.card.moveTo')}
        onClick={(event) => onOpenMenu(card, row, event.currentTarget)}
      >
        ⋯
      </button>
    </div>
  );
});
