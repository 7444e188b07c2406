import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import { ParseFailure, type ParseLimits } from './protocol';

/** One entry of a zip's central directory, as declared (sizes are attacker-controlled). */
export interface ZipEntry {
  name: string;
  /** The raw name bytes and whether they are UTF-8 (flag bit 11), for copying the entry. */
  nameBytes: Buffer;
  utf8: boolean;
  crc32: number;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, position);
  return read === length ? buffer : buffer.subarray(0, read);
}

function u64(buffer: Buffer, offset: number): number {
  const value = buffer.readBigUInt64LE(offset);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ParseFailure('unsafe', 'zip64 size beyond 2^53');
  return Number(value);
}

/**
 * Reads a zip's central directory without extracting anything: entry names, methods,
 * encryption flags and declared sizes. A file without an end-of-central-directory record
 * is truncated or not a zip.
 */
export function readZipDirectory(path: string, limits: Pick<ParseLimits, 'maxZipEntries'>): ZipEntry[] {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = readAt(fd, size - tailLength, tailLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ParseFailure('corrupt', 'no end-of-central-directory record (truncated?)');
    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const locatorAt = eocd - 20;
      if (locatorAt < 0 || tail.readUInt32LE(locatorAt) !== ZIP64_LOCATOR) throw new ParseFailure('corrupt', 'zip64 locator missing');
      const recordOffset = u64(tail, locatorAt + 8);
      const record = readAt(fd, recordOffset, 56);
      if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD) throw new ParseFailure('corrupt', 'zip64 end record missing');
      count = u64(record, 32);
      cdSize = u64(record, 40);
      cdOffset = u64(record, 48);
    }
    if (count > limits.maxZipEntries) throw new ParseFailure('unsafe', `${count} zip entries`);
    if (cdOffset + cdSize > size || cdSize > 64 * 1024 * 1024) throw new ParseFailure('corrupt', 'central directory outside the file');
    const directory = readAt(fd, cdOffset, cdSize);
    const entries: ZipEntry[] = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL) throw new ParseFailure('corrupt', 'damaged central directory');
      const flags = directory.readUInt16LE(p + 8);
      const method = directory.readUInt16LE(p + 10);
      const crc32 = directory.readUInt32LE(p + 16);
      let compressedSize = directory.readUInt32LE(p + 20);
      let uncompressedSize = directory.readUInt32LE(p + 24);
      const nameLength = directory.readUInt16LE(p + 28);
      const extraLength = directory.readUInt16LE(p + 30);
      const commentLength = directory.readUInt16LE(p + 32);
      let localHeaderOffset = directory.readUInt32LE(p + 42);
      if (p + 46 + nameLength + extraLength > directory.length) throw new ParseFailure('corrupt', 'damaged central directory');
      // Names are UTF-8 when flag bit 11 is set; otherwise CP437, which for the ASCII part names of an xlsx is the same.
      const name = directory.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength);
      let e = p + 46 + nameLength;
      const extraEnd = e + extraLength;
      while (e + 4 <= extraEnd) {
        const id = directory.readUInt16LE(e);
        const length = directory.readUInt16LE(e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (uncompressedSize === 0xffffffff && q + 8 <= e + 4 + length) {
            uncompressedSize = u64(directory, q);
            q += 8;
          }
          if (compressedSize === 0xffffffff && q + 8 <= e + 4 + length) {
            compressedSize = u64(directory, q);
            q += 8;
          }
          if (localHeaderOffset === 0xffffffff && q + 8 <= e + 4 + length) localHeaderOffset = u64(directory, q);
        }
        e += 4 + length;
      }
      const nameBytes = Buffer.from(directory.subarray(p + 46, p + 46 + nameLength));
      entries.push({ name, nameBytes, utf8: (flags & 0x800) !== 0, crc32, method, encrypted: (flags & 0x1) !== 0, compressedSize, uncompressedSize, localHeaderOffset });
      p = extraEnd + commentLength;
    }
    return entries;
  } finally {
    closeSync(fd);
  }
}

/**
 * Refuses zip bombs before any parser sees the file: too many entries (checked while
 * reading), an entry or a total too large uncompressed, or a compression ratio no honest
 * spreadsheet has. Encrypted entries and unknown methods mean the file cannot be read.
 */
export function checkZipEntries(entries: readonly ZipEntry[], limits: ParseLimits): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.encrypted) throw new ParseFailure('encrypted', `encrypted zip entry ${entry.name}`);
    if (entry.method !== 0 && entry.method !== 8) throw new ParseFailure('corrupt', `unsupported compression method ${entry.method}`);
    if (entry.uncompressedSize > limits.maxEntryBytes) throw new ParseFailure('unsafe', `${entry.name} is ${entry.uncompressedSize} bytes uncompressed`);
    total += entry.uncompressedSize;
    if (total > limits.maxTotalBytes) throw new ParseFailure('unsafe', `${total} bytes uncompressed in total`);
    // Small parts compress very well (empty XML); the ratio only says something for big ones.
    if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize > limits.maxRatio * Math.max(entry.compressedSize, 1)) {
      throw new ParseFailure('unsafe', `${entry.name} compresses ${Math.round(entry.uncompressedSize / Math.max(entry.compressedSize, 1))}:1`);
    }
  }
}

function dataOffset(fd: number, entry: ZipEntry): number {
  const header = readAt(fd, entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL) throw new ParseFailure('corrupt', `local header of ${entry.name} missing`);
  return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}

