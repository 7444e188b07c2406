/**
 * The icon containers electron-builder takes, written from PNGs rendered from build/icon.svg
 * (scripts/make-icons.ts): Windows .ico and macOS .icns both embed PNG images as they are.
 * Pure functions over bytes, with readers the unit test uses to check the files.
 */

/** Sizes the .ico carries (Windows picks per DPI; 256 is the largest it uses). */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
/** .icns entry types and the PNG size each holds (Apple's OSType codes for PNG entries). */
export const ICNS_ENTRIES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
] as const;
/** Linux icon theme sizes (build/icons/NxN.png). */
export const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024] as const;
/** Every size the script renders. */
export const ALL_SIZES = [...new Set<number>([...ICO_SIZES, ...ICNS_ENTRIES.map(([, size]) => size), ...LINUX_SIZES])].sort((a, b) => a - b);

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk; throws on anything that is not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** An .ico whose entries are the given PNGs (Vista and later read PNG entries). */
export function encodeIco(pngs: readonly Buffer[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  const directory = Buffer.alloc(16 * pngs.length);
  let offset = header.length + directory.length;
  pngs.forEach((png, index) => {
    const { width, height } = pngSize(png);
    if (width > 256 || height > 256) throw new Error('an .ico entry is at most 256 pixels');
    const at = index * 16;
    // 0 means 256 in the one-byte size fields.
    directory.writeUInt8(width === 256 ? 0 : width, at);
    directory.writeUInt8(height === 256 ? 0 : height, at + 1);
    directory.writeUInt8(0, at + 2);
    directory.writeUInt8(0, at + 3);
    directory.writeUInt16LE(1, at + 4);
    directory.writeUInt16LE(32, at + 6);
    directory.writeUInt32LE(png.length, at + 8);
    directory.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, directory, ...pngs]);
}

export interface IcoEntry {
  width: number;
  height: number;
  png: Buffer;
}

export function readIco(ico: Buffer): IcoEntry[] {
  if (ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1) throw new Error('not an .ico');
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, index) => {
    const at = 6 + index * 16;
    const bytes = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    return { width: ico.readUInt8(at) || 256, height: ico.readUInt8(at + 1) || 256, png: ico.subarray(offset, offset + bytes) };
  });
}

/** An .icns of PNG entries: 'icns', total length, then type + length + data per entry. */
export function encodeIcns(entries: readonly (readonly [string, Buffer])[]): Buffer {
  const parts = entries.map(([type, png]) => {
    if (!/^[a-z0-9]{4}$/.test(type)) throw new Error(`bad .icns type ${type}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

export function readIcns(icns: Buffer): { type: string; png: Buffer }[] {
  if (icns.toString('latin1', 0, 4) !== 'icns' || icns.readUInt32BE(4) !== icns.length) throw new Error('not an .icns');
  const entries: { type: string; png: Buffer }[] = [];
  for (let at = 8; at < icns.length; ) {
    const length = icns.readUInt32BE(at + 4);
    if (length < 8 || at + length > icns.length) throw new Error('truncated .icns entry');
    entries.push({ type: icns.toString('latin1', at, at + 4), png: icns.subarray(at + 8, at + length) });
    at += length;
  }
  return entries;
}
