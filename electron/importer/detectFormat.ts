import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { ParseFailure, type ParseLimits } from './protocol';

export type Detected = { kind: 'zip' } | { kind: 'text' };

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const utf16 = (text: string) => Buffer.from(text, 'utf16le');
const ENCRYPTED_PACKAGE = utf16('EncryptedPackage');
const ENCRYPTION_INFO = utf16('EncryptionInfo');
const WORKBOOK_STREAM = utf16('Workbook');
const BOOK_STREAM = utf16('Book');
const WORD_STREAM = utf16('WordDocument');
const POWERPOINT_STREAM = utf16('PowerPoint Document');

/** Finds a BIFF8 BOF record (09 08 10 00) followed directly by a FILEPASS record (2F 00). */
function hasFilePass(fd: number, size: number): boolean {
  const length = Math.min(size, 4 * 1024 * 1024);
  const bytes = Buffer.alloc(length);
  readSync(fd, bytes, 0, length, 0);
  const bof = Buffer.from([0x09, 0x08, 0x10, 0x00]);
  for (let at = bytes.indexOf(bof); at !== -1 && at + 22 <= bytes.length; at = bytes.indexOf(bof, at + 1)) {
    if (bytes[at + 20] === 0x2f && bytes[at + 21] === 0x00) return true;
  }
  return false;
}

const BINARY_MAGIC: readonly Buffer[] = [
  Buffer.from('%PDF'),
  Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  Buffer.from([0xff, 0xd8, 0xff]),
  Buffer.from('GIF8'),
  Buffer.from('Rar!'),
  Buffer.from([0x1f, 0x8b]),
  Buffer.from([0x37, 0x7a, 0xbc, 0xaf]),
  Buffer.from('MZ'),
  Buffer.from([0x7f, 0x45, 0x4c, 0x46]),
  Buffer.from('SQLite format 3'),
];

const WORKBOOK_EXTENSIONS: ReadonlySet<string> = new Set(['xlsx', 'xlsm', 'xltx', 'xltm', 'xls', 'xlt', 'et']);

function extensionOf(fileName: string): string {
  const match = /\.([a-z0-9]{1,8})$/i.exec(fileName.trim());
  return match ? match[1]!.toLowerCase() : '';
}

/** Looks for any of the needles in the file, a chunk at a time (an OLE directory can sit anywhere). */
function fileContains(fd: number, size: number, needles: readonly Buffer[]): Set<Buffer> {
  const found = new Set<Buffer>();
  const chunk = Buffer.alloc(1024 * 1024);
  const overlap = 64;
  for (let position = 0; position < size && found.size < needles.length; position += chunk.length - overlap) {
    const read = readSync(fd, chunk, 0, chunk.length, position);
    const view = chunk.subarray(0, read);
    for (const needle of needles) if (!found.has(needle) && view.includes(needle)) found.add(needle);
    if (read < chunk.length) break;
  }
  return found;
}

/**
 * What a file really is, from its bytes (the extension only chooses between messages):
 * an xlsx (zip), a text table, or one of the files we refuse with a clear reason: empty,
 * a legacy .xls (OLE), a password-protected workbook (OLE with an EncryptedPackage), an
 * HTML or XML "xls" from an old system, or something that is not a spreadsheet at all.
 */
export function detectFormat(path: string, fileName: string, limits: ParseLimits, confirmed?: 'csv'): Detected {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size === 0) throw new ParseFailure('empty', 'the file has no bytes');
    if (size > limits.maxFileBytes) throw new ParseFailure('tooLarge', `${size} bytes`);
    const head = Buffer.alloc(Math.min(size, 64 * 1024));
    readSync(fd, head, 0, head.length, 0);
    const extension = extensionOf(fileName);

    if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05) && (head[3] === 0x04 || head[3] === 0x06)) {
      return { kind: 'zip' };
    }
    if (head.length >= 8 && head.subarray(0, 8).equals(CFB)) {
      const found = fileContains(fd, size, [ENCRYPTED_PACKAGE, ENCRYPTION_INFO, WORKBOOK_STREAM, BOOK_STREAM, WORD_STREAM, POWERPOINT_STREAM]);
      if (found.has(ENCRYPTED_PACKAGE) || found.has(ENCRYPTION_INFO)) throw new ParseFailure('encrypted', 'OLE container with an encrypted package');
      if (found.has(WORKBOOK_STREAM) || found.has(BOOK_STREAM)) {
        // A password-protected .xls has FILEPASS (0x002F) right after the workbook's BOF record.
        if (hasFilePass(fd, size)) throw new ParseFailure('encrypted', 'Excel 97-2003 workbook with a password');
        throw new ParseFailure('legacyXls', 'legacy Excel 97-2003 workbook');
      }
      if (found.has(WORD_STREAM) || found.has(POWERPOINT_STREAM)) throw new ParseFailure('notSpreadsheet', 'an Office document that is not a workbook');
      if (extension === 'xls' || extension === 'xlt') throw new ParseFailure('legacyXls', 'OLE file named .xls');
      throw new ParseFailure('notSpreadsheet', 'an OLE file that is not a workbook');
    }
    if (BINARY_MAGIC.some((magic) => head.length >= magic.length && head.subarray(0, magic.length).equals(magic))) {
      throw new ParseFailure('notSpreadsheet', 'a binary file of another kind');
    }
    const start = head.subarray(0, 2048).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
    const markup = /^<(!doctype html|html|table|\?xml)/.test(start) || start.includes('urn:schemas-microsoft-com:office:spreadsheet');
    if (markup) {
      // Old systems and "save as web page" produce .xls files that are HTML or SpreadsheetML 2003.
      if (extension === 'xls' || extension === 'xlt' || start.includes('office:spreadsheet') || start.includes('excel')) {
        throw new ParseFailure('legacyXls', 'HTML or XML saved with an .xls name');
      }
      throw new ParseFailure('notSpreadsheet', 'an HTML or XML document');
    }
    if (!looksLikeText(head)) throw new ParseFailure('notSpreadsheet', 'binary content');
    // A text under a workbook's name is read only once the user says it is CSV: it may be a
    // renamed export, or a file that is not what it claims to be.
    if (WORKBOOK_EXTENSIONS.has(extension) && confirmed !== 'csv') throw new ParseFailure('misnamed', `.${extension}`);
    return { kind: 'text' };
  } finally {
    closeSync(fd);
  }
}

/** Text: no NUL bytes (unless it is UTF-16, which has them in every other byte), few control characters. */
export function looksLikeText(bytes: Buffer): boolean {
  if (bytes.length === 0) return false;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  let nul = 0;
  let control = 0;
  for (const byte of bytes) {
    if (byte === 0) nul++;
    else if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++;
  }
  if (nul > 0) return looksLikeUtf16(bytes) !== null;
  return control <= bytes.length * 0.01;
}

/** UTF-16 without a byte-order mark: NUL bytes in odd (LE) or even (BE) positions only. */
export function looksLikeUtf16(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, 8192) / 2);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNul++;
    if (bytes[2 * i + 1] === 0) oddNul++;
  }
  // Chinese text in UTF-16 has NUL bytes only in its ASCII characters (delimiters, line breaks, digits).
  // (A few characters such as 一 U+4E00 put a NUL on the other side too.)
  if (oddNul >= pairs * 0.1 && evenNul * 3 <= oddNul) return 'utf-16le';
  if (evenNul >= pairs * 0.1 && oddNul * 3 <= evenNul) return 'utf-16be';
  return null;
}
