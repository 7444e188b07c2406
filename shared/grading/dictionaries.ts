import { z } from 'zod';
import { LocalizedText } from '../domain/schemas';
import { normaliseKey, withoutTrailingNote } from './normaliseKey';

export { normaliseKey } from './normaliseKey';

export const DictionaryEntrySchema = z.object({
  match: z.string().min(1),
  value: z.string().min(1),
});
export type DictionaryEntry = z.infer<typeof DictionaryEntrySchema>;

/** A word list that turns what users type (三甲, 主任医师（教授）, 首选 …) into a category. */
export const DictionarySchema = z
  .object({
    id: z.string().min(1),
    name: LocalizedText,
    entries: z.array(DictionaryEntrySchema),
  })
  .superRefine((dict, ctx) => {
    // Two spellings that normalise alike must not disagree, or the result depends on order.
    const seen = new Map<string, string>();
    dict.entries.forEach((entry, index) => {
      const key = normaliseKey(entry.match);
      if (key === '') {
        ctx.addIssue({ code: 'custom', path: ['entries', index, 'match'], message: `Entry "${entry.match}" is blank after normalisation` });
        return;
      }
      const previous = seen.get(key);
      if (previous !== undefined && previous !== entry.value) {
        ctx.addIssue({
          code: 'custom',
          path: ['entries', index, 'match'],
          message: `"${entry.match}" maps to both "${previous}" and "${entry.value}"`,
        });
      }
      seen.set(key, entry.value);
    });
  });
export type Dictionary = z.infer<typeof DictionarySchema>;

/** Raw-text cache bound: enough for every distinct spelling in a real import, small enough to never matter. */
const RAW_CACHE_LIMIT = 4096;

/**
 * A dictionary ready for fast lookups. `resolve` returns the value, '' when the text is blank
 * after normalisation, or null when no entry knows it.
 */
export interface CompiledDictionary {
  readonly id: string;
  resolve(raw: string): string | null;
}

const compiledCache = new WeakMap<Dictionary, CompiledDictionary>();

export function compileDictionary(dict: Dictionary): CompiledDictionary {
  const cached = compiledCache.get(dict);
  if (cached) return cached;
  const byKey = new Map<string, string>();
  for (const entry of dict.entries) {
    const key = normaliseKey(entry.match);
    if (key !== '' && !byKey.has(key)) byKey.set(key, entry.value);
  }
  // A canonical value ('3', 'senior') is always accepted as itself, so graded exports re-import.
  for (const entry of dict.entries) {
    const key = normaliseKey(entry.value);
    if (key !== '' && !byKey.has(key)) byKey.set(key, entry.value);
  }
  // The whole text first (主任医师(教授) may be an entry of its own), then with its trailing notes taken off one by one.
  const lookup = (key: string): string | null => {
    for (let candidate: string | null = key; candidate !== null; candidate = withoutTrailingNote(candidate)) {
      const value = byKey.get(candidate);
      if (value !== undefined) return value;
    }
    return null;
  };
  // Most clients share a handful of spellings; caching raw text skips NFKC on the hot path.
  const rawCache = new Map<string, string | null>();
  const compiled: CompiledDictionary = {
    id: dict.id,
    resolve(raw) {
      const hit = rawCache.get(raw);
      if (hit !== undefined) return hit;
      const key = normaliseKey(raw);
      const value = key === '' ? '' : lookup(key);
      if (rawCache.size >= RAW_CACHE_LIMIT) rawCache.clear();
      rawCache.set(raw, value);
      return value;
    },
  };
  compiledCache.set(dict, compiled);
  return compiled;
}

/** The categories a dictionary maps to, in the order it first lists them. */
export function dictionaryCategories(dict: Dictionary): string[] {
  return [...new Set(dict.entries.map((entry) => entry.value))];
}

/** The dictionary's value for what a user typed, or undefined when the text is blank or unknown. */
export function lookupDictionary(dict: Dictionary, raw: string): string | undefined {
  const value = compileDictionary(dict).resolve(raw);
  return value === null || value === '' ? undefined : value;
}
