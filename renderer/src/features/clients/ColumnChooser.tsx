import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridController } from './ClientGrid';

interface ColumnChooserProps {
  controller: RefObject<GridController | null>;
  /** Called after a change, to save the layout. */
  onChanged(): void;
  onReset(): void;
}

/** Show and hide columns (AG Grid's columns tool panel is Enterprise). */
export function ColumnChooser({ controller, onChanged, onReset }: ColumnChooserProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDetailsElement>(null);
  const [columns, setColumns] = useState<{ colId: string; header: string; visible: boolean }[]>([]);

  const read = () => {
    const api = controller.current?.api;
    if (!api) return;
    setColumns(
      (api.getColumns() ?? [])
        .filter((column) => column.getColDef().headerName)
        .map((column) => ({ colId: column.getColId(), header: column.getColDef().headerName ?? column.getColId(), visible: column.isVisible() })),
    );
  };

  // Close on a click outside or Escape, like a menu.
  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      if (ref.current?.open && !ref.current.contains(event.target as Node)) ref.current.open = false;
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, []);

  return (
    <details
      ref={ref}
      className="column-chooser"
      onToggle={(event) => {
        if (event.currentTarget.open) read();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && ref.current?.open) {
          ref.current.open = false;
          ref.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary className="button">{t('grid.columns.button')}</summary>
      <div className="column-chooser-panel" role="group" aria-label={t('grid.columns.label')}>
        {columns.map((column) => (
          <label key={column.colId} className="facet-item">
            <input
              type="checkbox"
              checked={column.visible}
              onChange={(event) => {
                controller.current?.api?.setColumnsVisible([column.colId], event.target.checked);
                read();
                onChanged();
              }}
            />
            <span>{column.header}</span>
          </label>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => {
            controller.current?.resetColumns();
            read();
            onReset();
          }}
        >
          {t('grid.columns.reset')}
        </button>
      </div>
    </details>
  );
}
