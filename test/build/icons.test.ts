import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../build/electron-builder.config';
import { ICNS_ENTRIES, ICO_SIZES, LINUX_SIZES, encodeIcns, encodeIco, pngSize, readIcns, readIco } from '../../build/iconFiles';

const BUILD = join(import.meta.dirname, '../../build');
const read = (name: string) => readFileSync(join(BUILD, name));

describe('the app icons, generated from build/icon.svg (npm run icons)', () => {
  it('build/icon.png is the 1024 px master with an alpha channel', () => {
    const png = read('icon.png');
    expect(pngSize(png)).toEqual({ width: 1024, height: 1024 });
    // IHDR colour type 6: RGBA, so the rounded corners stay transparent.
    expect(png.readUInt8(25)).toBe(6);
  });

  it('the Windows .ico holds every size from 16 to 256, each a PNG of its size', () => {
    const entries = readIco(read('icon.ico'));
    expect(entries.map((entry) => entry.width)).toEqual([...ICO_SIZES]);
    for (const entry of entries) expect(pngSize(entry.png)).toEqual({ width: entry.width, height: entry.height });
  });

  it('the macOS .icns holds 16 to 1024 (with the @2x entries)', () => {
    const entries = readIcns(read('icon.icns'));
    expect(entries.map((entry) => entry.type)).toEqual(ICNS_ENTRIES.map(([type]) => type));
    entries.forEach((entry, index) => {
      const size = ICNS_ENTRIES[index]![1];
      expect(pngSize(entry.png)).toEqual({ width: size, height: size });
    });
  });

  it('Linux gets a theme size set named NxN.png', () => {
    expect(readdirSync(join(BUILD, 'icons')).sort()).toEqual(LINUX_SIZES.map((size) => `${size}x${size}.png`).sort());
    for (const size of LINUX_SIZES) expect(pngSize(read(`icons/${size}x${size}.png`))).toEqual({ width: size, height: size });
  });

  it('every platform of the builder config points at these files', () => {
    expect(config.win?.icon).toBe('build/icon.ico');
    expect(config.mac?.icon).toBe('build/icon.icns');
    expect(config.linux?.icon).toBe('build/icons');
  });

  it('the container writers round-trip and refuse what the formats cannot hold', () => {
    const small = read('icons/16x16.png');
    const big = read('icons/512x512.png');
    expect(readIco(encodeIco([small])).map((entry) => entry.png.equals(small))).toEqual([true]);
    expect(() => encodeIco([big])).toThrow('at most 256');
    expect(readIcns(encodeIcns([['ic09', big]]))[0]!.png.equals(big)).toBe(true);
    expect(() => pngSize(Buffer.from('GIF89a not a png at all'))).toThrow('not a PNG');
    expect(() => readIcns(Buffer.from('icns\0\0\0\x10truncated!'))).toThrow();
  });
});
