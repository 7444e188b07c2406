import { z } from 'zod';
import { normaliseKey, withoutTrailingNote } from '../grading/normaliseKey';
import type { RowIssue } from './issues';

/**
 * The dictionaries of the built-in word fields (FIELD_SPECS' `dictionary`), listed first in
 * the wizard; the active model's choice inputs bring theirs (lifecycle, level …) after them.
 */
export const IMPORT_DICTIONARIES = ['title', 'hospitalClass', 'behaviour'] as const;
export type ImportDictionary = (typeof IMPORT_DICTIONARIES)[number];

/** Rows listed per unknown value, so the user can find them in the file. */
const ROWS_LISTED = 5;
/** Distinct unknown values returned; a file with more is not one the user maps by hand. */
export const MAX_UNKNOWN_VALUES = 200;

export const UnknownValueSchema = z.object({
  dictionary: z.string().min(1).max(200),
  /** The column header as written in the file. */
  column: z.string(),
  /** The first spelling met, as written. */
  value: z.string(),
  /** What a dictionary entry would hold: the normalised word without trailing notes (主管医师（返聘） → 主管医师). */
  match: z.string(),
  count: z.number().int().positive(),
  /** Excel row numbers of the first rows with it. */
  rows: z.array(z.number().int()),
});
export type UnknownValue = z.infer<typeof UnknownValueSchema>;

/** The key a dictionary entry needs so that every spelling with any note resolves. */
export function baseMatchOf(raw: string): string {
  let key = normaliseKey(raw);
  for (let base = withoutTrailingNote(key); base !== null; base = withoutTrailingNote(key)) key = base;
  return key;
}


/**
 * Each distinct word that no dictionary knew (the rows' unknownWord issues), with how many rows
 * have it: what the wizard's value-mapping step asks about. Spellings that differ only in width,
 * spaces, case or a trailing note are one value. Ordered by dictionary, then by count.
 */
export function collectUnknownValues(rows: Iterable<{ row: number; issues: readonly RowIssue[] }>): UnknownValue[] {
  const byKey = new Map<string, UnknownValue>();
  for (const { row, issues } of rows) {
    for (const issue of issues) {
      const dictionary = issue.params?.dictionary;
      if (issue.code !== 'unknownWord' || issue.value === undefined || typeof dictionary !== 'string' || dictionary === '') continue;
      const match = baseMatchOf(issue.value);
      if (match === '') continue;
      const key = `${dictionary}\u0000${match}`;
      const known = byKey.get(key);
      if (known) {
        known.count++;
        if (known.rows.length < ROWS_LISTED) known.rows.push(row);
      } else if (byKey.size < MAX_UNKNOWN_VALUES) {
        byKey.set(key, { dictionary, column: issue.column ?? '', value: issue.value, match, count: 1, rows: [row] });
      }
    }
  }
  const order = (value: UnknownValue) => {
    const builtin = (IMPORT_DICTIONARIES as readonly string[]).indexOf(value.dictionary);
    return builtin === -1 ? IMPORT_DICTIONARIES.length : builtin;
  };
  return [...byKey.values()].sort((a, b) => order(a) - order(b) || a.dictionary.localeCompare(b.dictionary) || b.count - a.count || a.match.localeCompare(b.match));
}
