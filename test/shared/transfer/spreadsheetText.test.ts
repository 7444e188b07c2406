import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidSheetName, neutraliseFormula, safeFileName, safeFileNamePart, sheetNamer, startsLikeFormula, undoNeutralisation } from '../../../shared/transfer/spreadsheetText';

describe('formula neutralising', () => {
  it('quotes text a spreadsheet would run, full-width forms and leading blanks included', () => {
    for (const text of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=x', '\r=x', '\n=x', '＝1+1', '＋1', '－1', '＠x', ' =x', '\u200B=x']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
    for (const text of ['张伟', 'a=b', "'quoted", '', '1-2', '−1']) expect(neutraliseFormula(text)).toBe(text);
    // Small and superscript forms become = + under NFKC too.
    for (const text of ['﹦1', '﹢1', '⁺1', '\u3000=x']) expect(neutraliseFormula(text)).toBe(`'${text}`);
  });
  it('holds for any text: never a formula start after neutralising, idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const safe = neutraliseFormula(text);
        expect(startsLikeFormula(safe)).toBe(false);
        expect(neutraliseFormula(safe)).toBe(safe);
      }),
      { numRuns: 500 },
    );
  });
  it('never leaves a formula start, is idempotent, and import takes the quote off again', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '＝', '＋', ' ', '\t', 'a', '张', "'") }), (text) => {
        const safe = neutraliseFormula(text);
        expect(startsLikeFormula(safe)).toBe(false);
        expect(neutraliseFormula(safe)).toBe(safe);
        expect(undoNeutralisation(safe)).toBe(text.startsWith("'") && startsLikeFormula(text.slice(1)) ? text.slice(1) : text);
      }),
    );
  });
});

describe('sheet and file names', () => {
  it('every name a namer gives is valid for Excel and unique ignoring case', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom("'a'", 'History', '[]:*?/\\', '  ')), { maxLength: 12 }), (raws) => {
        const name = sheetNamer();
        const names = raws.map(name);
        for (const sheet of names) expect(isValidSheetName(sheet), sheet).toBe(true);
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
      }),
    );
    const name = sheetNamer();
    expect([name('王磊'), name('王磊'), name('History'), name('a/b:c')]).toEqual(['王磊', '王磊~2', 'History~2', 'a_b_c']);
  });
  it('file names drop what Windows or macOS refuse, and never a reserved name', () => {
    expect(safeFileName('华东/华北: 计划?', { max: 60, fallback: 'plan' })).toBe('华东_华北_ 计划_');
    expect(safeFileName('CON', { max: 60, fallback: 'plan' })).toBe('_CON');
    expect(safeFileName(' .. ', { max: 60, fallback: 'plan' })).toBe('plan');
    expect(safeFileName('nul.txt', { max: 60, fallback: 'x' })).toBe('_nul.txt');
    expect(safeFileName('../../etc/passwd\u0000', { max: 150, fallback: 'x' })).toBe('.._.._etc_passwd_');
    // A cut never leaves half a surrogate pair.
    expect(safeFileNamePart('a𠮷', 2)).toBe('a');
    expect(safeFileNamePart(' 华东\t', 40)).toBe('华东_');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 1, max: 80 }), (text, max) => {
        const name = safeFileName(text, { max, fallback: 'f' });
        expect(name.length).toBeLessThanOrEqual(Math.max(max, 1));
        expect(name).not.toMatch(/[\\/:*?"<>|]|[. ]$/);
        expect([...name].some((char) => char.charCodeAt(0) < 0x20)).toBe(false);
        expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
    );
  });
});
