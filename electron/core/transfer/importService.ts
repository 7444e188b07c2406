import { AppFailure } from '../../../shared/contract';
import type { ImportSettings, InspectResult, PreviewResult, PreviewRow } from '../../../shared/contract/transferMethods';
import {
  createRowValidator,
  detectHeader,
  gradeVocabulary,
  collectUnknownValues,
  headerSignature,
  headersFor,
  HEADER_SEARCH_ROWS,
  isDataRow,
  MergeIndex,
  SheetGrid,
  suggestMapping,
  withInputTargets,
  type ColumnTarget,
  type MergeRange,
  type SheetRow,
  type ValidatedRow,
} from '../../../shared/transfer';
import { attributeInputsOfModel } from '../../../shared/models';
import type { CoreContext } from '../context';
import { createBackup } from '../backups/createBackup';
import { assertUnlocked } from '../calibration/calibrationState';
import { ParseFailure, type MetaMessage, type ParseLimits } from '../../importer/protocol';
import { ImportSession, type RowDecision, type SessionResult } from './importSession';
import type { ParsedFile } from './parsedFile';
import { toAppFailure } from './parsedFile';
import { parseInChild, type ParseOptions, type ParserLauncher, type ParserPool } from './parserHost';
import { recallMapping, rememberMapping } from '../db/repos/importMappingsRepo';
import { gradeReader } from '../db/repos/gradesRepo';
import { logImport as insertImportLog } from '../db/repos/importsRepo';
import type { CommandRun } from '../commands/defineCommand';
import type { Pipeline, OpenChange } from '../commands/pipeline';

type Ctx = Pick<CoreContext, 'db' | 'grading' | 'now' | 'dbPath' | 'log'>;

/** The active model's inputs kept in attributes: import targets and typed values (shared/models/inputsOfModel). */
const inputsOf = (ctx: Pick<Ctx, 'grading'>) => attributeInputsOfModel(ctx.grading.model().definition);

/** How the rows of a file are read, before anything is written. */
export function inspectParsed(ctx: Ctx, parsed: ParsedFile, token: string): InspectResult {
  const { grid, columnCount } = parsed;
  const detected = detectHeader(grid, columnCount, inputsOf(ctx));
  const header = detected ? { row: detected.row, rows: detected.rows } : null;
  if (header && !grid.rows.some((row) => row.r >= header.row + header.rows)) throw noDataRows(parsed.fileName, header.row);
  const headers = detected ? detected.headers : [];
  const remembered = detected ? recallMapping(ctx.db, headerSignature(headers)) : null;
  const mapping: ColumnTarget[] = !detected
    ? []
    : remembered && remembered.length === headers.length
      ? withInputTargets(remembered, headers, inputsOf(ctx))
      : suggestMapping(headers, (column) => grid.rows.some((row) => row.r > detected.row && row.cells[column] !== null && row.cells[column] !== undefined), inputsOf(ctx));
  const firstRows = grid.rows.slice(0, HEADER_SEARCH_ROWS + 10).map((row) => ({
    r: row.r,
    cells: Array.from({ length: columnCount }, (_, c) => grid.filled(row.r, c)),
  }));
  return {
    token,
    fileName: parsed.fileName,
    format: parsed.meta.format,
    sheets: parsed.meta.sheets,
    sheet: parsed.meta.sheet,
    encoding: parsed.meta.encoding ?? null,
    delimiter: parsed.meta.delimiter ?? null,
    rowCount: grid.rows.length,
    columnCount,
    header,
    headers,
    mapping,
    mappingSource: !detected ? 'none' : remembered && remembered.length === headers.length ? 'remembered' : 'suggested',
    firstRows,
    warnings: { droppedColumns: parsed.stats.droppedColumns, formulaCells: parsed.stats.formulaCells, mergesDropped: parsed.stats.mergesDropped },
    stats: { parseMs: parsed.stats.ms, parserPeakMb: Math.round(parsed.stats.maxRssBytes / 1024 / 1024) },
  };
}

/** The headers for the user's header choice (which may differ from the detected one). */
export function headersOf(parsed: ParsedFile, settings: Pick<ImportSettings, 'headerRow' | 'headerRows'>): string[] {
  return headersFor(parsed.grid, { row: settings.headerRow, rows: settings.headerRows }, parsed.columnCount);
}

