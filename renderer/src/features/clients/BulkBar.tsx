import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rep } from '../../../../shared/domain/schemas';
import { choicesOf, type Dictionary, type ModelInput } from '../../../../shared/grading';
import { useLocale } from '../../i18n/useLocale';
import type { DictionaryId } from './gridColumns';

/** The built-in fields "set for selected rows" offers (one bulk edit, one undo step); the model's inputs follow. */
export const BULK_FIELDS = ['repName', 'department', 'region', 'behaviour', 'title', 'hospitalClass'] as const;
/** A built-in field, or a model input's column ('attr:annualSpend'). */
export type BulkField = (typeof BULK_FIELDS)[number] | `attr:${string}`;

const CHOOSE = '\u0000choose';

interface BulkBarProps {
  reps: Rep[];
  choices: Record<DictionaryId, string[]>;
  /** The active model's inputs kept in attributes. */
  inputs: readonly ModelInput[];
  dictionaries: ReadonlyMap<string, Dictionary>;
  /** A column's header as the grid shows it. */
  headerOf(colId: string): string;
  selected: number;
  filtered: number | null;
  busy: boolean;
  onSelectAllFiltered(): void;
  onClearSelection(): void;
  onSetField(field: BulkField, value: string): void;
  onCopy(): void;
  onPaste(): void;
  onDelete(): void;
}

/** Actions on the selected rows: select all filtered, set a field, copy, paste a column, delete. */
export function BulkBar(props: BulkBarProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { selected, busy, inputs } = props;
  const [chosenField, setField] = useState<BulkField>('repName');
  // Nothing chosen yet: a dropdown starts on "choose…", so Apply never clears a field by accident.
  const [value, setValue] = useState<string | null>(null);
  const id = useId();
  const none = selected === 0;
  const fields: BulkField[] = [...BULK_FIELDS, ...inputs.map((input) => `attr:${input.attribute}` as const)];
  // Another model may no longer have the chosen input.
  const field = fields.includes(chosenField) ? chosenField : 'repName';
  const input = field.startsWith('attr:') ? inputs.find((candidate) => `attr:${candidate.attribute}` === field) : undefined;
  // [value sent, text shown]; null for a free text box.
  const options: [string, string][] | null = input
    ? input.type === 'choice'
      ? choicesOf(input, input.dictionary === undefined ? undefined : props.dictionaries.get(input.dictionary)).map((choice) => [choice.value, choice.label[locale]])
      : null
    : field === 'repName'
      ? props.reps.map((rep) => [rep.name, rep.name])
      : field === 'department' || field === 'region'
        ? null
        : props.choices[field as DictionaryId].map((choice) => [choice, choice]);
  const fieldLabel = (f: BulkField) => (f.startsWith('attr:') ? props.headerOf(f) : t(`grid.col.${f}` as never));

  return (
    <div className="bulk-bar" role="group" aria-label={t('grid.bulk.label')} data-testid="bulk-bar">
      <span className="bulk-count" aria-live="polite">
        {t('grid.bulk.selected', { n: selected })}
      </span>
      <button type="button" className="button" disabled={busy || !props.filtered} onClick={props.onSelectAllFiltered} data-testid="select-all-filtered">
        {t('grid.bulk.selectAll', { n: props.filtered ?? 0 })}
      </button>
      <button type="button" className="button" disabled={none} onClick={props.onClearSelection}>
        {t('grid.bulk.clear')}
      </button>
      <span className="bulk-sep" aria-hidden="true" />
      <label className="visually-hidden" htmlFor={`${id}-field`}>
        {t('grid.bulk.field')}
      </label>
      <select
        id={`${id}-field`}
        value={field}
        data-testid="bulk-field"
        onChange={(event) => {
          setField(event.target.value as BulkField);
          setValue(null);
        }}
      >
        {fields.map((f) => (
          <option key={f} value={f}>
            {t('grid.bulk.setField', { field: fieldLabel(f) })}
          </option>
        ))}
      </select>
      <label className="visually-hidden" htmlFor={`${id}-value`}>
        {t('grid.bulk.value')}
      </label>
      {options === null ? (
        <input
          id={`${id}-value`}
          type="text"
          className="bulk-value"
          value={value ?? ''}
          maxLength={100}
          placeholder={t('grid.bulk.textPlaceholder')}
          onChange={(event) => setValue(event.target.value)}
          data-testid="bulk-value"
        />
      ) : (
        <select
          id={`${id}-value`}
          className="bulk-value"
          value={value ?? CHOOSE}
          onChange={(event) => setValue(event.target.value === CHOOSE ? null : event.target.value)}
          data-testid="bulk-value"
        >
          <option value={CHOOSE} disabled>
            {t('grid.bulk.choose')}
          </option>
          <option value="">{field === 'repName' ? t('common.unassignedRep') : t('grid.clearValue')}</option>
          {options.map(([sent, shown]) => (
            <option key={sent} value={sent}>
              {shown}
            </option>
          ))}
        </select>
      )}
      <button
        type="button"
        className="button"
        disabled={none || busy || (options !== null && value === null)}
        title={field === 'hospitalClass' ? t('grid.hospitalClassNote') : undefined}
        onClick={() => props.onSetField(field, value ?? '')}
        data-testid="bulk-apply"
      >
        {t('grid.bulk.apply')}
      </button>
      <span className="bulk-sep" aria-hidden="true" />
      <button type="button" className="button" disabled={none || busy} onClick={props.onCopy} data-testid="copy-rows">
        {t('grid.bulk.copy')}
      </button>
      <button type="button" className="button" disabled={none || busy} onClick={props.onPaste} data-testid="paste-column">
        {t('grid.bulk.paste')}
      </button>
      <button type="button" className="button button-danger" disabled={none || busy} onClick={props.onDelete} data-testid="delete-rows">
        {t('grid.bulk.delete')}
      </button>
    </div>
  );
}
