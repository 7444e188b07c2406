import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseColumn, parseTsv, planPaste, toTsv, tsvCell } from '../../../renderer/src/features/clients/tsv';
import type { ClientChanges } from '../../../shared/contract';
import { undoNeutralisation } from '../../../shared/transfer/spreadsheetText';
import type { Invalid } from '../../../renderer/src/features/clients/validators';
import { parseWholeNumber } from '../../../renderer/src/features/clients/validators';

const volume = (value: string): { ok: true; value: ClientChanges } | { ok: false; error: Invalid } => {
  const parsed = parseWholeNumber(value, 100_000_000);
  return parsed.ok ? { ok: true, value: { volumeOurs: parsed.value } } : parsed;
};

describe('copying rows as TSV', () => {
  it('writes tab-separated lines, quoting only cells with tabs, line breaks or quotes', () => {
    expect(toTsv([['姓名', '职称'], ['张伟', '主任医师']])).toBe('姓名\t职称\r\n张伟\t主任医师');
    expect(tsvCell('a\tb')).toBe('"a\tb"');
    expect(tsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(tsvCell('line\nbreak')).toBe('"line\nbreak"');
  });

  it('makes formula-like text inert (also full-width ＝ ＋ － ＠), and a pasted column takes our quote off again', () => {
    const evil = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '＝1+1', '＋1', '－1', '＠张伟', ' =x', '\t=x'];
    const text = toTsv([['备注'], ...evil.map((value) => [value])]);
    for (const line of parseTsv(text).slice(1)) expect(line[0]!.startsWith("'")).toBe(true);
    expect(toTsv([['张伟', '500', 'a=b']])).toBe('张伟\t500\ta=b');
    expect(parseColumn(text)).toEqual({ ok: true, values: ['备注', ...evil] });
    expect(parseColumn("'quoted\n'=x")).toEqual({ ok: true, values: ["'quoted", '=x'] });
  });

  it('reads back what it writes (any text)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '张', '\t', '\n', '\r', '"', ' ', '1') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (lines) => {
        const width = lines[0]!.length;
        const rect = lines.map((l) => Array.from({ length: width }, (_, i) => l[i] ?? ''));
        // A last line of one empty cell is indistinguishable from a trailing line break.
        fc.pre(!(width === 1 && rect[rect.length - 1]![0] === ''));
        expect(parseTsv(toTsv(rect)).map((line) => line.map(undoNeutralisation))).toEqual(rect);
      }),
    );
  });
});

describe('pasting a column', () => {
  it('reads one value per line from Excel/WPS text (CRLF, trailing blank lines, quoted cells)', () => {
    expect(parseColumn('720\r\n900\r\n\r\n')).toEqual({ ok: true, values: ['720', '900'] });
    expect(parseColumn('"a\nb"\nc')).toEqual({ ok: true, values: ['a\nb', 'c'] });
    expect(parseColumn('主任医师\t\n')).toEqual({ ok: true, values: ['主任医师'] });
    expect(parseColumn('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseColumn('a\tb\nc\td')).toEqual({ ok: false, reason: 'severalColumns' });
  });

  it('one value for every selected row is one bulk edit (one undo step)', () => {
    const plan = planPaste({ values: ['500'], ids: [3, 1, 2], header: '我方月用量(支)', parse: volume });
    expect(plan).toEqual({ ok: true, headerSkipped: false, steps: [{ ids: [3, 1, 2], changes: { volumeOurs: 500 } }] });
  });

  it('a value per row (in grid order) is grouped by value: one bulk edit per distinct value', () => {
    const plan = planPaste({ values: ['500', '0', '500', ''], ids: [10, 11, 12, 13], header: 'x', parse: volume });
    expect(plan).toEqual({
      ok: true,
      headerSkipped: false,
      steps: [
        { ids: [10, 12], changes: { volumeOurs: 500 } },
        { ids: [11], changes: { volumeOurs: 0 } },
        { ids: [13], changes: { volumeOurs: null } },
      ],
    });
  });

  it('skips the header line our own copy writes', () => {
    const plan = planPaste({ values: ['我方月用量(支)', '1', '2'], ids: [1, 2], header: '我方月用量(支)', parse: volume });
    expect(plan).toMatchObject({ ok: true, headerSkipped: true });
  });

  it('refuses a count mismatch and invalid values (nothing is saved), naming the lines', () => {
    expect(planPaste({ values: ['1', '2'], ids: [1, 2, 3], header: 'x', parse: volume })).toEqual({ ok: false, reason: 'countMismatch', values: 2, rows: 3 });
    const invalid = planPaste({ values: ['1', '-5', 'abc'], ids: [1, 2, 3], header: 'x', parse: volume });
    expect(invalid).toEqual({
      ok: false,
      reason: 'invalid',
      problems: [
        { line: 2, value: '-5', invalid: { key: 'negative' } },
        { line: 3, value: 'abc', invalid: { key: 'notNumber' } },
      ],
    });
    expect(planPaste({ values: ['1'], ids: [], header: 'x', parse: volume })).toEqual({ ok: false, reason: 'noRows' });
  });
});