/** A header with nothing under it: said plainly instead of "0 added" (nothing is written). */
function noDataRows(fileName: string, headerRow: number): AppFailure {
  return new AppFailure('transfer.noDataRows', { file: fileName.slice(0, 120), row: headerRow });
}

function requireName(mapping: readonly ColumnTarget[]): void {
  if (!mapping.includes('name')) throw new AppFailure('transfer.noNameColumn');
}

/** Checks every data row below the header against the mapping. */
export function validateParsed(ctx: Ctx, parsed: ParsedFile, settings: ImportSettings): ValidatedRow[] {
  requireName(settings.mapping);
  const headers = headersOf(parsed, settings);
  const validator = createRowValidator({
    headers,
    mapping: settings.mapping,
    dictionaries: ctx.grading.dictionaries(),
    grades: gradeVocabulary(ctx.grading.model().definition),
    inputs: inputsOf(ctx),
    region: settings.region,
    rep: settings.repFromSheet ? parsed.meta.sheet : null,
    firstDataRow: settings.headerRow + settings.headerRows,
  });
  const out: ValidatedRow[] = [];
  for (const row of parsed.grid.rows) {
    if (row.r < settings.headerRow + settings.headerRows) continue;
    for (const result of validator.validate(row, parsed.grid)) out.push(result);
  }
  if (!out.some(isDataRow)) throw noDataRows(parsed.fileName, settings.headerRow);
  return out;
}

function decisionsOf(settings: ImportSettings): Map<number, RowDecision> {
  const map = new Map<number, RowDecision>();
  for (const decision of settings.decisions) {
    if (decision.action === 'update') {
      if (decision.clientId !== undefined) map.set(decision.row, { action: 'update', clientId: decision.clientId });
    } else map.set(decision.row, { action: decision.action });
  }
  return map;
}

function sessionFor(ctx: Ctx, settings: ImportSettings, fileName: string, sheet: string | null, changeId: number | null): ImportSession {
  return new ImportSession(ctx, {
    changeId,
    mode: settings.mode,
    duplicates: settings.duplicates,
    region: settings.region,
    decisions: decisionsOf(settings),
    fileName,
    sheet,
    now: ctx.now(),
  });
}

const MAX_LINES = 1000;

function outcomeOf(result: SessionResult) {
  const notable = result.rows.filter((row) => row.outcome === 'skipped' || row.outcome === 'merged' || row.issues.length > 0);
  return {
    counts: result.counts,
    lines: notable.slice(0, MAX_LINES).map((row) => ({
      row: row.row,
      outcome: row.outcome,
      ...(row.skip ? { skip: row.skip } : {}),
      ...(row.firstRow === undefined ? {} : { firstRow: row.firstRow }),
      name: row.name,
      issues: row.issues,
    })),
    moreLines: Math.max(0, notable.length - MAX_LINES),
    ambiguous: result.ambiguous.slice(0, 200),
    duplicates: result.duplicates.slice(0, 200),
    hospitalChanges: result.hospitalChanges,
  };
}

const ROLLBACK = Symbol('rollback');

/**
 * A file's grades kept as overrides (or overrides it clears) change the grading like a move on
 * the board: refused while a period is signed off (periods.locked). Called once the session knows
 * what it writes, inside the transaction, so a refusal rolls the whole import back.
 */
function refuseLockedOverrides(ctx: Pick<Ctx, 'db'>, result: SessionResult): void {
  if (result.counts.overrides > 0) assertUnlocked(ctx.db);
}

/**
 * What the import would do, exactly: the same session runs inside a transaction that is
 * rolled back, so counts, matches and resulting cells are those a commit would give.
 */
