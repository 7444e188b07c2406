import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SEARCH } from './gridQuery';
import { useClientFilters } from './filterStore';

/** After this long without a search, the next keystroke searches at once; while typing, the search waits for a pause. */
const IDLE_MS = 400;
const PAUSE_MS = 150;

/**
 * Quick search across name, hospital and department (pinyin initials match too: zw → 张伟).
 * The first keystroke searches at once, later ones once typing pauses; nothing is sent while
 * an input method is still composing (拼音 letters are not the search yet).
 */
export function SearchBox() {
  const { t } = useTranslation();
  const searchText = useClientFilters((s) => s.searchText);
  const setSearchText = useClientFilters((s) => s.setSearchText);
  const setSearch = useClientFilters((s) => s.setSearch);
  const composing = useRef(false);
  const lastFire = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const id = useId();

  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (text: string) => {
    lastFire.current = performance.now();
    setSearch(text.trim());
  };
  const schedule = (text: string) => {
    clearTimeout(timer.current);
    if (composing.current) return;
    if (performance.now() - lastFire.current > IDLE_MS) commit(text);
    else timer.current = setTimeout(() => commit(text), PAUSE_MS);
  };

  return (
    <div className="search-box">
      <label htmlFor={id}>{t('grid.search')}</label>
      <input
        id={id}
        type="search"
        data-testid="client-search"
        value={searchText}
        placeholder={t('grid.searchPlaceholder')}
        maxLength={MAX_SEARCH}
        onChange={(event) => {
          setSearchText(event.target.value);
          schedule(event.target.value);
        }}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(event) => {
          composing.current = false;
          schedule(event.currentTarget.value);
        }}
      />
    </div>
  );
}
