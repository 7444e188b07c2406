import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BigMovers } from '../../../../shared/contract/calibrationMethods';
import { useLocale } from '../../i18n/useLocale';
import { countText } from '../board/numberFormat';
import { directionKey } from './calibrationView';

/** The big movers since the baseline snapshot, as a list to review in a calibration meeting. */
export function BigMoversDialog({ movers, baselineName, onClose }: { movers: BigMovers; baselineName: string; onClose(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    closeRef.current?.focus();
    return () => dialog?.close();
  }, []);
  const hidden = movers.total - movers.movers.length;
  return (
    <dialog
      ref={ref}
      className="dialog calibration-dialog calibration-movers-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="big-movers-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>{t('calibration.movers.title')}</h2>
      <div className="dialog-body">
        <p className="help">{t('calibration.movers.intro', { snapshot: baselineName, steps: movers.minSteps })}</p>
        <div className="calibration-movers-list">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('calibration.movers.columns.name')}</th>
                <th scope="col">{t('calibration.movers.columns.place')}</th>
                <th scope="col">{t('calibration.movers.columns.move')}</th>
                <th scope="col">{t('calibration.movers.columns.steps')}</th>
              </tr>
            </thead>
            <tbody>
              {movers.movers.map((mover) => (
                <tr key={mover.clientId} data-client-id={mover.clientId}>
                  <td>{mover.name}</td>
                  <td className="muted">{[mover.hospitalName, mover.department, mover.repName].filter(Boolean).join(' · ')}</td>
                  <td className="mono">
                    {mover.from} → {mover.to} <span className="muted">{t(directionKey(mover.direction))}</span>
                  </td>
                  <td>{t('calibration.movers.steps', { steps: mover.steps })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {hidden > 0 ? <p className="help">{t('calibration.movers.more', { count: countText(hidden, locale) })}</p> : null}
      </div>
      <div className="dialog-actions">
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          {t('calibration.movers.close')}
        </button>
      </div>
    </dialog>
  );
}
