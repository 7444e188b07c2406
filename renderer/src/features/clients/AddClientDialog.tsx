import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type ClientChanges } from '../../../../shared/contract';
import type { ClientRow, Rep } from '../../../../shared/domain/schemas';
import { useApi } from '../../api/ApiProvider';
import { useLocale } from '../../i18n/useLocale';
import { choicesOf } from '../../../../shared/grading';
import { inputHeader } from '../../../../shared/transfer/synonyms';
import { changeFor, invalidMessage, modelDefaultHidden, type DictionaryId, type GridContext } from './gridColumns';
import { errorText } from '../../components/errorText';

/** A field of the form: a built-in field, or one of the active model's inputs ('attr:annualSpend'), validated as the grid column is. */
export interface FormField {
  colId: string;
  kind: 'text' | 'word' | 'number' | 'rep' | 'choice';
  /** The header, for model inputs (built-in fields use grid.col.*). */
  label?: string;
  /** [value sent, text shown] for a model input's choices. */
  options?: [string, string][];
}

/** The built-in fields, in order, and the grid column whose validation each one uses. */
const BUILTIN_FIELDS: readonly FormField[] = [
  { colId: 'name', kind: 'text' },
  { colId: 'hospitalName', kind: 'text' },
  { colId: 'hospitalClass', kind: 'word' },
  { colId: 'department', kind: 'text' },
  { colId: 'title', kind: 'word' },
  { colId: 'bedsManaged', kind: 'number' },
  { colId: 'volumeOurs', kind: 'number' },
  { colId: 'volumeCompetitor', kind: 'number' },
  { colId: 'behaviour', kind: 'word' },
  { colId: 'repName', kind: 'rep' },
];

/**
 * The form's fields under the active model: the built-in ones, without the pharma fields a
 * non-pharma model does not read (as the grid hides them), and the model's own inputs.
 */
export function formFields(ctx: Pick<GridContext, 'model' | 'inputs' | 'dictionaries' | 'locale'>): FormField[] {
  const hidden = modelDefaultHidden(ctx.model);
  const fields = BUILTIN_FIELDS.filter((field) => !hidden[field.colId]);
  const at = fields.findIndex((field) => field.colId === 'repName');
  const inputs = [...ctx.inputs.values()].map((input): FormField => {
    const colId = `attr:${input.attribute}`;
    const label = inputHeader(input, ctx.locale);
    if (input.type !== 'choice') return { colId, kind: input.type === 'number' ? 'number' : 'text', label };
    const dictionary = input.dictionary === undefined ? undefined : ctx.dictionaries[input.dictionary];
    return { colId, kind: 'choice', label, options: choicesOf(input, dictionary).map((choice) => [choice.value, choice.label[ctx.locale]]) };
  });
  return [...fields.slice(0, at), ...inputs, ...fields.slice(at)];
}

/** Every field through the same checks as an edit in the grid; the changes, or the errors by field. */
export function validateNewClient(
  values: Readonly<Record<string, string>>,
  ctx: Pick<GridContext, 'dictionaries' | 'reps' | 't'> & Partial<Pick<GridContext, 'inputs'>>,
  fields: readonly FormField[] = BUILTIN_FIELDS,
) {
  const errors: Partial<Record<string, string>> = {};
  const client: ClientChanges = {};
  for (const { colId } of fields) {
    const parsed = changeFor(colId, values[colId] ?? '', ctx);
    if (!parsed.ok) errors[colId] = invalidMessage(parsed.error, ctx.t);
    else if (parsed.value.attributes) client.attributes = { ...client.attributes, ...parsed.value.attributes };
    else Object.assign(client, parsed.value);
  }
  for (const key of Object.keys(client) as (keyof ClientChanges)[]) if (client[key] === null) delete client[key];
  if (client.attributes) {
    for (const [key, value] of Object.entries(client.attributes)) if (value === null) delete client.attributes[key];
    if (Object.keys(client.attributes).length === 0) delete client.attributes;
  }
  return { errors, client };
}

interface AddClientDialogProps {
  open: boolean;
  ctx: GridContext;
  reps: Rep[];
  choices: Record<DictionaryId, string[]>;
  onClose(): void;
  onCreated(row: ClientRow): void;
}

/** A new client, with the same validation as editing in the grid; one undo step. */
export function AddClientDialog({ open, ctx, reps, choices: wordChoices, onClose, onCreated }: AddClientDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const ref = useRef<HTMLDialogElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [fields, setFields] = useState<FormField[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const baseId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // The fields of the model active when the dialog opens.
      setFields(formFields(ctx));
      setValues({});
      setErrors({});
      setFailure(null);
      dialog.showModal();
      firstRef.current?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const set = (field: string, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const checkOne = (field: string) => {
    const parsed = changeFor(field, values[field] ?? '', ctx);
    setErrors((e) => ({ ...e, [field]: parsed.ok ? undefined : invalidMessage(parsed.error, ctx.t) }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { errors: found, client } = validateNewClient(values, ctx, fields);
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    setSaving(true);
    setFailure(null);
    api
      .call('clients.create', { client: { ...client, name: client.name ?? '' } })
      .then((row) => {
        onCreated(row);
        onClose();
      })
      .catch((error: unknown) => setFailure(errorText(error, locale)))
      .finally(() => setSaving(false));
  };

  const choices = (field: FormField): [string, string][] => {
    if (field.options) return field.options;
    const words = field.colId === 'repName' ? reps.map((rep) => rep.name) : (wordChoices[field.colId as DictionaryId] ?? []);
    return words.map((word) => [word, word]);
  };

  return (
    <dialog
      ref={ref}
      className="dialog dialog-form"
      aria-labelledby={`${baseId}-heading`}
      data-testid="add-client-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${baseId}-heading`}>{t('grid.add.title')}</h2>
        <p className="help">{t('grid.add.help')}</p>
        <div className="form-grid">
          {fields.map((field, index) => {
            const { colId, kind } = field;
            const id = `${baseId}-${colId.replace(/[^\w-]/g, '_')}`;
            const error = errors[colId];
            const common = {
              id,
              value: values[colId] ?? '',
              'aria-invalid': Boolean(error),
              'aria-describedby': error ? `${id}-error` : undefined,
              onBlur: () => checkOne(colId),
            };
            return (
              <div key={colId} className="field">
                <label htmlFor={id}>
                  {field.label ?? t(`grid.col.${colId}` as never)}
                  {colId === 'name' ? <span className="required"> *</span> : null}
                </label>
                {kind === 'word' || kind === 'rep' || kind === 'choice' ? (
                  <select {...common} onChange={(event) => set(colId, event.target.value)}>
                    <option value="">{kind === 'rep' ? t('common.unassignedRep') : t('grid.add.none')}</option>
                    {choices(field).map(([sent, shown]) => (
                      <option key={sent} value={sent}>
                        {shown}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    {...common}
                    ref={index === 0 ? firstRef : undefined}
                    type="text"
                    inputMode={kind === 'number' && !colId.startsWith('attr:') ? 'numeric' : undefined}
                    autoComplete="off"
                    onChange={(event) => set(colId, event.target.value)}
                  />
                )}
                {error ? (
                  <span id={`${id}-error`} className="field-error" role="alert">
                    {error}
                  </span>
                ) : null}
              </div>
            );
          })}
        </div>
        {failure ? (
          <p className="inline-error" role="alert">
            {failure}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('grid.add.saving') : t('grid.add.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
