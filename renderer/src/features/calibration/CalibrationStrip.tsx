import { useTranslation } from 'react-i18next';
import type { BigMovers, CalibrationState } from '../../../../shared/contract/calibrationMethods';
import type { TargetShare } from '../../../../shared/grading/calibration';
import { useLocale } from '../../i18n/useLocale';
import { countText, shareText } from '../board/numberFormat';
import { boundText, dateText, isBreached, statusKey } from './calibrationView';
import { useBoundWords } from './useBoundWords';
import { usePeriodName } from './usePeriodName';
import './calibration.css';

interface CalibrationStripProps {
  shares: TargetShare[];
  state: CalibrationState | undefined;
  movers: BigMovers | undefined;
  baselineName: string | null;
  onSignOff(): void;
  onUnlock(): void;
  onShowMovers(): void;
}

/**
 * The board's guard-rails in one line: each target's current share against its bound (warning
 * colour when breached), the big movers since the last snapshot, and the sign-off of the period.
 */
export function CalibrationStrip({ shares, state, movers, baselineName, onSignOff, onUnlock, onShowMovers }: CalibrationStripProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const periodName = usePeriodName();
  const words = useBoundWords();
  const percent = (share: number) => shareText(share, locale);
  const signOff = state?.signOff ?? null;

  return (
    <div className="calibration-strip" role="group" aria-label={t('calibration.strip.label')} data-testid="calibration-strip">
      <span className="calibration-label" title={t('calibration.strip.help')}>
        {t('calibration.strip.label')}
      </span>
      {shares.map((share) => {
        const name = share.target.label[locale];
        const bound = boundText(share.target, percent, words);
        const shown = shareText(share.share, locale);
        const status = t(statusKey(share.status));
        return (
          <span
            key={share.target.key}
            className="calibration-target"
            data-status={share.status}
            data-breached={isBreached(share.status) || undefined}
            data-testid={`calibration-target-${share.target.key}`}
            title={t('calibration.strip.targetTitle', {
              name,
              share: shown,
              count: countText(share.count, locale),
              total: countText(share.total, locale),
              bound,
              status,
            })}
          >
            <span aria-hidden="true" className="calibration-mark">
              {isBreached(share.status) ? '⚠' : '✓'}
            </span>
            <strong>{t('calibration.strip.target', { name, share: shown })}</strong>
            <span className="calibration-bound">{bound}</span>
            <span className="visually-hidden">{status}</span>
          </span>
        );
      })}
      {movers ? (
        movers.baseline === null ? (
          <span className="calibration-movers muted">{t('calibration.movers.noBaseline')}</span>
        ) : (
          <button
            type="button"
            className="board-chip calibration-movers"
            data-testid="big-movers-chip"
            data-has={movers.total > 0 || undefined}
            title={t('calibration.movers.since', { snapshot: baselineName ?? '', steps: movers.minSteps })}
            onClick={onShowMovers}
          >
            {movers.total > 0 ? t('calibration.movers.chip', { count: movers.total }) : t('calibration.movers.chipNone')}
          </button>
        )
      ) : null}
      <span className="calibration-lock" data-testid="calibration-lock" data-locked={state?.locked || undefined}>
        {state?.locked && signOff ? (
          <>
            <span>{t('calibration.lock.locked', { period: periodName(signOff.period), signedBy: signOff.signedBy, at: dateText(signOff.signedAt, locale) })}</span>
            <button type="button" className="button" onClick={onUnlock}>
              {t('calibration.lock.unlock')}
            </button>
          </>
        ) : (
          <>
            {signOff?.unlockedAt ? (
              <span
                className="muted calibration-unlocked"
                title={t('calibration.lock.unlockedTitle', {
                  period: periodName(signOff.period),
                  signedBy: signOff.signedBy,
                  at: dateText(signOff.signedAt, locale),
                  unlockedAt: dateText(signOff.unlockedAt, locale),
                  reason: signOff.unlockReason ?? '',
                })}
              >
                {t('calibration.lock.unlocked', {
                  period: periodName(signOff.period),
                  unlockedAt: dateText(signOff.unlockedAt, locale),
                  reason: signOff.unlockReason ?? '',
                })}
              </span>
            ) : (
              <span className="muted">{t('calibration.lock.open')}</span>
            )}
            <button type="button" className="button" onClick={onSignOff} disabled={!state}>
              {t('calibration.lock.signOff')}
            </button>
          </>
        )}
      </span>
    </div>
  );
}
