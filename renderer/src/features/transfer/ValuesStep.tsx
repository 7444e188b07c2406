import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dictionaryCategories, type Dictionary } from '../../../../shared/grading';
import type { UnknownValue } from '../../../../shared/transfer';
import { useApiQuery } from '../../api/hooks';
import { useLocale } from '../../i18n/useLocale';
import { categoryHint } from '../models/categories';

export interface ValueChoice {
  dictionary: string;
  match: string;
  value: string;
}

const keyOf = (unknown: Pick<UnknownValue, 'dictionary' | 'match'>) => `${unknown.dictionary}\u0000${unknown.match}`;

/**
 * The value-mapping step: every word of a mapped title, class or behaviour column, or of a
 * choice input of the active model (lifecycle, level …), that no dictionary knows, once, with
 * its count; the user picks the category it means. Saving adds the words to the dictionaries
 * (one undo step), then the preview runs again.
 */
export function ValuesStep({
  unknownValues,
  busy,
  onSave,
  onSkip,
  onBack,
}: {
  unknownValues: readonly UnknownValue[];
  busy: boolean;
  onSave: (choices: ValueChoice[]) => void;
  onSkip: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const dictionaries = useApiQuery('dictionaries.list', {});
  const byId = new Map<string, Dictionary>((dictionaries.data ?? []).map((dictionary) => [dictionary.id, dictionary]));
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const choices = unknownValues.flatMap((unknown) => {
    const value = chosen[keyOf(unknown)];
    return value ? [{ dictionary: unknown.dictionary, match: unknown.match, value }] : [];
  });
  const optionLabel = (dictionary: Dictionary | undefined, value: string) => {
    const hint = categoryHint(dictionary, value, locale);
    return hint && hint !== value ? `${hint}（${value}）` : value;
  };

  return (
    <div className="wizard-body values-step" data-testid="values-step">
      <h3>{t('transfer.values.title')}</h3>
      <p className="muted">{t('transfer.values.intro')}</p>
      <div className="table-scroll">
        <table className="data-table values-table" data-testid="values-table">
          <thead>
            <tr>
              <th scope="col">{t('transfer.values.column')}</th>
              <th scope="col">{t('transfer.values.value')}</th>
              <th scope="col" className="numeric">
                {t('transfer.values.count')}
              </th>
              <th scope="col">{t('transfer.values.rows')}</th>
              <th scope="col">{t('transfer.values.target')}</th>
            </tr>
          </thead>
          <tbody>
            {unknownValues.map((unknown) => {
              const dictionary = byId.get(unknown.dictionary);
              const key = keyOf(unknown);
              const rows = unknown.rows.join('、');
              return (
                <tr key={key} data-testid="unknown-value">
                  <td>
                    {unknown.column || dictionary?.name[locale] || unknown.dictionary}
                  </td>
                  <td>
                    <strong>{unknown.value}</strong>
                    {unknown.match !== unknown.value ? <span className="muted"> · {t('transfer.values.savedAs', { match: unknown.match })}</span> : null}
                  </td>
                  <td className="numeric">{unknown.count}</td>
                  <td className="muted">{unknown.count > unknown.rows.length ? t('transfer.values.rowsMore', { rows }) : t('transfer.values.rowsList', { rows })}</td>
                  <td>
                    <select
                      value={chosen[key] ?? ''}
                      disabled={busy || !dictionary}
                      aria-label={`${t('transfer.values.target')} ${unknown.value}`}
                      data-testid="unknown-value-target"
                      onChange={(event) => setChosen({ ...chosen, [key]: event.target.value })}
                    >
                      <option value="">{t('transfer.values.leave')}</option>
                      {(dictionary ? dictionaryCategories(dictionary) : []).map((value) => (
                        <option key={value} value={value}>
                          {optionLabel(dictionary, value)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="wizard-actions">
        <button type="button" className="button" disabled={busy} onClick={onBack}>
          {t('transfer.values.back')}
        </button>
        <button type="button" className="button" disabled={busy} data-testid="skip-values" onClick={onSkip}>
          {t('transfer.values.skip')}
        </button>
        <button type="button" className="button button-primary" disabled={busy || choices.length === 0} data-testid="save-values" onClick={() => onSave(choices)}>
          {busy ? t('transfer.values.saving') : t('transfer.values.save')}
        </button>
      </div>
    </div>
  );
}
