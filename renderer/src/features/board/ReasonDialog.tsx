import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUICK_REASONS, composeReason, quickReasonWordsOf, type QuickReason } from '../../../../shared/board/moveLogic';
import { vocabularyOfModel } from '../../../../shared/models/vocabulary';
import { useActiveModel } from '../clients/useActiveModel';
import { isWrittenReason, type ReasonNeed } from '../../../../shared/board/moveReason';
import { useLocale } from '../../i18n/useLocale';
import { useBoardActionWords } from './actionWords';
import { visitsText } from './numberFormat';

interface ReasonDialogProps {
  target: string;
  names: string[];
  count: number;
  from: string[];
  /** Clients whose formula cell is the target. */
  agreeing: number;
  /** Change of monthly visits the move makes. */
  visitsDelta: number;
  /** 'written' when the move jumps more steps than the model allows without the manager's own words. */
  need: ReasonNeed;
  /** The most steps a card of the move takes, and the model's limit (for the notice). */
  steps: number | null;
  maxSteps: number | null;
  saving: boolean;
  error: string | null;
  onConfirm(reason: string): void;
  onCancel(): void;
}

/** Names for a sentence: up to three, then "等 N 位". */
export function useNamesText() {
  const { t } = useTranslation();
  return useCallback(
    (names: readonly string[], count = names.length) => {
      const shown = names.slice(0, 3).join('、');
      return count > 3 ? t('boardView.dialog.andMore', { names: shown, count }) : shown;
    },
    [t],
  );
}

/**
 * Asks why the cards move: a quick reason from DOMAIN 2.6 and/or free text, required; for a
 * jump beyond the model's calibration steps the free text is required too (moveReason.ts, the
 * rule the core applies). Cancel and Escape change nothing.
 */
export function ReasonDialog(props: ReasonDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const namesText = useNamesText();
  const words = useBoardActionWords();
  const ref = useRef<HTMLDialogElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const model = useActiveModel();
  const quickWords = model ? quickReasonWordsOf(vocabularyOfModel(model)) : 'pharma';
  const [quick, setQuick] = useState<QuickReason | null>(null);
  const [text, setText] = useState('');
  const id = useId();
  const reason = composeReason(quick, text, (q) => t(`boardView.dialog.quick.${quickWords}.${q}`), locale === 'zh-CN' ? '：' : ': ');
  const written = props.need === 'written';
  const enough = reason !== null && (!written || isWrittenReason(reason));

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    firstRef.current?.focus();
    return () => dialog?.close();
  }, []);

  const title = props.count > 1 ? t('boardView.dialog.titleMany', { count: props.count, cell: props.target }) : t('boardView.dialog.title', { cell: props.target });
  const delta = `${props.visitsDelta > 0 ? '+' : ''}${visitsText(props.visitsDelta, locale)}`;

  return (
    <dialog
      ref={ref}
      className="dialog board-reason-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="reason-dialog"
      onCancel={(event) => {
        event.preventDefault();
        if (!props.saving) props.onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div className="dialog-body">
        <p>{t('boardView.dialog.fromTo', { names: namesText(props.names, props.count), from: props.from.join('、') || '—', to: props.target })}</p>
        <p className="help">{t('boardView.dialog.visits', { ...words, delta })}</p>
        {props.agreeing > 0 ? <p className="help">{t('boardView.dialog.agreeing', { count: props.agreeing, cell: props.target })}</p> : null}
        {written ? (
          <p className="notice" data-testid="reason-written-needed">
            {t(props.count > 1 ? 'calibration.move.writtenMany' : 'calibration.move.written', { steps: props.steps ?? 0, max: props.maxSteps ?? 0 })}
          </p>
        ) : null}
        <fieldset className="board-reasons">
          <legend>{t('boardView.dialog.reasonLegend')}</legend>
          {QUICK_REASONS.map((q, i) => (
            <label key={q} className="board-reason-choice">
              <input
                ref={i === 0 ? firstRef : undefined}
                type="radio"
                name={`${id}-quick`}
                value={q}
                checked={quick === q}
                onChange={() => setQuick(q)}
              />
              <span>{t(`boardView.dialog.quick.${quickWords}.${q}`)}</span>
            </label>
          ))}
        </fieldset>
        <label className="field board-reason-detail">
          <span>{written ? t('calibration.move.detailRequired') : quick === 'other' ? t('boardView.dialog.detailRequired') : t('boardView.dialog.detail')}</span>
          <textarea
            rows={2}
            maxLength={400}
            value={text}
            placeholder={t('boardView.dialog.detailPlaceholder', words)}
            required={quick === 'other' || written}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        {!enough ? (
          <p className="help" data-testid="reason-needed">
            {reason === null ? t('boardView.dialog.needReason') : t('calibration.move.needWritten')}
          </p>
        ) : null}
        {props.error ? (
          <p className="inline-error" role="alert">
            {props.error}
          </p>
        ) : null}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={props.onCancel} disabled={props.saving}>
          {t('boardView.dialog.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!enough || props.saving}
          onClick={() => enough && props.onConfirm(reason)}
        >
          {props.saving ? t('boardView.dialog.saving') : t('boardView.dialog.confirm')}
        </button>
      </div>
    </dialog>
  );
}
