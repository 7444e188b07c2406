import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignOff } from '../../../../shared/contract/calibrationMethods';
import { useLocale } from '../../i18n/useLocale';
import { dateText, signOffChoices } from './calibrationView';
import { usePeriodName } from './usePeriodName';

interface FormDialogProps {
  testId: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  canConfirm: boolean;
  saving: boolean;
  error: string | null;
  onConfirm(): void;
  onCancel(): void;
}

/** A native modal <dialog> with a form: Escape and Cancel change nothing. */
function FormDialog(props: FormDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>('input, textarea, select')?.focus();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog calibration-dialog"
      aria-labelledby={`${id}-title`}
      data-testid={props.testId}
      onCancel={(event) => {
        event.preventDefault();
        if (!props.saving) props.onCancel();
      }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (props.canConfirm && !props.saving) props.onConfirm();
        }}
      >
        <h2 id={`${id}-title`}>{props.title}</h2>
        <div className="dialog-body">
          {props.children}
          {props.error ? (
            <p className="inline-error" role="alert">
              {props.error}
            </p>
          ) : null}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={props.onCancel} disabled={props.saving}>
            {props.cancelLabel}
          </button>
          <button type="submit" className="button button-primary" disabled={!props.canConfirm || props.saving}>
            {props.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}

interface SignOffDialogProps {
  /** Prefilled: who signed off last time. */
  lastSigner: string | null;
  saving: boolean;
  error: string | null;
  onConfirm(input: { period: string; signedBy: string; snapshotLabel: string }): void;
  onCancel(): void;
}

/** Signs off a period: which period, who signs; says what the lock does. */
export function SignOffDialog({ lastSigner, saving, error, onConfirm, onCancel }: SignOffDialogProps) {
  const { t } = useTranslation();
  const periodName = usePeriodName();
  const id = useId();
  const [choices] = useState(() => signOffChoices(new Date()));
  const [period, setPeriod] = useState(choices[0]!.period);
  const [signedBy, setSignedBy] = useState(lastSigner ?? '');
  const name = signedBy.trim();
  return (
    <FormDialog
      testId="sign-off-dialog"
      title={t('calibration.signOff.title')}
      confirmLabel={saving ? t('calibration.signOff.saving') : t('calibration.signOff.confirm')}
      cancelLabel={t('calibration.signOff.cancel')}
      canConfirm={name !== ''}
      saving={saving}
      error={error}
      onConfirm={() => onConfirm({ period, signedBy: name, snapshotLabel: t('calibration.signOff.snapshotLabel') })}
      onCancel={onCancel}
    >
      <p>{t('calibration.signOff.body')}</p>
      <div className="field">
        <label htmlFor={`${id}-period`}>{t('calibration.signOff.period')}</label>
        <select id={`${id}-period`} value={period} onChange={(event) => setPeriod(event.target.value)}>
          {choices.map((option) => (
            <option key={option.choice} value={option.period}>
              {t(`calibration.signOff.${option.choice}`, { period: periodName(option.period) })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-by`}>{t('calibration.signOff.signedBy')}</label>
        <input
          id={`${id}-by`}
          type="text"
          value={signedBy}
          maxLength={100}
          autoComplete="off"
          placeholder={t('calibration.signOff.signedByPlaceholder')}
          onChange={(event) => setSignedBy(event.target.value)}
        />
      </div>
    </FormDialog>
  );
}

interface UnlockDialogProps {
  signOff: SignOff;
  saving: boolean;
  error: string | null;
  onConfirm(reason: string): void;
  onCancel(): void;
}

/** Unlocks a signed-off period; the reason is required and kept. */
export function UnlockDialog({ signOff, saving, error, onConfirm, onCancel }: UnlockDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const periodName = usePeriodName();
  const id = useId();
  const [reason, setReason] = useState('');
  const text = reason.trim().replace(/\s+/g, ' ');
  const period = periodName(signOff.period);
  return (
    <FormDialog
      testId="unlock-dialog"
      title={t('calibration.unlock.title', { period })}
      confirmLabel={saving ? t('calibration.unlock.saving') : t('calibration.unlock.confirm')}
      cancelLabel={t('calibration.unlock.cancel')}
      canConfirm={text !== ''}
      saving={saving}
      error={error}
      onConfirm={() => onConfirm(text)}
      onCancel={onCancel}
    >
      <p>{t('calibration.unlock.body', { period, signedBy: signOff.signedBy, at: dateText(signOff.signedAt, locale) })}</p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('calibration.unlock.reason')}</label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          maxLength={500}
          value={reason}
          placeholder={t('calibration.unlock.reasonPlaceholder')}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
    </FormDialog>
  );
}
