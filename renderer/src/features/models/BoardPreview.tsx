import { useTranslation } from 'react-i18next';
import type { ModelPreview } from '../../../../shared/contract';
import { boardGrid, zoneOfCell, type ModelDefinition } from '../../../../shared/grading';
import { readableTextColor } from '../../components/zoneColors';
import { useLocale } from '../../i18n/useLocale';
import { useEditor } from './EditorContext';
import { formatDelta } from './previewDiff';

/**
 * The edited model's board in layout order (A on top, columns 3-2-1 for the pharma grid),
 * coloured by zone, with each cell's client count before → after the edit.
 */
export function BoardPreview({ definition, preview }: { definition: ModelDefinition; preview: ModelPreview | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { words } = useEditor();
  const grid = boardGrid(definition);
  const columns = Math.max(1, ...grid.rows.map((row) => row.length));
  const counted = preview !== null && Object.keys(preview.after).length > 0;

  return (
    <div className="board-preview" data-testid="board-preview">
      {grid.columnAxis ? (
        <div className="bp-axis bp-axis-columns">
          {grid.columnAxis[locale]} →
        </div>
      ) : null}
      <div className="bp-axis bp-axis-rows">
        <span aria-hidden="true">↑</span>
        <span className="bp-axis-rows-label">{grid.rowAxis[locale]}</span>
      </div>
      <div className="bp-grid" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }} role="list">
        {grid.rows.flatMap((row, r) =>
          row.map((code, c) => {
            if (!code) return <div key={`gap-${r}-${c}`} className="bp-cell bp-cell-missing" role="listitem" aria-label={t('models.board.missing')} />;
            const zone = zoneOfCell(definition, code);
            const zoneName = zone ? zone.name[locale] || zone.id : t('models.board.noZone');
            const before = preview?.before[code] ?? 0;
            const after = preview?.after[code] ?? 0;
            const delta = after - before;
            return (
              <div
                key={code}
                role="listitem"
                className="bp-cell"
                data-testid={`preview-cell-${code}`}
                data-before={counted ? before : undefined}
                data-after={counted ? after : undefined}
                data-zone={zone?.id}
                aria-label={
                  counted
                    ? t('models.board.cellLabel', { ...words, cell: code, zone: zoneName, before, after, delta: formatDelta(delta) })
                    : t('models.board.cellLabelNoCounts', { cell: code, zone: zoneName })
                }
                style={zone ? { backgroundColor: zone.color, color: readableTextColor(zone.color) } : undefined}
              >
                <div className="bp-cell-head">
                  <span className="bp-code">{code}</span>
                  <span className="bp-zone" title={zoneName}>
                    {zoneName}
                  </span>
                </div>
                {counted ? (
                  <div className="bp-counts" aria-hidden="true">
                    {delta === 0 ? (
                      <span className="bp-after">{after}</span>
                    ) : (
                      <>
                        <span className="bp-before">{before}</span>
                        <span className="bp-arrow">→</span>
                        <span className="bp-after">{after}</span>
                        <span className={delta > 0 ? 'bp-delta bp-delta-up' : 'bp-delta bp-delta-down'}>{formatDelta(delta)}</span>
                      </>
                    )}
                  </div>
                ) : null}
              </div>
            );
          }),
        )}
      </div>
    </div>
  );
}
