import { describe, expect, it } from 'vitest';
import { fileName, formatBytes, formatCount, formatShare, formatVisits, shareOf } from '../../renderer/src/components/format';
import { DARK_TEXT, LIGHT_TEXT, parseHexColor, readableTextColor } from '../../renderer/src/components/zoneColors';

describe('format', () => {
  it('formats counts and visits', () => {
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatVisits(0.5, 'zh-CN')).toBe('0.5');
    expect(formatVisits(8, 'en')).toBe('8');
    expect(formatVisits(2.25, 'en')).toBe('2.3');
  });
  it('shares: none of nothing', () => {
    expect(shareOf(1, 0)).toBeNull();
    expect(formatShare(null, 'en')).toBe('—');
    expect(formatShare(shareOf(1, 4), 'en')).toBe('25%');
  });
  it('bytes and file names', () => {
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(fileName('C:\\Users\\li\\territory.sqlite')).toBe('territory.sqlite');
    expect(fileName('/tmp/a/b.sqlite')).toBe('b.sqlite');
  });
});

describe('zone colours', () => {
  it('parses short and long hex', () => {
    expect(parseHexColor('#f00')).toEqual([255, 0, 0]);
    expect(parseHexColor('#1D5FBF')).toEqual([29, 95, 191]);
    expect(parseHexColor('red')).toBeNull();
  });
  it('picks readable text', () => {
    expect(readableTextColor('#ffd54f')).toBe(DARK_TEXT);
    expect(readableTextColor('#ffffff')).toBe(DARK_TEXT);
    expect(readableTextColor('#0b3d91')).toBe(LIGHT_TEXT);
    expect(readableTextColor('#000000')).toBe(LIGHT_TEXT);
    expect(readableTextColor('not a colour')).toBe(DARK_TEXT);
  });
});
