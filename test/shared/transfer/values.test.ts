import { describe, expect, it } from 'vitest';
import { cleanText, excelSerialToIsoDate, isoFromDate, isTotalsText, parseQuantity, undoNeutralisation } from '../../../shared/transfer';

describe('parseQuantity: numbers as managers type them', () => {
  it.each([
    [500, 500, 'ok'],
    ['500', 500, 'ok'],
    ['500支', 500, 'ok'],
    ['20盒/月', 20, 'ok'],
    ['８ 床', 8, 'ok'],
    ['５００', 500, 'ok'],
    ['1,234', 1234, 'ok'],
    ['１，２３４', 1234, 'ok'],
    [' 1,200 ', 1200, 'ok'],
    ['1.2万', 12000, 'ok'],
    ['0.35万支', 3500, 'ok'],
    ['3.5', 3.5, 'ok'],
    ['约500', 500, 'approximate'],
    ['500左右', 500, 'approximate'],
    ['300+', 300, 'approximate'],
    ['~80', 80, 'approximate'],
    ['-12', -12, 'ok'],
  ] as const)('%j → %j (%s)', (raw, value, status) => {
    expect(parseQuantity(raw)).toEqual({ value, status });
  });

  it.each(['—', '-', '/', '无', '不详', 'N/A', '#N/A', '？'])('%j is a placeholder for blank', (raw) => {
    expect(parseQuantity(raw)).toEqual({ value: null, status: 'placeholder' });
  });

  it.each(['300-500', 'abc', '五百', '1..2', '12a'])('%j is not a number', (raw) => {
    expect(parseQuantity(raw).status).toBe('invalid');
  });

  it('treats null, blanks and zero-width text as blank', () => {
    expect(parseQuantity(null).status).toBe('blank');
    expect(parseQuantity('  \u3000 ').status).toBe('blank');
    expect(parseQuantity('\u200b').status).toBe('blank');
  });
});

describe('text helpers', () => {
  it('cleans text without changing its width', () => {
    expect(cleanText('  主任医师（教授）\u200b ')).toBe('主任医师（教授）');
    expect(cleanText('第一\n人民  医院')).toBe('第一 人民 医院');
    expect(cleanText(12)).toBe('12');
    expect(cleanText(null)).toBe('');
  });

  it('recognises totals rows', () => {
    for (const text of ['合计', '总计：', '小计（心内科）', '合 计', 'Total', 'GRAND TOTAL', 'Subtotal']) expect(isTotalsText(text), text).toBe(true);
    for (const text of ['合计医院', '张合计', '计划', 'totalis']) expect(isTotalsText(text), text).toBe(false);
  });

  it('takes off only the quote our exports put before formula-like text', () => {
    expect(undoNeutralisation("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(undoNeutralisation("'-5")).toBe('-5');
    expect(undoNeutralisation("'hello")).toBe("'hello");
    expect(undoNeutralisation('=x')).toBe('=x');
  });

  it('converts Excel dates in UTC, whatever the time zone', () => {
    expect(excelSerialToIsoDate(46023)).toBe('2026-01-01');
    expect(excelSerialToIsoDate(1)).toBe('1899-12-31');
    expect(excelSerialToIsoDate(0, true)).toBe('1904-01-01');
    expect(excelSerialToIsoDate(-1)).toBeNull();
    expect(isoFromDate(new Date(Date.UTC(2026, 2, 12)))).toBe('2026-03-12');
    expect(isoFromDate(new Date(Date.UTC(2026, 2, 12, 9, 30)))).toBe('2026-03-12 09:30:00');
  });
});
