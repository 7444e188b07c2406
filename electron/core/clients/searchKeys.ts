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

/**
 * One pinyin pass gives both keys (half the cost of asking for the initials separately, which
 * matters when 50,000 names come in at once): a token is the pinyin of one Chinese character,
 * or a run of other characters kept as written, which is how the two are told apart.
 */
function computeKeys(trimmed: string): SearchKeys {
  const tokens = pinyin(trimmed, { type: 'array', toneType: 'none', nonZh: 'consecutive', v: true });
  let at = 0;
  let initials = '';
  for (const token of tokens) {
    if (trimmed.startsWith(token, at)) {
      initials += token;
      at += token.length;
    } else {
      initials += token[0] ?? '';
      at += 1;
    }
  }
  return { key: tokens.join(' ').toLowerCase(), initials: initials.toLowerCase().replace(/\s+/g, '') };
}
