import { describe, expect, it } from 'vitest';
import { attributeKeyFor, columnLetter, guessField, headerKey, headerSignature, suggestMapping } from '../../../shared/transfer';

describe('header synonyms', () => {
  it.each([
    ['医院', 'hospitalName'],
    ['单位', 'hospitalName'],
    ['医疗机构', 'hospitalName'],
    ['Hospital', 'hospitalName'],
    ['医院名称（全称）', 'hospitalName'],
    ['姓名', 'name'],
    ['医生姓名', 'name'],
    ['客户姓名', 'name'],
    ['Doctor', 'name'],
    ['级别', 'hospitalClass'],
    ['医院级别', 'hospitalClass'],
    ['医院等级', 'hospitalClass'],
    ['月均处方量(支)', 'volumeOurs'],
    ['月均处方量（支）', 'volumeOurs'],
    ['月用量', 'volumeOurs'],
    ['月用量 我方', 'volumeOurs'],
    ['月用量 竞品', 'volumeCompetitor'],
    ['竞品处方量', 'volumeCompetitor'],
    ['处方行为', 'behaviour'],
    ['处方倾向', 'behaviour'],
    ['客户分级', 'potential'],
    ['客户级别', 'cell'],
    ['职称', 'title'],
    ['科室', 'department'],
    ['代表', 'repName'],
    ['区域', 'region'],
    ['序号', 'rowNumber'],
    ['公式级别', 'formulaCell'],
    ['调整级别', 'overrideCell'],
    ['调整原因', 'overrideReason'],
    ['分区', 'zone'],
    ['*姓名', 'name'],
    ['姓 名', 'name'],
    ['醫院', 'hospitalName'],
    ['職稱', 'title'],
  ])('%s → %s', (header, field) => {
    expect(guessField(header)?.field).toBe(field);
  });

  it.each(['医院地址', '医院电话', '备注', '最近拜访日期', '', '   ', '科室主任的手机号码和办公室电话', '级别（属性）'])('%j is not a field', (header) => {
    expect(guessField(header)).toBeNull();
  });

  it('gives each field one column (the exact word wins) and keeps the rest as attributes', () => {
    expect(suggestMapping(['所在医院', '医院', '姓名', '备注', '', '医院地址'], (column) => column === 4)).toEqual([
      'attr:所在医院',
      'hospitalName',
      'name',
      'attr:备注',
      'attr:列E',
      'attr:医院地址',
    ]);
    expect(suggestMapping(['姓名', '', '备注', '备注'])).toEqual(['name', 'ignore', 'attr:备注', 'attr:备注 (2)']);
  });

  it('has stable signatures and keys', () => {
    expect(headerKey(' 月均处方量（支） ')).toBe('月均处方量(支)');
    expect(headerSignature(['医院', '姓名'])).toBe(headerSignature(['医院 ', '姓　名']));
    expect(headerSignature(['医院', '姓名'])).not.toBe(headerSignature(['姓名', '医院']));
    expect(attributeKeyFor('  备注\n说明 ', 0)).toBe('备注 说明');
    expect(attributeKeyFor('级别（属性）', 0)).toBe('级别');
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});
