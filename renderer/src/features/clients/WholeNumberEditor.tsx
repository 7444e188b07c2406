import { useEffect, useId, useRef, useState } from 'react';
import { useGridCellEditor, type CustomCellEditorProps } from 'ag-grid-react';
import type { ClientRow } from '../../../../shared/domain/schemas';
import { invalidMessage, type GridContext } from './gridColumns';
import { parseWholeNumber } from './validators';

interface WholeNumberEditorProps extends CustomCellEditorProps<ClientRow, number | null> {
  max: number;
  label: string;
}

/** The text to start with: the key that started editing replaces the value, as in a spreadsheet. */
function startText(props: WholeNumberEditorProps): string {
  const key = props.eventKey;
  if (key === 'Backspace' || key === 'Delete') return '';
  if (key && key.length === 1) return key;
  return props.initialValue === null || props.initialValue === undefined ? '' : String(props.initialValue);
}

/**
 * Whole numbers >= 0 (units per month, beds). An invalid entry shows its reason under the
 * field and cannot be committed: Enter keeps the editor open, Escape restores the old value.
 */
export function WholeNumberEditor(props: WholeNumberEditorProps) {
  const ctx = props.context as GridContext;
  const [text, setText] = useState(() => startText(props));
  const inputRef = useRef<HTMLInputElement>(null);
  const messageId = useId();
  const parsed = parseWholeNumber(text, props.max);
  const error = parsed.ok ? null : invalidMessage(parsed.error, ctx.t);
  const errorRef = useRef(error);
  const { onValueChange, initialValue } = props;
  // What the grid reads when editing stops; an invalid entry never replaces the value.
  const value = parsed.ok ? parsed.value : (initialValue ?? null);

  useEffect(() => {
    errorRef.current = error;
  }, [error]);

  useEffect(() => {
    onValueChange(value);
  }, [value, onValueChange]);

  const startedByKey = Boolean(props.eventKey && props.eventKey.length === 1);
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    input.focus();
    // Started with Enter, F2 or a double click: select the value so typing replaces it.
    if (!startedByKey) input.select();
  }, [startedByKey]);

  useGridCellEditor({
    getValidationErrors: () => (errorRef.current ? [errorRef.current] : null),
    isCancelAfterEnd: () => errorRef.current !== null,
  });

  return (
    <div className="number-editor" data-testid="number-editor">
      <input
        ref={inputRef}
        className="number-editor-input"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        aria-label={props.label}
        aria-invalid={error !== null}
        aria-describedby={error ? messageId : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      {error ? (
        <p id={messageId} className="number-editor-error" role="alert" data-testid="cell-editor-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
