import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../shared/demo/seededRandom';
import { forkLauncher, parseInChild } from '../../../electron/core/transfer/parserHost';
import { PARSE_ERROR_KINDS, ParseFailure, type ParseLimits } from '../../../electron/importer/protocol';
import { useTempDir } from '../../harness/tempDir';
import { buildZip, minimalXlsx, readZip, row } from './zipBuilder';

const tempDir = useTempDir();
const FIXTURES = join(import.meta.dirname, '../../fixtures/spreadsheets');
/** Cases per run: the same seed gives the same cases (TG_FUZZ_SEED and TG_FUZZ_CASES explore further). */
const CASES = Number(process.env.TG_FUZZ_CASES ?? 120);
const LIMITS = { maxRows: 5000, maxColumns: 64, maxCells: 100_000, maxTotalChars: 2_000_000 } satisfies Partial<ParseLimits>;

type Mutation = (bytes: Buffer, random: ReturnType<typeof seededRandom>) => Buffer;

const mutations: Record<string, Mutation> = {
  truncate: (bytes, random) => bytes.subarray(0, Math.floor(random.next() * bytes.length)),
  flipBytes: (bytes, random) => {
    const copy = Buffer.from(bytes);
    const flips = 1 + Math.floor(random.next() * 16);
    for (let i = 0; i < flips; i++) {
      const at = Math.floor(random.next() * copy.length);
      copy[at] = (copy[at] ?? 0) ^ (1 << Math.floor(random.next() * 8));
    }
    return copy;
  },
  zeroRun: (bytes, random) => {
    const copy = Buffer.from(bytes);
    const start = Math.floor(random.next() * copy.length);
    copy.fill(0, start, Math.min(copy.length, start + 1 + Math.floor(random.next() * 512)));
    return copy;
  },
  // One part of a real workbook swapped for another part, random bytes, its own first half, or itself with numbers changed.
  replaceEntry: (bytes, random) => {
    let entries: { name: string; data: Buffer }[];
    try {
      entries = readZip(bytes);
    } catch {
      return bytes.subarray(0, Math.floor(bytes.length / 2));
    }
    const pick = () => Math.floor(random.next() * entries.length);
    const target = pick();
    const data = entries[target]!.data;
    const choice = Math.floor(random.next() * 4);
    const replacement =
      choice === 0
        ? entries[pick()]!.data
        : choice === 1
          ? Buffer.from(Array.from({ length: 1 + Math.floor(random.next() * 4096) }, () => Math.floor(random.next() * 256)))
          : choice === 2
            ? data.subarray(0, Math.floor(random.next() * data.length))
            : Buffer.from(data.toString('utf8').replace(/\d+/g, (digits) => (random.next() < 0.2 ? String(Math.floor(random.next() * 10 ** (1 + Math.floor(random.next() * 9)))) : digits)));
    return buildZip(entries.map((entry, index) => ({ name: entry.name, data: index === target ? replacement : entry.data })));
  },
  duplicateChunk: (bytes, random) => {
    const start = Math.floor(random.next() * bytes.length);
    const chunk = bytes.subarray(start, start + 1 + Math.floor(random.next() * 4096));
    return Buffer.concat([bytes.subarray(0, start), chunk, chunk, bytes.subarray(start)]);
  },
};

/** Hostile sheets written from scratch: huge row numbers and ranges, absurd columns, deep nesting. */
const craft: Record<string, (random: ReturnType<typeof seededRandom>) => Buffer> = {
  rowNumber: (random) => minimalXlsx(`<sheetData>${row(1, ['姓名'])}${row(1 + Math.floor(random.next() * 4_000_000_000), ['张伟'])}</sheetData>`),
  rowsBackwards: (random) => minimalXlsx(`<sheetData>${Array.from({ length: 50 }, () => row(1 + Math.floor(random.next() * 1000), ['x', 1])).join('')}</sheetData>`),
  mergeRanges: (random) =>
    minimalXlsx(
      `<sheetData>${row(1, ['医院', '姓名'])}${row(2, ['a', 'b'])}</sheetData><mergeCells>${Array.from({ length: 200 }, () => {
        const a = 1 + Math.floor(random.next() * 1_048_576);
        return `<mergeCell ref="A${a}:XFD${Math.min(1_048_576, a + Math.floor(random.next() * 1_000_000))}"/>`;
      }).join('')}</mergeCells>`,
    ),
  columnRef: (random) => minimalXlsx(`<sheetData><row r="1"><c r="${['XFE', 'AAAA', 'A0', '', 'ZZZZ9'][Math.floor(random.next() * 5)]}1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>`),
  manyRows: (random) => minimalXlsx(`<sheetData>${Array.from({ length: 6000 + Math.floor(random.next() * 100) }, (_, i) => row(i + 1, ['x'])).join('')}</sheetData>`),
  dimension: () => minimalXlsx(`<dimension ref="A1:XFD1048576"/><sheetData>${row(1, ['姓名'])}</sheetData>`),
  deepXml: (random) => minimalXlsx(`<sheetData>${'<row>'.repeat(1000 + Math.floor(random.next() * 5000))}</sheetData>`),
};

