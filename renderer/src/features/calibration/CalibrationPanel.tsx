import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { errorText } from '../../components/errorText';
import { useLocale } from '../../i18n/useLocale';
import { BigMoversDialog } from './BigMoversDialog';
import { CalibrationStrip } from './CalibrationStrip';
import { SignOffDialog, UnlockDialog } from './SignOffDialogs';
import type { Calibration } from './useCalibration';
import { usePeriodName } from './usePeriodName';

type Open = 'signOff' | 'unlock' | 'movers' | null;

/** The strip with its dialogs: sign off a period, unlock it, list the big movers. */
export function CalibrationPanel({ calibration, notify }: { calibration: Calibration; notify(text: () => string, undo?: boolean): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const periodName = usePeriodName();
  const [open, setOpen] = useState<Open>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { state, movers, shares, baselineName } = calibration;
  const signOff = state?.signOff ?? null;

  const show = (which: Open) => {
    setError(null);
    setOpen(which);
  };
  const run = async (call: () => Promise<unknown>, done: () => string) => {
    setSaving(true);
    setError(null);
    try {
      await call();
      setOpen(null);
      notify(done, true);
    } catch (failure) {
      setError(errorText(failure, locale));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <CalibrationStrip
        shares={shares}
        state={state}
        movers={movers}
        baselineName={baselineName}
        onSignOff={() => show('signOff')}
        onUnlock={() => show('unlock')}
        onShowMovers={() => show('movers')}
      />
      {open === 'signOff' ? (
        <SignOffDialog
          lastSigner={signOff?.signedBy ?? null}
          saving={saving}
          error={error}
          onCancel={() => setOpen(null)}
          onConfirm={(input) =>
            void run(
              () => api.call('periods.signOff', input),
              () => t('calibration.signOff.done', { period: periodName(input.period) }),
            )
          }
        />
      ) : null}
      {open === 'unlock' && signOff ? (
        <UnlockDialog
          signOff={signOff}
          saving={saving}
          error={error}
          onCancel={() => setOpen(null)}
          onConfirm={(reason) =>
            void run(
              () => api.call('periods.unlock', { period: signOff.period, reason }),
              () => t('calibration.unlock.done', { period: periodName(signOff.period) }),
            )
          }
        />
      ) : null}
      {open === 'movers' && movers && baselineName !== null ? <BigMoversDialog movers={movers} baselineName={baselineName} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
