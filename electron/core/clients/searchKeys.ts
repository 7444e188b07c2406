import { pinyin } from 'pinyin-pro';

export interface SearchKeys {
  /** Toneless pinyin, syllables separated by spaces ("zhang wei"): sorts like Intl.Collator('zh-CN'). */
  key: string | null;
  /** First letters of the syllables ("zw"), for quick search by initials. */
  initials: string | null;
}

/**
 * SQLite has no pinyin collation and better-sqlite3 cannot register one, so text that
 * users sort or search is stored with its pinyin beside it. Non-Chinese text is kept as
 * lower-case letters.
 */
const cache = new Map<string, SearchKeys>();
const CACHE_LIMIT = 20_000;

export function searchKeys(text: string | null | undefined): SearchKeys {
  const trimmed = text?.trim();
  if (!trimmed) return { key: null, initials: null };
  const hit = cache.get(trimmed);
  if (hit) return hit;
  const keys = computeKeys(trimmed);
  // Departments, hospitals and titles repeat; a bounded cache keeps imports of 100k rows quick.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(trimmed, keys);
  return keys;
}

function computeKeys(trimmed: string): SearchKeys {
  const key = pinyin(trimmed, { toneType: 'none', nonZh: 'consecutive', v: true }).toLowerCase();
  const initials = pinyin(trimmed, { pattern: 'first', toneType: 'none', nonZh: 'consecutive', separator: '' })
    .toLowerCase()
    .replace(/\s+/g, '');
  return { key, initials };
}
