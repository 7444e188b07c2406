import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rep } from '../../../../shared/domain/schemas';
import type { DictionaryId } from './gridColumns';

/** The fields "set for selected rows" offers (one bulk edit, one undo step). */
export const BULK_FIELDS = ['repName', 'department', 'region', 'behaviour', 'title', 'hospitalClass'] as const;
export type BulkField = (typeof BULK_FIELDS)[number];

const CHOOSE = '\u0000choose';

interface BulkBarProps {
  reps: Rep[];
  choices: Record<DictionaryId, string[]>;
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
  const { selected, busy } = props;
  const [field, setField] = useState<BulkField>('repName');
  // Nothing chosen yet: a dropdown starts on "choose…", so Apply never clears a field by accident.
  const [value, setValue] = useState<string | null>(null);
  const id = useId();
  const none = selected === 0;
  const choices = field === 'repName' ? props.reps.map((rep) => rep.name) : field === 'department' || field === 'region' ? null : props.choices[field];

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
        {BULK_FIELDS.map((f) => (
          <option key={f} value={f}>
            {t('grid.bulk.setField', { field: t(`grid.col.${f}` as never) })}
          </option>
        ))}
      </select>
      <label className="visually-hidden" htmlFor={`${id}-value`}>
        {t('grid.bulk.value')}
      </label>
      {choices === null ? (
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
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      )}
      <button
        type="button"
        className="button"
        disabled={none || busy || (choices !== null && value === null)}
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
