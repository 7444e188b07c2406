import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/contract';
import type { Core } from '../../../../electron/core/openCore';
import { openTestCore } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';
import { apiOf, FIXTURES, fixture, stageAndInspect, storedClients } from './transferHarness';

interface Expectation {
  case: string;
  error?: string;
  header?: { row: number; rows: number };
  mapping?: string[];
  encoding?: string;
  delimiter?: string;
  sheets?: { name: string; hidden: boolean }[];
  sheet?: string;
  counts?: Record<string, number>;
  skipped?: Record<string, string>;
  cells?: Record<string, string>;
  values?: Record<string, Record<string, unknown>>;
  warnings?: Record<string, string[]>;
  duplicatesWithConflict?: number;
  noHeaderByDefault?: boolean;
  /** The encoding picker: choosing another encoding by hand re-decodes the file. */
  picked?: { encoding: 'gb18030' | 'big5'; header: null };
  otherSheet?: { sheet: string; added: number };
  /** A text named like a workbook: refused until the user confirms it is CSV, then read as such. */
  asCsv?: { added: number };
}

const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as { files: Record<string, Expectation> };
const tempDir = useTempDir();
const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

async function freshCore(): Promise<Core> {
  const core = await openTestCore(tempDir());
  cores.push(core);
  return core;
}

async function errorOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('spreadsheet fixtures written by LibreOffice (test/fixtures/spreadsheets/expected.json)', () => {
  for (const [name, expectation] of Object.entries(expected.files)) {
    it(`${name}: ${expectation.case}`, async () => {
      const core = await freshCore();
      const api = apiOf(core);
      const bytes = fixture(name);
      if (expectation.error && !expectation.noHeaderByDefault) {
        const { token } = await api.call('transfer.stageBegin', { fileName: name, size: bytes.length });
        if (bytes.length > 0) await api.call('transfer.stageChunk', { token, offset: 0, base64: bytes.toString('base64') });
        const error = await errorOf(api.call('transfer.inspect', { token }));
        expect(error.error.code).toBe(expectation.error);
        // Nothing changed, and the core still answers.
        expect((await api.call('clients.page', {})).total).toBe(0);
        expect((await api.call('history.state', {})).canUndo).toBe(false);
        if (expectation.asCsv) {
          const inspect = await api.call('transfer.inspect', { token, format: 'csv' });
          const settings = { headerRow: inspect.header?.row ?? 1, headerRows: inspect.header?.rows ?? 1, mapping: inspect.mapping };
          const report = await api.call('transfer.commit', { token, settings });
          expect(report.counts.added).toBe(expectation.asCsv.added);
        }
        return;
      }
      const staged = await stageAndInspect(api, name, bytes);
      if (expectation.noHeaderByDefault) {
        expect(staged.inspect.header).toBeNull();
        expect(staged.inspect.mappingSource).toBe('none');
        expect(staged.inspect.firstRows.length).toBeGreaterThan(0);
        if (expectation.error) {
          // Choosing a header row by hand still works; committing without a name column is refused.
          const error = await errorOf(api.call('transfer.preview', { token: staged.token, settings: { headerRow: 1, headerRows: 1, mapping: [] } }));
          expect(error.error.code).toBe('transfer.noNameColumn');
        }
        return;
      }
      const { inspect } = staged;
      if (expectation.header) expect(inspect.header).toEqual(expectation.header);
      if (expectation.mapping) expect(inspect.mapping).toEqual(expectation.mapping);
      if (expectation.encoding) expect(inspect.encoding?.used).toBe(expectation.encoding);
      if (expectation.delimiter) expect(inspect.delimiter).toBe(expectation.delimiter);
      if (expectation.sheets) expect(inspect.sheets).toEqual(expectation.sheets);
      if (expectation.sheet) expect(inspect.sheet).toBe(expectation.sheet);

      // The preview is a dry run: exactly what the commit then does, and nothing written.
      const preview = await api.call('transfer.preview', { token: staged.token, settings: staged.settings });
      expect((await api.call('clients.page', {})).total).toBe(0);
      const report = await api.call('transfer.commit', { token: staged.token, settings: staged.settings });
      expect(report.counts).toEqual(preview.counts);
      if (expectation.counts) expect(report.counts).toMatchObject(expectation.counts);
      for (const [row, reason] of Object.entries(expectation.skipped ?? {})) {
        expect(report.lines.find((line) => line.row === Number(row))?.skip?.reason, `row ${row}`).toBe(reason);
      }
      for (const [row, codes] of Object.entries(expectation.warnings ?? {})) {
        expect(report.lines.find((line) => line.row === Number(row))?.issues.map((issue) => issue.code) ?? [], `row ${row}`).toEqual(codes);
      }
      if (expectation.duplicatesWithConflict !== undefined) {
        expect(report.duplicates.filter((duplicate) => duplicate.conflict)).toHaveLength(expectation.duplicatesWithConflict);
      }
      const clients = storedClients(core);
      // 'name@department' picks one of two namesakes.
      const byName = new Map(clients.flatMap((client) => [[client.name, client], [`${client.name}@${client.department ?? ''}`, client]] as const));
      for (const [client, cell] of Object.entries(expectation.cells ?? {})) expect(byName.get(client)?.cell, client).toBe(cell);
      for (const [client, values] of Object.entries(expectation.values ?? {})) {
        const stored = byName.get(client);
        expect(stored, client).toBeDefined();
        for (const [field, value] of Object.entries(values)) {
          if (field === 'attributes') expect(stored!.attributes, client).toMatchObject(value as object);
          else expect(stored![field as keyof typeof stored], `${client}.${field}`).toEqual(value);
        }
      }
      // One import, one undo step: undo removes every client it added.
      expect((await api.call('history.state', {})).undoCommand).toBe('transfer.commit');
      await api.call('history.undo', {});
      expect((await api.call('clients.page', {})).total).toBe(0);

      if (expectation.picked) {
        const again = await stageAndInspect(api, name, bytes, { encoding: expectation.picked.encoding });
        expect(again.inspect.encoding).toMatchObject({ used: expectation.picked.encoding, how: 'chosen' });
        expect(again.inspect.header).toEqual(expectation.picked.header);
      }

      if (expectation.otherSheet) {
        const other = await stageAndInspect(api, name, bytes, { sheet: expectation.otherSheet.sheet });
        expect(other.inspect.sheet).toBe(expectation.otherSheet.sheet);
        const otherReport = await api.call('transfer.commit', { token: other.token, settings: other.settings });
        expect(otherReport.counts.added).toBe(expectation.otherSheet.added);
      }
    });
  }

  it('names each fixture file in expected.json, and every file there exists', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(FIXTURES).filter((file) => file !== 'expected.json');
    expect(files.sort()).toEqual(Object.keys(expected.files).sort());
  });
});