export function previewImport(ctx: Ctx, parsed: ParsedFile, settings: ImportSettings, previewRows = 50): PreviewResult {
  const validated = validateParsed(ctx, parsed, settings);
  let result: SessionResult | null = null;
  let rows: PreviewRow[] = [];
  try {
    ctx.db.transaction(() => {
      const session = sessionFor(ctx, settings, parsed.fileName, parsed.meta.sheet, null);
      session.begin();
      session.add(validated);
      result = session.finish();
      refuseLockedOverrides(ctx, result);
      rows = previewRowsOf(ctx, validated.slice(0, previewRows), result);
      throw ROLLBACK;
    })();
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
  return { ...outcomeOf(result!), rows, unknownValues: collectUnknownValues(validated) };
}

function previewRowsOf(ctx: Ctx, validated: readonly ValidatedRow[], result: SessionResult): PreviewRow[] {
  const byRow = new Map(result.rows.map((row) => [row.row, row]));
  const gradeOf = gradeReader(ctx.db, ctx.grading.model().definition.id);
  const inputKeys = inputsOf(ctx).map((input) => input.attribute);
  return validated.map((row) => {
    const outcome = byRow.get(row.row);
    const values = row.values;
    const graded =
      outcome?.clientId != null ? gradeOf(outcome.clientId) : undefined;
    return {
      row: row.row,
      outcome: outcome?.outcome ?? 'skipped',
      ...(outcome?.skip ? { skip: outcome.skip } : row.skip ? { skip: row.skip } : {}),
      name: values?.name || null,
      hospitalName: values?.hospitalName ?? null,
      department: values?.department ?? null,
      title: values?.title ?? null,
      hospitalClassValue: row.resolved?.hospitalClass ?? null,
      titleValue: row.resolved?.title ?? null,
      behaviourValue: row.resolved?.behaviour ?? null,
      volumeOurs: values?.volumeOurs ?? null,
      inputs: Object.fromEntries(inputKeys.flatMap((key) => (values?.attributes[key] === undefined ? [] : [[key, values.attributes[key]]]))),
      fileCell: values?.overrideCell ?? values?.fileCell ?? null,
      formulaCell: graded?.formula ?? null,
      cell: graded?.cell ?? null,
      issues: outcome?.issues ?? row.issues,
    };
  });
}

export interface CommitResult extends SessionResult {
  backupPath: string;
  writeMs: number;
}

/** A verified backup, then the import as one transaction and one undo step. */
export interface PreparedImport {
  validated: ValidatedRow[];
  backupPath: string;
}

/** Before the import's transaction: the rows checked against the mapping, then a verified backup. */
export async function prepareImport(ctx: Ctx, parsed: ParsedFile, settings: ImportSettings): Promise<PreparedImport> {
  const validated = validateParsed(ctx, parsed, settings);
  const backup = await createBackup(ctx.db, ctx.dbPath, 'before-import', { log: ctx.log });
  return { validated, backupPath: backup.path };
}

/** The import itself, inside the pipeline's transaction: one undo step. */
export function commitImport(ctx: Ctx, parsed: ParsedFile, settings: ImportSettings, prepared: PreparedImport, run: CommandRun): CommitResult {
  const started = performance.now();
  const session = sessionFor(ctx, settings, parsed.fileName, parsed.meta.sheet, run.changeId);
  session.begin();
  session.add(prepared.validated);
  const finished = session.finish();
  refuseLockedOverrides(ctx, finished);
  const headers = headersOf(parsed, settings);
  rememberMapping(ctx.db, headerSignature(headers), headers, settings.mapping, settings.headerRows, run.now);
  logImport(ctx, finished, parsed.fileName, parsed.meta.sheet, settings, run);
  return { ...finished, backupPath: prepared.backupPath, writeMs: performance.now() - started };
}

function logImport(ctx: Ctx, result: SessionResult, fileName: string, sheet: string | null, settings: Pick<ImportSettings, 'region' | 'mode'>, run: CommandRun): void {
  Object.assign(run.summary, result.summary);
  if (result.changeId === null) return;
  insertImportLog(ctx.db, { changeId: result.changeId, at: run.now, fileName: fileName.slice(0, 255), sheet, region: settings.region, mode: settings.mode, summary: result.counts });
}

export { outcomeOf };

export interface StreamImportOptions {
  path: string;
  fileName: string;
  sheet?: string;
  /** 'csv': read a text file named like a workbook as CSV (CLI --format csv). */
  format?: 'csv';
  /** A mapping to use (CLI --mapping); otherwise a remembered one, otherwise the suggestion. */
  mapping?: ColumnTarget[];
  /** Targets by header text (CLI --mapping with an object); other columns are suggested. */
  mappingByHeader?: Record<string, ColumnTarget>;
  headerRow?: number;
  headerRows?: 1 | 2;
  mode: ImportSettings['mode'];
  duplicates: ImportSettings['duplicates'];
  region: string | null;
  repFromSheet?: boolean;
  dryRun: boolean;
  tempDir: string;
  timeoutMs?: number;
  /** Tighter parse caps (tests); the defaults otherwise. */
  limits?: Partial<ParseLimits>;
  parser: ParserPool | ParserLauncher;
}

export interface StreamImportResult extends SessionResult {
  meta: Omit<MetaMessage, 'type'>;
  headers: string[];
  mapping: ColumnTarget[];
  header: { row: number; rows: 1 | 2 };
  backupPath: string | null;
  parserPeakBytes: number;
  parseMs: number;
  totalMs: number;
  /** Milliseconds from the start: first rows in, writing started, last row in, committed. */
  phases: { firstRows: number; writing: number; parsed: number; done: number; busyMs: number };
}

/**
 * The whole import in one pass, for the command line: the file is parsed in the child
 * while this process backs up the database, then validates and writes each batch of rows
 * as it arrives, inside one transaction that commits (or, for a dry run, rolls back) when
 * the last row is in. It holds the connection's transaction open across those waits, so
 * only a caller that owns the database alone may use it (the CLI); the app uses
 * preview/commit on rows parsed beforehand.
 */
export async function importFileExclusive(ctx: Ctx, pipeline: Pick<Pipeline, 'openAcrossAwaits'>, options: StreamImportOptions): Promise<StreamImportResult> {
  const started = performance.now();
  const { db } = ctx;
  let meta: Omit<MetaMessage, 'type'> | null = null;
  let merges: MergeRange[] | null = null;
  const buffered: SheetRow[] = [];
  let grid: SheetGrid | null = null;
  let masterRows: Set<number> | null = null;
  let validator: ReturnType<typeof createRowValidator> | null = null;
  let session: ImportSession | null = null;
  let headers: string[] = [];
  let mapping: ColumnTarget[] = [];
  let header: { row: number; rows: 1 | 2 } | null = null;
  let backupPath: string | null = null;
  let failure: unknown = null;
  let change: OpenChange | null = null;
  let backupDone = options.dryRun;
  let parseDone = false;
  let dataRows = 0;
  const phases = { firstRows: 0, writing: 0, parsed: 0, done: 0, busyMs: 0 };
  const since = () => Math.round(performance.now() - started);

  const backup = options.dryRun
    ? Promise.resolve()
    : createBackup(db, ctx.dbPath, 'before-import', { log: ctx.log }).then((result) => {
        backupPath = result.path;
        backupDone = true;
      });

  const ready = () => meta !== null && (meta.format === 'csv' || merges !== null) && backupDone && failure === null;

  /** Sets up the header, mapping and session once the first rows, the merges and the backup are in. */
  const start = () => {
    grid = new SheetGrid(new MergeIndex(merges ?? []));
    masterRows = grid.merges.masterRows();
    const probe = new SheetGrid(grid.merges, buffered.slice(0, HEADER_SEARCH_ROWS + 10));
    const columns = Math.max(...buffered.slice(0, 200).map((row) => row.cells.length), 0);
    if (options.headerRow !== undefined) {
      header = { row: options.headerRow, rows: options.headerRows ?? 1 };
      headers = headersFor(probe, header, columns);
    } else {
      const detected = detectHeader(probe, columns, inputsOf(ctx));
      if (!detected) throw new AppFailure('transfer.noHeader', { file: options.fileName, rows: HEADER_SEARCH_ROWS });
      header = { row: detected.row, rows: detected.rows };
      headers = detected.headers;
    }
    const remembered = recallMapping(db, headerSignature(headers));
    mapping =
      options.mapping ??
      (options.mappingByHeader
        ? mappingFromHeaders(headers, options.mappingByHeader, inputsOf(ctx))
        : remembered && remembered.length === headers.length
          ? withInputTargets(remembered, headers, inputsOf(ctx))
          : suggestMapping(headers, undefined, inputsOf(ctx)));
    while (mapping.length < columns) mapping.push('ignore');
    requireName(mapping);
    validator = createRowValidator({
      headers,
      mapping,
      dictionaries: ctx.grading.dictionaries(),
      grades: gradeVocabulary(ctx.grading.model().definition),
      inputs: inputsOf(ctx),
      region: options.region,
      rep: options.repFromSheet ? meta!.sheet : null,
      firstDataRow: header.row + header.rows,
    });
    change = pipeline.openAcrossAwaits('transfer.commit');
    session = sessionFor(ctx, { headerRow: header.row, headerRows: header.rows, mapping, mode: options.mode, duplicates: options.duplicates, region: options.region, repFromSheet: options.repFromSheet ?? false, decisions: [] }, options.fileName, meta!.sheet, change.run.changeId);
    session.begin();
  };

  const drain = () => {
    if (failure !== null || !ready()) return;
    const busyStarted = performance.now();
    try {
      // The header needs the first rows (or all of them, for a short file).
      if (!session && buffered.length < HEADER_SEARCH_ROWS + 10 && !parseDone) return;
      if (!session) {
        start();
        phases.writing = since();
      }
      const rows = buffered.splice(0);
      const validated: ValidatedRow[] = [];
      for (const row of rows) {
        // Only rows holding a merged range's master cell are kept; the others go once checked.
        grid!.addTransient(row);
        if (row.r >= header!.row + header!.rows) {
          for (const result of validator!.validate(row, grid!)) {
            if (isDataRow(result)) dataRows++;
            validated.push(result);
          }
        }
        if (!masterRows!.has(row.r)) grid!.forget(row.r);
      }
      session!.add(validated);
    } catch (error) {
      failure = error;
    }
    phases.busyMs += performance.now() - busyStarted;
  };

  try {
    const parsing = parseInChild(
      options.parser,
      { path: options.path, fileName: options.fileName, tempDir: options.tempDir, ...(options.sheet ? { sheet: options.sheet } : {}), ...(options.format ? { format: options.format } : {}), ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}), ...(options.limits ? { limits: options.limits } : {}) } satisfies ParseOptions,
      {
        meta: (value) => {
          meta = value;
        },
        merges: (ranges) => {
          merges = ranges;
          drain();
        },
        rows: (rows) => {
          if (phases.firstRows === 0) phases.firstRows = since();
          for (const row of rows) buffered.push(row);
          drain();
        },
      },
    );
    const stats = await Promise.all([parsing, backup]).then(([parsed]) => parsed);
    parseDone = true;
    phases.parsed = since();
    drain();
    if (failure !== null) throw failure;
    if (!session) {
      if (buffered.length === 0 && grid === null) throw new ParseFailure('empty', 'no rows with values');
      throw new ParseFailure('crashed', 'the import did not start');
    }
    if (dataRows === 0) throw noDataRows(options.fileName, header!.row);
    const result = (session as ImportSession).finish();
    refuseLockedOverrides(ctx, result);
    const open = change!;
    if (!options.dryRun) {
      rememberMapping(db, headerSignature(headers), headers, mapping, header!.rows, open.run.now);
      logImport(ctx, result, options.fileName, meta!.sheet, { region: options.region, mode: options.mode }, open.run);
    }
    change = null;
    open.finish({ commit: !options.dryRun, regrade: 'command' });
    phases.done = since();
    phases.busyMs = Math.round(phases.busyMs);
    return {
      ...result,
      meta: meta!,
      headers,
      mapping,
      header: header!,
      backupPath,
      parserPeakBytes: stats.maxRssBytes,
      parseMs: stats.ms,
      totalMs: performance.now() - started,
      phases,
    };
  } catch (error) {
    (change as OpenChange | null)?.abandon();
    throw toAppFailure(error, options.fileName, { ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}), ...(options.sheet ? { sheet: options.sheet } : {}), ...(options.limits ? { limits: options.limits } : {}) });
  }
}

/** Targets for headers from a header → target object; columns it does not name are suggested as usual. */
export function mappingFromHeaders(headers: readonly string[], byHeader: Record<string, ColumnTarget>, inputs: Parameters<typeof suggestMapping>[2] = []): ColumnTarget[] {
  const suggested = suggestMapping(headers, undefined, inputs);
  return headers.map((header, index) => byHeader[header] ?? byHeader[header.trim()] ?? suggested[index]!);
}
