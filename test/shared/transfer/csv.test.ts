import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecord, DelimitedLimitError, detectDelimiter, neutraliseFormula, parseDelimited } from '../../../shared/transfer';

const LIMITS = { maxRows: 10_000, maxColumns: 1000, maxCellChars: 32_767 };

function parse(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  parseDelimited(text, delimiter, LIMITS, (fields) => rows.push(fields));
  return rows;
}

describe('delimited text', () => {
  it('reads quoted fields with delimiters, quotes and line breaks, and every line ending', () => {
    expect(parse('a,"b,c","say ""hi""",\r\n"two\nlines",x\ry\n')).toEqual([
      ['a', 'b,c', 'say "hi"', ''],
      ['two\nlines', 'x'],
      ['y'],
    ]);
    expect(parse('医院，姓名\n第一医院，张伟', '，')).toEqual([
      ['医院', '姓名'],
      ['第一医院', '张伟'],
    ]);
    expect(parse('unterminated,"quote')).toEqual([['unterminated', 'quote']]);
    expect(parse('')).toEqual([]);
  });

  it('finds the delimiter', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n1\t2,5\t3\n')).toBe('\t');
    expect(detectDelimiter('a;b;c\n"1;x";2;3\n')).toBe(';');
    expect(detectDelimiter('医院，科室，姓名\n第一医院，心内科，张伟\n')).toBe('，');
    expect(detectDelimiter('只有一列\n第二行\n')).toBe(',');
  });

  it('stops at its bounds', () => {
    expect(() => parseDelimited('a\nb\nc\n', ',', { ...LIMITS, maxRows: 2 }, () => {})).toThrow(DelimitedLimitError);
    expect(() => parseDelimited('a,b,c', ',', { ...LIMITS, maxColumns: 2 }, () => {})).toThrow(DelimitedLimitError);
    expect(() => parseDelimited(`"${'x'.repeat(100)}"`, ',', { ...LIMITS, maxCellChars: 10 }, () => {})).toThrow(DelimitedLimitError);
  });
});

describe('CSV writing and formula neutralisation', () => {
  it('neutralises text that starts like a formula (= + - @ tab CR LF, their full-width forms, after blanks), and nothing else', () => {
    for (const text of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=x', '\r=x', '\n=x', ' =x', '＝1+1']) expect(neutraliseFormula(text)).toBe(`'${text}`);
    for (const text of ['张伟', 'a=b', "'quoted", '']) expect(neutraliseFormula(text)).toBe(text);
  });

  it('quotes as RFC 4180 asks and keeps numbers as numbers', () => {
    expect(csvRecord(['a,b', 'say "hi"', 'two\nlines', -5, 1.5, null, '=cmd'])).toBe('"a,b","say ""hi""","two\nlines",-5,1.5,,\'=cmd\r\n');
  });

  it('reads back what it writes (strings come back neutralised, never as formulas)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string(), fc.integer()), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 20 }), (rows) => {
        const text = rows.map((row) => csvRecord(row)).join('');
        const back = parse(text);
        expect(back).toHaveLength(rows.length);
        back.forEach((fields, r) => {
          fields.forEach((field, c) => {
            const value = rows[r]![c]!;
            expect(field).toBe(typeof value === 'number' ? String(value) : neutraliseFormula(value));
            expect(/^[=+\-@\t\r\n]/.test(field) && typeof value === 'string').toBe(false);
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});
