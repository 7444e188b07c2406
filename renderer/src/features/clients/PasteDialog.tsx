import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { useLocale } from '../../i18n/useLocale';
import type { TextClipboard } from './clipboard';
import { changeFor, invalidMessage, type GridContext } from './gridColumns';
import { parseColumn, planPaste, type PastePlan } from './tsv';
import { errorText } from '../../components/errorText';

export interface PasteTarget {
  colId: string;
  header: string;
}

interface PasteDialogProps {
  open: boolean;
  ctx: GridContext;
  clipboard: TextClipboard;
  /** Editable columns a column of values can go into. */
  targets: PasteTarget[];
  /** The selected rows' ids in the grid's order, fetched when the dialog opens. */
  orderedIds(): Promise<number[]>;
  onClose(): void;
  onDone(message: string): void;
}

/**
 * Pastes a column of values (one per line, as copied from a spreadsheet) into the selected
 * rows of one column. The clipboard is read when the dialog opens (Electron's clipboard in
 * the app, the browser's in the web preview); the text can also be pasted or typed here.
 */
export function PasteDialog(props: PasteDialogProps) {
  const { open, ctx, clipboard, targets, orderedIds, onClose, onDone } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const ref = useRef<HTMLDialogElement>(null);
  const baseId = useId();
  const [colId, setColId] = useState(targets[0]?.colId ?? '');
  const [text, setText] = useState('');
  const [ids, setIds] = useState<number[] | null>(null);
  const [clipboardNote, setClipboardNote] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState<{ done: number; of: number } | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setText('');
      setIds(null);
      setFailure(null);
      setClipboardNote(null);
      dialog.showModal();
      orderedIds().then(setIds, (error: unknown) => setFailure(String(error)));
      clipboard.readText().then(
        (value) => setText(value),
        () => setClipboardNote(t('grid.paste.clipboardDenied')),
      );
    } else if (!open && dialog.open) dialog.close();
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const target = targets.find((x) => x.colId === colId) ?? targets[0];
  const plan: PastePlan | { ok: false; reason: 'empty' | 'severalColumns' } | null = useMemo(() => {
    if (!target || ids === null || text.trim() === '') return null;
    const column = parseColumn(text);
    if (!column.ok) return column;
    return planPaste({ values: column.values, ids, header: target.header, parse: (value) => changeFor(target.colId, value, ctx) });
  }, [ctx, ids, target, text]);

  const explain = (): string | null => {
    if (!plan) return null;
    if (plan.ok) {
      const rows = plan.steps.reduce((n, step) => n + step.ids.length, 0);
      return plan.steps.length === 1 ? t('grid.paste.planOne', { rows }) : t('grid.paste.planMany', { rows, steps: plan.steps.length });
    }
    switch (plan.reason) {
      case 'empty':
        return t('grid.paste.empty');
      case 'severalColumns':
        return t('grid.paste.severalColumns');
      case 'noRows':
        return t('grid.paste.noRows');
      case 'countMismatch':
        return t('grid.paste.countMismatch', { values: plan.values, rows: plan.rows });
      case 'invalid':
        return plan.problems
          .slice(0, 5)
          .map((p) => t('grid.paste.invalidLine', { line: p.line, message: invalidMessage(p.invalid, ctx.t) }))
          .join('\n');
    }
  };

  const paste = async () => {
    if (!plan?.ok || !target) return;
    setFailure(null);
    let rows = 0;
    try {
      for (const [index, step] of plan.steps.entries()) {
        setSaving({ done: index, of: plan.steps.length });
        const result = await api.call('clients.bulkUpdate', { ids: step.ids, changes: step.changes });
        rows += result.count;
      }
      onDone(t('grid.paste.done', { rows, column: target.header, steps: plan.steps.length }));
      onClose();
    } catch (error) {
      const message = errorText(error, locale);
      setFailure(rows > 0 ? t('grid.paste.partial', { rows, message }) : message);
    } finally {
      setSaving(null);
    }
  };

  const message = explain();
  return (
    <dialog
      ref={ref}
      className="dialog dialog-form"
      aria-labelledby={`${baseId}-heading`}
      data-testid="paste-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${baseId}-heading`}>{t('grid.paste.title')}</h2>
      <p className="help">{t('grid.paste.help', { rows: ids?.length ?? '…' })}</p>
      <div className="field">
        <label htmlFor={`${baseId}-col`}>{t('grid.paste.column')}</label>
        <select id={`${baseId}-col`} value={colId} onChange={(event) => setColId(event.target.value)}>
          {targets.map((x) => (
            <option key={x.colId} value={x.colId}>
              {x.header}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${baseId}-text`}>{t('grid.paste.values')}</label>
        <textarea id={`${baseId}-text`} rows={8} value={text} onChange={(event) => setText(event.target.value)} data-testid="paste-text" />
        {clipboardNote ? <span className="help">{clipboardNote}</span> : null}
      </div>
      {message ? (
        <p className={plan?.ok ? 'paste-plan' : 'paste-plan inline-error'} role={plan?.ok ? 'status' : 'alert'} data-testid="paste-plan">
          {message}
        </p>
      ) : null}
      {failure ? (
        <p className="inline-error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button-primary" disabled={!plan?.ok || saving !== null} onClick={() => void paste()}>
          {saving ? t('grid.paste.saving', { done: saving.done, of: saving.of }) : t('grid.paste.confirm')}
        </button>
      </div>
    </dialog>
  );
}
