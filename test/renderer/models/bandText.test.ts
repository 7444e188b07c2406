import { describe, expect, it } from 'vitest';
import { bandIndexOf, bandRangeText } from '../../../renderer/src/features/models/bandText';
import type { Band } from '../../../shared/grading';

const band = (min: number | null, max: number | null, minInclusive = true, maxInclusive = false): Band => ({ min, max, minInclusive, maxInclusive, value: 'X' });

describe('bandRangeText', () => {
  it('writes a band as an inequality with its inclusive ends', () => {
    expect(bandRangeText(band(7, 9, true, true), '分值', '任意值')).toBe('7 ≤ 分值 ≤ 9');
    expect(bandRangeText(band(3, 7), '分值', '任意值')).toBe('3 ≤ 分值 < 7');
    expect(bandRangeText(band(8000, 20000, false, true), 'revenue', 'any')).toBe('8000 < revenue ≤ 20000');
  });

  it('leaves out an open end', () => {
    expect(bandRangeText(band(20000, null, false), '分值', '任意值')).toBe('分值 > 20000');
    expect(bandRangeText(band(4, null), '分值', '任意值')).toBe('分值 ≥ 4');
    expect(bandRangeText(band(null, 4), 'beds', 'any')).toBe('beds < 4');
    expect(bandRangeText(band(null, 4, true, true), 'beds', 'any')).toBe('beds ≤ 4');
    expect(bandRangeText(band(null, null), 'beds', 'any')).toBe('any');
  });

  it('prints fractions without float noise', () => {
    expect(bandRangeText(band(0.1 + 0.2, 0.5), 'p', 'any')).toBe('0.3 ≤ p < 0.5');
  });
});

describe('bandIndexOf', () => {
  const bands: Band[] = [
    { min: 1, max: 4, minInclusive: true, maxInclusive: false, value: 'C' },
    { min: 4, max: 7, minInclusive: true, maxInclusive: false, value: 'B' },
    { min: 7, max: 9, minInclusive: true, maxInclusive: true, value: 'A' },
  ];
  it('finds the band of a score, or -1', () => {
    expect(bandIndexOf(bands, 3)).toBe(0);
    expect(bandIndexOf(bands, 4)).toBe(1);
    expect(bandIndexOf(bands, 9)).toBe(2);
    expect(bandIndexOf(bands, 10)).toBe(-1);
    expect(bandIndexOf(bands, 0)).toBe(-1);
  });
});
