import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dictionary } from '../../../../shared/grading';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useLocale } from '../../i18n/useLocale';
import { DictionaryEditor } from './DictionaryEditor';
import { sameEntries } from './dictionaryEdit';
import { dictionaryIdsOfModel, groupDictionaries } from './dictionaryUse';
import './dictionaries.css';

/**
 * The 字典 tab of the 模型 page: every dictionary on the left, one dictionary's spellings on the
 * right. Unsaved edits are kept per dictionary while the tab is open, so switching loses nothing.
 */
export function DictionariesPanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = useApiQuery('dictionaries.list', {});
  const models = useApiQuery('models.list', {});
  const active = models.data?.find((model) => model.active);
  const activeModel = useApiQuery('models.get', { id: active?.id ?? '' }, { enabled: active !== undefined });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Record<string, Dictionary>>({});

  const dictionaries = list.data ?? [];
  // The active model's dictionaries first: those are the words that grade clients now.
  const groups = groupDictionaries(dictionaries, activeModel.data ? dictionaryIdsOfModel(activeModel.data.definition) : []);
  const ordered = [...groups.used, ...groups.others];
  const selected = ordered.find((d) => d.id === selectedId) ?? ordered[0];
  const isDirty = (dictionary: Dictionary) => {
    const draft = drafts[dictionary.id];
    return draft !== undefined && !sameEntries(draft, dictionary);
  };

  return (
    <div className="dictionaries" data-testid="dictionaries">
      <p className="lead">{t('dictionaries.intro')}</p>
      <p className="notice notice-info dictionaries-unknown" data-testid="dictionaries-unknown-note">
        {t('dictionaries.unknownNote')}
      </p>
      {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isPending ? <Loading /> : null}
      {list.data && dictionaries.length === 0 ? <p className="empty">{t('dictionaries.empty')}</p> : null}
      {selected ? (
        <div className="dictionaries-layout">
          <nav className="dictionary-list" aria-label={t('dictionaries.listLabel')}>
            {[
              { key: 'used', title: active ? t('dictionaries.usedBy', { model: active.name[locale] }) : null, items: groups.used },
              { key: 'others', title: groups.used.length > 0 ? t('dictionaries.others') : null, items: groups.others },
            ]
              .filter((group) => group.items.length > 0)
              .map((group) => (
                <div key={group.key} className="dictionary-group">
                  {group.title ? <h3 className="dictionary-group-title">{group.title}</h3> : null}
                  <ul data-testid={`dictionary-list-${group.key}`}>
                    {group.items.map((dictionary) => (
                      <li key={dictionary.id}>
                        <button
                          type="button"
                          className="dictionary-list-item"
                          data-dictionary-id={dictionary.id}
                          aria-current={dictionary.id === selected.id ? 'true' : undefined}
                          onClick={() => setSelectedId(dictionary.id)}
                        >
                          <span className="dictionary-list-name">{dictionary.name[locale]}</span>
                          <span className="dictionary-list-meta">
                            {isDirty(dictionary) ? <span className="badge badge-dirty">{t('dictionaries.unsaved')}</span> : null}
                            <span className="muted">{t('dictionaries.entriesCount', { count: (drafts[dictionary.id] ?? dictionary).entries.length })}</span>
                          </span>
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
          </nav>
          <DictionaryEditor
            key={selected.id}
            saved={selected}
            draft={drafts[selected.id] ?? selected}
            dirty={isDirty(selected)}
            onDraft={(draft) => setDrafts((all) => ({ ...all, [draft.id]: draft }))}
            onDiscard={() =>
              setDrafts((all) => {
                const { [selected.id]: _dropped, ...rest } = all;
                return rest;
              })
            }
          />
        </div>
      ) : null}
    </div>
  );
}
