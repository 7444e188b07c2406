import { useEffect, useId, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { normaliseKey, type Dictionary } from '../../../../shared/grading';
import { useApiMutation } from '../../api/hooks';
import { apiQueryKey } from '../../api/queryKeys';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLocale } from '../../i18n/useLocale';
import { categoryHint } from '../models/categories';
import { addEntry, categoryChoices, entryProblems, filterEntries, newWordProblem, removeEntry, setEntryValue, type EntryProblem } from './dictionaryEdit';

interface DictionaryEditorProps {
  /** The dictionary as the core has it. */
  saved: Dictionary;
  /** The dictionary as edited here (the saved one until the first edit). */
  draft: Dictionary;
  dirty: boolean;
  onDraft(draft: Dictionary): void;
  onDiscard(): void;
}

/** One dictionary's spellings: add one, change a spelling's category, remove one, then save (and regrade). */
export function DictionaryEditor({ saved, draft, dirty, onDraft, onDiscard }: DictionaryEditorProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const baseId = useId();
  const queryClient = useQueryClient();
  const save = useApiMutation('dictionaries.save');
  const [filter, setFilter] = useState('');
  const [word, setWord] = useState('');
  const categories = categoryChoices(saved, draft);
  const [category, setCategory] = useState(categories[0] ?? '');
  const [addError, setAddError] = useState<string | null>(null);
  const [added, setAdded] = useState<{ word: string; value: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [savedResult, setSavedResult] = useState<Dictionary | null>(null);
  const tableRef = useRef<HTMLDivElement>(null);

  const name = draft.name[locale];
  const savedValues = new Map(saved.entries.map((entry) => [normaliseKey(entry.match), entry.value]));
  const problems = entryProblems(draft.entries);
  const problemRows = new Set(problems.map((problem) => problem.index));
  const rows = filterEntries(draft.entries, filter);

  const categoryLabel = (value: string) => {
    const hint = categoryHint(saved, value, locale);
    return hint && normaliseKey(hint) !== normaliseKey(value) ? t('dictionaries.categoryOption', { value, hint }) : value;
  };
  const problemText = (problem: EntryProblem) =>
    problem.kind === 'blank'
      ? t('dictionaries.problems.blank', { row: problem.index + 1 })
      : problem.conflict
        ? t('dictionaries.problems.conflict', { match: problem.match, otherMatch: problem.otherMatch, value: problem.value, otherValue: problem.otherValue })
        : t('dictionaries.problems.redundant', { match: problem.match, otherMatch: problem.otherMatch });
  const edit = (next: Dictionary) => {
    setSavedResult(null);
    save.reset();
    onDraft(next);
  };

  // Show the spelling just added, wherever the table is scrolled.
  useEffect(() => {
    if (!added) return;
    const row = [...(tableRef.current?.querySelectorAll<HTMLElement>('tr[data-match]') ?? [])].find((element) => element.dataset.match === added.word);
    row?.scrollIntoView({ block: 'nearest' });
  }, [added]);

  const onAdd = () => {
    const problem = newWordProblem(draft, word);
    if (problem) {
      setAddError(problem.kind === 'blank' ? t('dictionaries.add.blank') : t('dictionaries.add.exists', { match: problem.match, value: problem.value }));
      setAdded(null);
      return;
    }
    if (!category) return;
    edit(addEntry(draft, { match: word, value: category }));
    setAdded({ word: word.trim(), value: category });
    setAddError(null);
    setWord('');
    setFilter('');
  };

  const onSave = () => {
    setConfirming(false);
    save.mutate(
      { dictionary: draft },
      {
        onSuccess: (result) => {
          // Show the saved words at once; the data:changed refresh confirms them.
          queryClient.setQueryData<Dictionary[]>(apiQueryKey('dictionaries.list', {}), (list) => list?.map((d) => (d.id === result.id ? result : d)));
          setSavedResult(result);
          setAdded(null);
          onDiscard();
        },
      },
    );
  };

  return (
    <section className="dictionary-editor" aria-labelledby={`${baseId}-title`} data-dictionary-id={draft.id}>
      <div className="dictionary-bar">
        <h2 id={`${baseId}-title`}>
          {name} <span className="mono muted">{draft.id}</span>
        </h2>
        <div className="dictionary-actions">
          {dirty ? <span className="badge badge-dirty">{t('dictionaries.dirty')}</span> : null}
          <button type="button" className="button" disabled={!dirty || save.isPending} onClick={onDiscard}>
            {t('dictionaries.discard')}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={!dirty || problems.length > 0 || save.isPending}
            onClick={() => setConfirming(true)}
          >
            {save.isPending ? t('dictionaries.saving') : t('dictionaries.save')}
          </button>
        </div>
      </div>

      {savedResult ? (
        <div className="notice notice-ok" role="status" data-testid="dictionary-saved">
          <p>{t('dictionaries.saved', { name: savedResult.name[locale], count: savedResult.entries.length })}</p>
        </div>
      ) : null}
      {save.isError ? <ErrorMessage error={save.error} /> : null}
      {problems.length > 0 ? (
        <div className="notice notice-error" role="alert" data-testid="dictionary-problems">
          <p>{t('dictionaries.problems.title')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.kind}-${problem.index}`}>{problemText(problem)}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <form
        className="dictionary-add"
        noValidate
        aria-labelledby={`${baseId}-add-title`}
        onSubmit={(event) => {
          event.preventDefault();
          onAdd();
        }}
      >
        <h3 id={`${baseId}-add-title`}>{t('dictionaries.add.title')}</h3>
        <div className="dictionary-add-row">
          <div className="field">
            <label htmlFor={`${baseId}-word`}>{t('dictionaries.add.word')}</label>
            <input
              id={`${baseId}-word`}
              type="text"
              value={word}
              autoComplete="off"
              spellCheck={false}
              placeholder={t('dictionaries.add.wordPlaceholder')}
              aria-invalid={addError ? true : undefined}
              aria-describedby={addError ? `${baseId}-add-error` : undefined}
              onChange={(event) => {
                setWord(event.target.value);
                setAddError(null);
              }}
            />
          </div>
          <span className="dictionary-arrow" aria-hidden="true">
            →
          </span>
          <div className="field">
            <label htmlFor={`${baseId}-category`}>{t('dictionaries.add.category')}</label>
            <select id={`${baseId}-category`} value={category} onChange={(event) => setCategory(event.target.value)}>
              {categories.map((value) => (
                <option key={value} value={value}>
                  {categoryLabel(value)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {t('dictionaries.add.button')}
          </button>
        </div>
        {addError ? (
          <p id={`${baseId}-add-error`} className="field-error" role="alert">
            {addError}
          </p>
        ) : null}
        {added ? (
          <p className="help" role="status">
            {t('dictionaries.add.added', added)}
          </p>
        ) : null}
      </form>

      <div className="dictionary-filter">
        <div className="field field-inline">
          <label htmlFor={`${baseId}-filter`}>{t('dictionaries.filter')}</label>
          <input id={`${baseId}-filter`} type="search" value={filter} placeholder={t('dictionaries.filterPlaceholder')} onChange={(event) => setFilter(event.target.value)} />
        </div>
        <span className="help" data-testid="dictionary-shown">
          {t('dictionaries.shown', { shown: rows.length, total: draft.entries.length })}
        </span>
      </div>

      <div ref={tableRef} className="table-scroll dictionary-table-scroll">
        <table className="data-table dictionary-table" data-testid="dictionary-entries">
          <thead>
            <tr>
              <th scope="col">{t('dictionaries.col.word')}</th>
              <th scope="col">{t('dictionaries.col.category')}</th>
              <th scope="col">{t('dictionaries.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ entry, index }) => {
              const before = savedValues.get(normaliseKey(entry.match));
              const state = before === undefined ? 'new' : before !== entry.value ? 'changed' : undefined;
              return (
                <tr key={`${index}-${entry.match}`} data-match={entry.match} data-value={entry.value} data-state={state} aria-invalid={problemRows.has(index) ? true : undefined}>
                  <th scope="row" className="dictionary-word">
                    {entry.match}
                  </th>
                  <td>
                    <select
                      aria-label={t('dictionaries.categoryOf', { word: entry.match })}
                      value={entry.value}
                      onChange={(event) => edit(setEntryValue(draft, index, event.target.value))}
                    >
                      {categories.map((value) => (
                        <option key={value} value={value}>
                          {categoryLabel(value)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button type="button" className="button button-danger dictionary-remove" aria-label={t('dictionaries.removeWord', { word: entry.match })} onClick={() => edit(removeEntry(draft, index))}>
                      {t('dictionaries.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {rows.length === 0 && filter.trim() !== '' ? <p className="empty dictionary-filter-empty">{t('dictionaries.filterEmpty', { filter: filter.trim() })}</p> : null}
      </div>

      <ConfirmDialog
        open={confirming}
        title={t('dictionaries.saveConfirm.title')}
        confirmLabel={t('dictionaries.saveConfirm.confirm')}
        cancelLabel={t('common.cancel')}
        onConfirm={onSave}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('dictionaries.saveConfirm.body', { name })}</p>
        <p>{t('dictionaries.saveConfirm.undo')}</p>
      </ConfirmDialog>
    </section>
  );
}
