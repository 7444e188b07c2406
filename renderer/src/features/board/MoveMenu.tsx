import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { directionOfKey, neighbourCell } from '../../../../shared/board/boardLayout';
import type { BoardSummary } from '../../../../shared/contract/boardMethods';
import type { ClientRow } from '../../../../shared/domain/schemas';
import { readableTextColor } from '../../components/zoneColors';
import { useLocale } from '../../i18n/useLocale';

export interface MoveMenuTarget {
  row: ClientRow;
  anchor: HTMLButtonElement;
}

interface MoveMenuProps {
  target: MoveMenuTarget;
  summary: BoardSummary;
  onChoose(cell: string): void;
  onClear(): void;
  onClose(): void;
}

const MENU_WIDTH = 300;

/**
 * "移动到…": the board's cells as a small board of menu items (arrow keys move as on the
 * board), plus "clear the override" for an overridden card. Does what a drop does.
 */
export function MoveMenu({ target, summary, onChoose, onClear, onClose }: MoveMenuProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { row, anchor } = target;
  const menuRef = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const layout = summary.layout;
  const zoneById = new Map(summary.zones.map((zone) => [zone.id, zone]));
  const cellByCode = new Map(summary.cells.map((cell) => [cell.code, cell]));
  const columns = Math.max(1, ...layout.rows.map((line) => line.length));

  useLayoutEffect(() => {
    const rect = anchor.getBoundingClientRect();
    const height = menuRef.current?.offsetHeight ?? 240;
    const top = rect.bottom + 4 + height > window.innerHeight ? Math.max(8, rect.top - 4 - height) : rect.bottom + 4;
    const left = Math.max(8, Math.min(rect.right - MENU_WIDTH, window.innerWidth - MENU_WIDTH - 8));
    setPosition({ top, left });
  }, [anchor]);

  useEffect(() => {
    const first = menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])');
    first?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node) && event.target !== anchor) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [anchor, onClose]);

  const close = () => {
    onClose();
    anchor.focus();
  };

  const focusCell = (code: string) => menuRef.current?.querySelector<HTMLElement>(`[data-menu-cell="${CSS.escape(code)}"]`)?.focus();

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = (event.target as HTMLElement).dataset.menuCell;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
      return;
    }
    if (event.key === 'Tab') {
      onClose();
      return;
    }
    const direction = directionOfKey(event.code);
    if (!direction) return;
    event.preventDefault();
    if (current) {
      const next = neighbourCell(layout, current, direction);
      if (next) focusCell(next);
      else if (direction === 'down') menuRef.current?.querySelector<HTMLElement>('[data-menu-clear]')?.focus();
    } else if (direction === 'up') {
      const lastRow = layout.rows[layout.rows.length - 1] ?? [];
      const code = lastRow.find((c) => c !== '');
      if (code) focusCell(code);
    }
  };

  return createPortal(
    <div
      ref={menuRef}
      className="board-move-menu"
      role="menu"
      aria-label={t('boardView.menu.label', { name: row.name })}
      style={{ top: position?.top ?? -9999, left: position?.left ?? -9999, width: MENU_WIDTH }}
      onKeyDown={onKeyDown}
    >
      <p className="board-move-menu-title" aria-hidden="true">
        {t('boardView.menu.label', { name: row.name })}
      </p>
      <div className="board-move-menu-grid" role="none" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
        {layout.rows.flatMap((line, r) =>
          line.map((code, c) => {
            if (!code) return <span key={`hole-${r}-${c}`} role="none" />;
            const cell = cellByCode.get(code);
            const zone = cell?.zoneId ? zoneById.get(cell.zoneId) : undefined;
            const current = code === row.cell;
            const formula = code === row.formulaCell;
            const notes = [current ? t('boardView.menu.current') : null, formula ? t('boardView.menu.formula') : null].filter(Boolean).join(' · ');
            return (
              <button
                key={code}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="board-move-menu-item"
                data-menu-cell={code}
                aria-disabled={current || undefined}
                style={zone ? { backgroundColor: zone.color, color: readableTextColor(zone.color) } : undefined}
                onClick={() => {
                  if (current) return;
                  onClose();
                  onChoose(code);
                }}
              >
                <strong>{code}</strong>
                <span>{zone ? zone.name[locale] : t('boardView.cell.noZone')}</span>
                {notes ? <small>{notes}</small> : null}
              </button>
            );
          }),
        )}
      </div>
      {row.overrideCell !== null && row.formulaCell ? (
        <button
          type="button"
          role="menuitem"
          tabIndex={-1}
          className="board-move-menu-clear"
          data-menu-clear="true"
          onClick={() => {
            onClose();
            onClear();
          }}
        >
          {t('boardView.menu.clear', { cell: row.formulaCell })}
        </button>
      ) : null}
    </div>,
    document.body,
  );
}
