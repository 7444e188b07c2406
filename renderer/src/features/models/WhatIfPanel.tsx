import { useTranslation } from 'react-i18next';
import type { ModelPreview } from '../../../../shared/contract';
import { useEditor } from './EditorContext';
import { directionMarker, formatDelta, moversNotShown } from './previewDiff';

/** Movers listed in the panel; the core sends up to 200, the rest is counted. */
const MOVERS_LISTED = 50;

interface WhatIfPanelProps {
  preview: ModelPreview | null;
  /** The edit has not been previewed yet (debounce or request under way). */
  pending: boolean;
  /** Why there is no preview (problems, invalid input), when there is none. */
  blockedReason: string | null;
  baselineVersion: number;
}

/** What the edit would do: ungraded before → after and the clients that would change cell. */
export function WhatIfPanel({ preview, pending, blockedReason, baselineVersion }: WhatIfPanelProps) {
  const { t } = useTranslation();
  const { words } = useEditor();
  const shown = preview ? preview.movers.rows.slice(0, MOVERS_LISTED) : [];
  const more = preview ? moversNotShown(preview.movers, MOVERS_LISTED) : 0;
  return (
    <div className="what-if" aria-busy={pending}>
      <p className="help">{t('models.whatIf.baseline', { version: baselineVersion })}</p>
      <p className="what-if-status" role="status" data-testid="preview-status">
        {pending ? t('models.whatIf.computing') : blockedReason ?? ''}
      </p>
      {preview && !blockedReason ? (
        <>
          <p className="what-if-ungraded" data-testid="preview-ungraded">
            {t('models.whatIf.ungraded', {
              before: preview.ungradedBefore,
              after: preview.ungradedAfter,
              delta: formatDelta(preview.ungradedAfter - preview.ungradedBefore),
            })}
          </p>
          <h3 className="what-if-title" data-testid="movers-total" data-total={preview.movers.total}>
            {preview.movers.total === 0 ? t('models.whatIf.noMovers', words) : t('models.whatIf.movers', { ...words, n: preview.movers.total })}
          </h3>
          {shown.length > 0 ? (
            <ul className="movers" data-testid="movers">
              {shown.map((mover) => (
                <li key={mover.clientId} className="mover" data-from={mover.from ?? ''} data-to={mover.to ?? ''}>
                  <div className="mover-main">
                    <span className="mover-name">{mover.name}</span>
                    <span className="mover-move">
                      <span>{mover.from ?? t('common.ungraded')}</span>
                      <span aria-hidden="true"> → </span>
                      <span className="visually-hidden">{t('models.whatIf.to')}</span>
                      <span>{mover.to ?? t('common.ungraded')}</span>
                      <span
                        className={mover.direction > 0 ? 'mover-dir mover-up' : mover.direction < 0 ? 'mover-dir mover-down' : 'mover-dir'}
                        title={t(mover.direction > 0 ? 'models.whatIf.up' : mover.direction < 0 ? 'models.whatIf.down' : 'models.whatIf.sideways')}
                      >
                        <span aria-hidden="true">{directionMarker(mover.direction)}</span>
                        <span className="visually-hidden">
                          {t(mover.direction > 0 ? 'models.whatIf.up' : mover.direction < 0 ? 'models.whatIf.down' : 'models.whatIf.sideways')}
                        </span>
                      </span>
                    </span>
                  </div>
                  <div className="mover-where">
                    {[mover.hospitalName, mover.department, mover.repName ? t('models.whatIf.rep', { rep: mover.repName }) : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                </li>
              ))}
            </ul>
          ) : null}
          {more > 0 ? (
            <p className="help" data-testid="movers-more">
              {t('models.whatIf.more', { ...words, n: more })}
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
