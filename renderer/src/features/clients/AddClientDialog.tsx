import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type ClientChanges } from '../../../../shared/contract';
import type { ClientRow, Rep } from '../../../../shared/domain/schemas';
import { useApi } from '../../api/ApiProvider';
import { useLocale } from '../../i18n/useLocale';
import { changeFor, invalidMessage, type DictionaryId, type GridContext } from './gridColumns';
import { errorText } from '../../components/errorText';

/** The form's fields, in order, and the grid column whose validation each one uses. */
const FIELDS = [
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
] as const;
type FieldId = (typeof FIELDS)[number]['colId'];

const EMPTY: Record<FieldId, string> = {
  name: '',
  hospitalName: '',
  hospitalClass: '',
  department: '',
  title: '',
  bedsManaged: '',
  volumeOurs: '',
  volumeCompetitor: '',
  behaviour: '',
  repName: '',
};

/** Every field through the same checks as an edit in the grid; the changes, or the errors by field. */
export function validateNewClient(values: Record<FieldId, string>, ctx: Pick<GridContext, 'dictionaries' | 'reps' | 't'>) {
  const errors: Partial<Record<FieldId, string>> = {};
  const client: ClientChanges = {};
  for (const { colId } of FIELDS) {
    const parsed = changeFor(colId, values[colId], ctx);
    if (parsed.ok) Object.assign(client, parsed.value);
    else errors[colId] = invalidMessage(parsed.error, ctx.t);
  }
  for (const key of Object.keys(client) as (keyof ClientChanges)[]) if (client[key] === null) delete client[key];
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
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<FieldId, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const baseId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setValues(EMPTY);
      setErrors({});
      setFailure(null);
      dialog.showModal();
      firstRef.current?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  const set = (field: FieldId, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const checkOne = (field: FieldId) => {
    const parsed = changeFor(field, values[field], ctx);
    setErrors((e) => ({ ...e, [field]: parsed.ok ? undefined : invalidMessage(parsed.error, ctx.t) }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { errors: found, client } = validateNewClient(values, ctx);
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

  const choices = (field: FieldId): string[] => {
    if (field === 'repName') return reps.map((rep) => rep.name);
    if (field === 'title' || field === 'hospitalClass' || field === 'behaviour') return wordChoices[field];
    return [];
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
          {FIELDS.map(({ colId, kind }, index) => {
            const id = `${baseId}-${colId}`;
            const error = errors[colId];
            const common = {
              id,
              value: values[colId],
              'aria-invalid': Boolean(error),
              'aria-describedby': error ? `${id}-error` : undefined,
              onBlur: () => checkOne(colId),
            };
            return (
              <div key={colId} className="field">
                <label htmlFor={id}>
                  {t(`grid.col.${colId}`)}
                  {colId === 'name' ? <span className="required"> *</span> : null}
                </label>
                {kind === 'word' || kind === 'rep' ? (
                  <select {...common} onChange={(event) => set(colId, event.target.value)}>
                    <option value="">{kind === 'rep' ? t('common.unassignedRep') : t('grid.add.none')}</option>
                    {choices(colId).map((choice) => (
                      <option key={choice} value={choice}>
                        {choice}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    {...common}
                    ref={index === 0 ? firstRef : undefined}
                    type="text"
                    inputMode={kind === 'number' ? 'numeric' : undefined}
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