describe('mutation fuzz of the parser process (deterministic: a fixed seed and number of cases)', () => {
  it('every outcome is a typed failure or rows within the caps, and the parent survives', async () => {
    const random = seededRandom(Number(process.env.TG_FUZZ_SEED ?? 20261123));
    const seeds = readdirSync(FIXTURES)
      .filter((name) => /\.(xlsx|csv|txt)$/.test(name) && !/^(empty|truncated|corrupt|not-a)/.test(name))
      .map((name) => ({ name, bytes: readFileSync(join(FIXTURES, name)) }));
    const outcomes = new Map<string, number>();
    const started = Date.now();
    let cases = 0;
    const labels: string[] = [];
    const runOne = async (label: string, fileName: string, bytes: Buffer) => {
      const dir = tempDir();
      const path = join(dir, 'input');
      writeFileSync(path, bytes);
      let rows = 0;
      let maxRow = 0;
      let maxWidth = 0;
      let cells = 0;
      let chars = 0;
      try {
        const stats = await parseInChild(launcher, { path, fileName, tempDir: dir, limits: LIMITS, timeoutMs: 20_000 }, {
          meta: () => {},
          merges: () => {},
          rows: (batch) => {
            rows += batch.length;
            for (const r of batch) {
              maxRow = Math.max(maxRow, r.r);
              maxWidth = Math.max(maxWidth, r.cells.length);
              for (const cell of r.cells) {
                if (cell === null) continue;
                cells++;
                if (typeof cell === 'string') chars += cell.length;
              }
            }
          },
        });
        expect(stats.rows, label).toBeLessThanOrEqual(LIMITS.maxRows);
        expect(rows, label).toBeLessThanOrEqual(LIMITS.maxRows);
        expect(maxRow, label).toBeLessThanOrEqual(1_048_576);
        expect(maxWidth, label).toBeLessThanOrEqual(LIMITS.maxColumns);
        outcomes.set('parsed', (outcomes.get('parsed') ?? 0) + 1);
      } catch (error) {
        expect(error, label).toBeInstanceOf(ParseFailure);
        expect(PARSE_ERROR_KINDS, label).toContain((error as ParseFailure).kind);
        // A timeout or a crash here would mean a file the limits do not contain.
        expect(['timeout'], label).not.toContain((error as ParseFailure).kind);
        outcomes.set((error as ParseFailure).kind, (outcomes.get((error as ParseFailure).kind) ?? 0) + 1);
      }
      // Whatever the outcome, the parent never held more than the caps (checked here: a listener that throws would be a parse failure).
      expect(cells, label).toBeLessThanOrEqual(LIMITS.maxCells);
      expect(chars, label).toBeLessThanOrEqual(LIMITS.maxTotalChars);
      cases++;
    };
    const launcher = forkLauncher();
    const craftNames = Object.keys(craft);
    const mutationNames = Object.keys(mutations);
    while (labels.length < CASES) {
      // Two at a time: the machine has two cores, and each case is a fresh process.
      const batch: Promise<void>[] = [];
      for (let k = 0; k < 2 && labels.length < CASES; k++) {
        if (random.next() < 0.3) {
          const name = craftNames[Math.floor(random.next() * craftNames.length)]!;
          labels.push(`craft:${name}`);
          batch.push(runOne(`craft:${name}`, 'crafted.xlsx', craft[name]!(random)));
        } else {
          const seed = seeds[Math.floor(random.next() * seeds.length)]!;
          const mutation = mutationNames[Math.floor(random.next() * mutationNames.length)]!;
          labels.push(`${mutation}:${seed.name}`);
          batch.push(runOne(`${mutation}:${seed.name}`, seed.name, mutations[mutation]!(seed.bytes, random)));
        }
      }
      await Promise.all(batch);
    }
    expect(cases).toBe(CASES);
    expect(outcomes.get('parsed') ?? 0).toBeGreaterThan(0);
    // Every mutation, and the zip-entry replacement in particular, was tried.
    for (const name of Object.keys(mutations)) expect(labels.some((label) => label.startsWith(`${name}:`)), name).toBe(true);
    process.stdout.write(`fuzz: ${cases} cases in ${Math.round((Date.now() - started) / 1000)} s: ${JSON.stringify(Object.fromEntries(outcomes))}\n`);
  }, CASES * 2_000 + 120_000);
});
