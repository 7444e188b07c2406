import fc from 'fast-check';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { searchKeys } from '../../../../electron/core/clients/searchKeys';

/** The keys as two separate pinyin calls give them: the definition the one-pass version must match. */
function reference(text: string) {
  const trimmed = text.trim();
  if (!trimmed) return { key: null, initials: null };
  return {
    key: pinyin(trimmed, { toneType: 'none', nonZh: 'consecutive', v: true }).toLowerCase(),
    initials: pinyin(trimmed, { pattern: 'first', toneType: 'none', nonZh: 'consecutive', separator: '' }).toLowerCase().replace(/\s+/g, ''),
  };
}

describe('searchKeys', () => {
  it.each([
    ['张伟', 'zhang wei', 'zw'],
    ['吕布', 'lv bu', 'lb'],
    ['重庆医科大学附属第一医院', 'chong qing yi ke da xue fu shu di yi yi yuan', 'cqykdxfsdyyy'],
    ['ABC医院', 'abc yi yuan', 'abcyy'],
    ['第3人民医院', 'di 3 ren min yi yuan', 'd3rmyy'],
    ['心内科(二)', 'xin nei ke ( er )', 'xnk(e)'],
    ['Dr. Smith', 'dr. smith', 'dr.smith'],
  ])('%s → %s / %s', (text, key, initials) => {
    expect(searchKeys(text)).toEqual({ key, initials });
  });

  it('gives nothing for blank text', () => {
    expect(searchKeys('  ')).toEqual({ key: null, initials: null });
    expect(searchKeys(null)).toEqual({ key: null, initials: null });
  });

  it('agrees with two separate pinyin calls on any mix of Chinese, Latin, digits, spaces and punctuation', () => {
    const pieces = ['张', '伟', '医', '院', '重', '行', '长', '乐', '绿', '女', '科', 'A', 'b', '1', ' ', '(', '）', '·', '-', 'Ａ', '１', '\u3000', '𠮷', 'ü', '.', '〇', 'あ', '한'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 10 }), (parts) => {
        const text = parts.join('');
        expect(searchKeys(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
