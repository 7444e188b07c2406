import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseNumeric } from '../../../../shared/grading';
import { linesFromText, textFromLines } from './definitionEdit';
import { useEditor } from './EditorContext';

type NumberError = 'required' | 'invalid' | 'min' | null;

function formatNumber(value: number | null): string {
  return value === null ? '' : String(value);
}

function check(text: string, allowEmpty: boolean, min: number | undefined): { value: number | null; error: NumberError } {
  if (text.trim() === '') return allowEmpty ? { value: null, error: null } : { value: null, error: 'required' };
  const value = parseNumeric(text);
  if (value === undefined) return { value: null, error: 'invalid' };
  if (min !== undefined && value < min) return { value: null, error: 'min' };
  return { value, error: null };
}

interface NumberFieldProps {
  value: number | null;
  onChange(value: number | null): void;
  /** Visible label; without it `ariaLabel` names the field. */
  label?: string;
  ariaLabel?: string;
  /** Blank means null (e.g. an unbounded band end); otherwise blank is an error. */
  allowEmpty?: boolean;
  min?: number;
  placeholder?: string;
  className?: string;
  describedBy?: string;
  testId?: string;
}

/**
 * A number typed as text: the definition only changes when the text is a valid number, and
 * text that is not yet one is shown as an error and blocks saving.
 */
export function NumberField(props: NumberFieldProps) {
  const { t } = useTranslation();
  const { readOnly, setInvalid } = useEditor();
  const id = useId();
  const [text, setText] = useState(formatNumber(props.value));
  const [seen, setSeen] = useState(props.value);
  const [error, setError] = useState<NumberError>(null);
  // The value changed from outside (another field, a reset): show it.
  if (!Object.is(seen, props.value)) {
    setSeen(props.value);
    if (!Object.is(check(text, props.allowEmpty ?? false, props.min).value, props.value)) {
      setText(formatNumber(props.value));
      setError(null);
    }
  }
  useEffect(() => () => setInvalid(id, false), [id, setInvalid]);

  const errorId = `${id}-error`;
  const describedBy = [props.describedBy, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const input = (
    <input
      id={id}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      className={`number-input ${props.className ?? ''}`}
      value={text}
      placeholder={props.placeholder}
      aria-label={props.label ? undefined : props.ariaLabel}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy}
      data-testid={props.testId}
      readOnly={readOnly}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const result = check(next, props.allowEmpty ?? false, props.min);
        setError(result.error);
        setInvalid(id, result.error !== null);
        if (result.error === null && !Object.is(result.value, props.value)) {
          setSeen(result.value);
          props.onChange(result.value);
        }
      }}
    />
  );
  const message = error ? (
    <span id={errorId} className="field-error" role="alert">
      {error === 'min' ? t('models.number.min', { min: props.min ?? 0 }) : t(`models.number.${error}`)}
    </span>
  ) : null;
  if (!props.label) {
    return (
      <span className="number-field">
        {input}
        {message}
      </span>
    );
  }
  return (
    <span className="field number-field">
      <label htmlFor={id}>{props.label}</label>
      {input}
      {message}
    </span>
  );
}

/** A text field bound to a string in the definition. */
export function TextField(props: { label: string; value: string; onChange(value: string): void; lang?: string; className?: string }) {
  const { readOnly } = useEditor();
  const id = useId();
  return (
    <span className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <input id={id} type="text" lang={props.lang} value={props.value} readOnly={readOnly} onChange={(event) => props.onChange(event.target.value)} />
    </span>
  );
}

/** One line per item (strategy reminders); blank lines are dropped from the definition but not while typing. */
export function LinesField(props: { label: string; lines: readonly string[]; onChange(lines: string[]): void; lang?: string; rows?: number }) {
  const { readOnly } = useEditor();
  const id = useId();
  const joined = textFromLines(props.lines);
  const [text, setText] = useState(joined);
  const [seen, setSeen] = useState(joined);
  if (seen !== joined) {
    setSeen(joined);
    if (textFromLines(linesFromText(text)) !== joined) setText(joined);
  }
  return (
    <span className="field">
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        lang={props.lang}
        rows={props.rows ?? Math.max(3, props.lines.length + 1)}
        value={text}
        readOnly={readOnly}
        onChange={(event) => {
          setText(event.target.value);
          const lines = linesFromText(event.target.value);
          const next = textFromLines(lines);
          setSeen(next);
          if (next !== joined) props.onChange(lines);
        }}
      />
    </span>
  );
}
