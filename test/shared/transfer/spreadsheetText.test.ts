import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidSheetName, neutraliseFormula, safeFileName, sheetNamer, startsLikeFormula, undoNeutralisation } from '../../../shared/transfer/spreadsheetText';

describe('formula neutralising', () => {
  it('quotes text a spreadsheet would run, full-width forms and leading blanks included', () => {
    for (const text of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=x', '\r=x', '\n=x', '＝1+1', '＋1', '－1', '＠x', ' =x', '\u200B=x']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
    for (const text of ['张伟', 'a=b', "'quoted", '', '1-2']) expect(neutraliseFormula(text)).toBe(text);
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
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 12 }), (raws) => {
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
  });
});