/** A small entry's bytes (workbook.xml, its rels, content types), never more than it declares. */
export function readSmallEntry(path: string, entry: ZipEntry, maxBytes = 16 * 1024 * 1024): Buffer {
  if (entry.uncompressedSize > maxBytes) throw new ParseFailure('unsafe', `${entry.name} is too large`);
  const fd = openSync(path, 'r');
  try {
    const start = dataOffset(fd, entry);
    const compressed = readAt(fd, start, entry.compressedSize);
    if (compressed.length < entry.compressedSize) throw new ParseFailure('corrupt', `${entry.name} is cut off`);
    let data: Buffer;
    if (entry.method === 0) data = compressed;
    else {
      try {
        data = inflateRawSync(compressed, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
      } catch (error) {
        throw new ParseFailure('corrupt', `${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    // A damaged part can inflate without complaint; its checksum cannot lie as easily.
    if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc32) throw new ParseFailure('corrupt', `${entry.name} fails its checksum`);
    return data;
  } finally {
    closeSync(fd);
  }
}

/**
 * Streams an entry's bytes through `onChunk`, stopping with an 'unsafe' failure when it
 * inflates beyond what it declared (declared sizes are the attacker's to choose).
 */
export async function streamEntry(path: string, entry: ZipEntry, onChunk: (bytes: Buffer) => void): Promise<void> {
  const fd = openSync(path, 'r');
  let start: number;
  try {
    start = dataOffset(fd, entry);
  } finally {
    closeSync(fd);
  }
  if (entry.compressedSize === 0) return;
  const source = createReadStream(path, { start, end: start + entry.compressedSize - 1, highWaterMark: 256 * 1024 });
  // Large output chunks: a 30 MB sheet in 30 steps instead of 2,000 keeps the scan quick.
  const stream = entry.method === 0 ? source : source.pipe(createInflateRaw({ chunkSize: 1024 * 1024 }));
  let produced = 0;
  let crc = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      produced += chunk.length;
      if (produced > entry.uncompressedSize + 1024) throw new ParseFailure('unsafe', `${entry.name} inflates beyond its declared size`);
      crc = crc32(chunk, crc);
      onChunk(chunk);
    }
    if (produced !== entry.uncompressedSize || crc !== entry.crc32) throw new ParseFailure('corrupt', `${entry.name} fails its checksum`);
  } catch (error) {
    if (error instanceof ParseFailure) throw error;
    throw new ParseFailure('corrupt', `${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    source.destroy();
  }
}

/**
 * Writes a new zip holding only `wanted` entries, in that order, by copying their compressed
 * bytes (no inflating). Used to hand exceljs's streaming reader the workbook parts before the
 * sheet: it otherwise parks sheets that come before sharedStrings.xml (LibreOffice's order) in
 * temporary files, and in exceljs 4.4.0 that path loses the shared strings now and then.
 */
/** A small part made up on the spot (stored, not compressed). */
export interface MadeEntry {
  name: string;
  data: Buffer;
}

export function repackZip(path: string, wanted: readonly (ZipEntry | MadeEntry)[], outPath: string): void {
  const input = openSync(path, 'r');
  const output = openSync(outPath, 'w', 0o600);
  try {
    const central: Buffer[] = [];
    let offset = 0;
    for (const item of wanted) {
      const made = 'data' in item ? item : null;
      const entry: ZipEntry = made
        ? {
            name: made.name,
            nameBytes: Buffer.from(made.name, 'utf8'),
            utf8: true,
            crc32: crc32(made.data),
            method: 0,
            encrypted: false,
            compressedSize: made.data.length,
            uncompressedSize: made.data.length,
            localHeaderOffset: -1,
          }
        : (item as ZipEntry);
      const start = made ? 0 : dataOffset(input, entry);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(LOCAL, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(entry.utf8 ? 0x800 : 0, 6);
      local.writeUInt16LE(entry.method, 8);
      local.writeUInt32LE(0, 10);
      local.writeUInt32LE(entry.crc32, 14);
      local.writeUInt32LE(entry.compressedSize, 18);
      local.writeUInt32LE(entry.uncompressedSize, 22);
      local.writeUInt16LE(entry.nameBytes.length, 26);
      local.writeUInt16LE(0, 28);
      writeSync(output, local);
      writeSync(output, entry.nameBytes);
      const chunk = Buffer.alloc(Math.min(entry.compressedSize, 1024 * 1024));
      if (made) writeSync(output, made.data);
      for (let done = made ? entry.compressedSize : 0; done < entry.compressedSize; ) {
        const length = Math.min(chunk.length, entry.compressedSize - done);
        const read = readSync(input, chunk, 0, length, start + done);
        if (read <= 0) throw new ParseFailure('corrupt', `${entry.name} is cut off`);
        writeSync(output, chunk, 0, read);
        done += read;
      }
      const header = Buffer.alloc(46);
      header.writeUInt32LE(CENTRAL, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(entry.utf8 ? 0x800 : 0, 8);
      header.writeUInt16LE(entry.method, 10);
      header.writeUInt32LE(entry.crc32, 16);
      header.writeUInt32LE(entry.compressedSize, 20);
      header.writeUInt32LE(entry.uncompressedSize, 24);
      header.writeUInt16LE(entry.nameBytes.length, 28);
      header.writeUInt32LE(offset, 42);
      central.push(header, entry.nameBytes);
      offset += 30 + entry.nameBytes.length + entry.compressedSize;
    }
    const directory = Buffer.concat(central);
    writeSync(output, directory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD, 0);
    end.writeUInt16LE(wanted.length, 8);
    end.writeUInt16LE(wanted.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    writeSync(output, end);
  } finally {
    closeSync(input);
    closeSync(output);
  }
}
