import { z } from 'zod';
import { command, query } from './defineMethod';
import { GRADED } from './readScopes';
import { Id } from '../domain/schemas';
import { ColumnTargetSchema, DuplicatePolicySchema, ImportModeSchema } from '../transfer/fields';
import { RowIssueSchema, SKIP_REASONS } from '../transfer/issues';
import { UnknownValueSchema } from '../transfer/unknownValues';

/** Largest file the wizard accepts (the parser's own bound). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
/** Base64 characters per upload chunk: small enough for every transport's request limit (1 MB on loopback HTTP). */
export const UPLOAD_CHUNK_CHARS = 640 * 1024;

const Token = z.string().regex(/^[a-f0-9]{32}$/);
const Params = z.record(z.string(), z.union([z.string(), z.number()]));
const Encoding = z.enum(['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be']);
const Cell = z.union([z.string(), z.number(), z.null()]);

export const ImportSettingsSchema = z.strictObject({
  /** Excel row number of the header (the first line of a two-line header). */
  headerRow: z.number().int().min(1).max(1_048_576),
  headerRows: z.union([z.literal(1), z.literal(2)]),
  mapping: z.array(ColumnTargetSchema).max(256),
  mode: ImportModeSchema.default('addAndUpdate'),
  duplicates: DuplicatePolicySchema.default('merge'),
  /** Tags every imported client with a region (regional roll-ups); null keeps what the file says. */
  region: z.string().trim().min(1).max(100).nullable().default(null),
  /** Rows without a rep get the sheet's name as their rep (a grading table has a sheet per rep). */
  repFromSheet: z.boolean().default(false),
  /** The user's choices for rows that matched several clients. */
  decisions: z
    .array(z.strictObject({ row: z.number().int().min(1), action: z.enum(['update', 'add', 'skip']), clientId: Id.optional() }))
    .max(10_000)
    .default([]),
});
export type ImportSettings = z.infer<typeof ImportSettingsSchema>;
export type ImportSettingsInput = z.input<typeof ImportSettingsSchema>;

export const InspectResultSchema = z.object({
  token: Token,
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv']),
  sheets: z.array(z.object({ name: z.string(), hidden: z.boolean() })),
  sheet: z.string(),
  encoding: z
    .object({ used: Encoding, detected: Encoding, how: z.enum(['bom', 'utf8', 'fallback', 'chosen']), replacements: z.number().int().nonnegative() })
    .nullable(),
  delimiter: z.string().nullable(),
  /** Rows with any value, and the widest row. */
  rowCount: z.number().int().nonnegative(),
  columnCount: z.number().int().nonnegative(),
  /** The detected header (null when none was found: the user picks the row). */
  header: z.object({ row: z.number().int(), rows: z.union([z.literal(1), z.literal(2)]) }).nullable(),
  headers: z.array(z.string()),
  mapping: z.array(ColumnTargetSchema),
  mappingSource: z.enum(['remembered', 'suggested', 'none']),
  /** The first rows as read (merged cells filled), so the header row can be chosen by hand. */
  firstRows: z.array(z.object({ r: z.number().int(), cells: z.array(Cell) })),
  warnings: z.object({
    droppedColumns: z.number().int().nonnegative(),
    formulaCells: z.number().int().nonnegative(),
    mergesDropped: z.number().int().nonnegative(),
  }),
  stats: z.object({ parseMs: z.number().nonnegative(), parserPeakMb: z.number().nonnegative() }),
});
export type InspectResult = z.infer<typeof InspectResultSchema>;

const SkipSchema = z.object({ reason: z.enum(SKIP_REASONS), params: Params.optional() });
const OutcomeSchema = z.enum(['added', 'updated', 'unchanged', 'merged', 'skipped']);

export const ImportCountsSchema = z.object({
  rows: z.number().int().nonnegative(),
  added: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  merged: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  overrides: z.number().int().nonnegative(),
});

export const PreviewRowSchema = z.object({
  row: z.number().int(),
  outcome: OutcomeSchema,
  skip: SkipSchema.optional(),
  name: z.string().nullable(),
  hospitalName: z.string().nullable(),
  department: z.string().nullable(),
  title: z.string().nullable(),
  /** Dictionary categories of the entered words (三甲 → 3, 主任医师(教授) → senior, 首选 → 1). */
  hospitalClassValue: z.string().nullable(),
  titleValue: z.string().nullable(),
  behaviourValue: z.string().nullable(),
  volumeOurs: z.number().nullable(),
  /** The active model's inputs the row gives (lifecycle R, annualSpend 2500000), as they will be stored. */
  inputs: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  fileCell: z.string().nullable(),
  formulaCell: z.string().nullable(),
  /** The cell the client will have after the import. */
  cell: z.string().nullable(),
  issues: z.array(RowIssueSchema),
});
export type PreviewRow = z.infer<typeof PreviewRowSchema>;

export const ReportLineSchema = z.object({
  row: z.number().int(),
  outcome: OutcomeSchema,
  skip: SkipSchema.optional(),
  firstRow: z.number().int().optional(),
  name: z.string().nullable(),
  issues: z.array(RowIssueSchema),
});
export type ReportLine = z.infer<typeof ReportLineSchema>;

const CandidateSchema = z.object({
  clientId: Id,
  hospitalName: z.string().nullable(),
  department: z.string().nullable(),
  name: z.string(),
  region: z.string().nullable(),
});

export const AmbiguousSchema = z.object({
  row: z.number().int(),
  name: z.string(),
  hospitalName: z.string().nullable(),
  department: z.string().nullable(),
  candidates: z.array(CandidateSchema),
});

export const ImportOutcomeSchema = z.object({
  counts: ImportCountsSchema,
  /** Rows worth a look (skipped, with warnings, merged), the first 1,000; the xlsx report has all. */
  lines: z.array(ReportLineSchema),
  moreLines: z.number().int().nonnegative(),
  ambiguous: z.array(AmbiguousSchema),
  duplicates: z.array(z.object({ row: z.number().int(), firstRow: z.number().int(), name: z.string(), conflict: z.boolean() })),
  hospitalChanges: z.array(z.object({ hospital: z.string(), from: z.string().nullable(), to: z.string(), clients: z.number().int() })),
});

export const PreviewResultSchema = ImportOutcomeSchema.extend({
  rows: z.array(PreviewRowSchema),
  /** Words of the mapped title, class and behaviour columns that no dictionary knows, with their counts: the value-mapping step. */
  unknownValues: z.array(UnknownValueSchema),
});
export type PreviewResult = z.infer<typeof PreviewResultSchema>;

export const ImportReportSchema = ImportOutcomeSchema.extend({
  reportId: Token,
  fileName: z.string(),
  sheet: z.string().nullable(),
  region: z.string().nullable(),
  changeId: Id.nullable(),
  backupPath: z.string().nullable(),
  timings: z.object({ totalMs: z.number().nonnegative(), writeMs: z.number().nonnegative(), regradeMs: z.number().nonnegative() }),
  /**
   * A workbook with more sheets stays staged under this token, so the next sheet (a grading
   * table has one per rep) can be inspected and imported without choosing the file again.
   */
  keptToken: Token.nullable(),
  /** The workbook's other visible sheets, in workbook order. */
  otherSheets: z.array(z.string()),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const ExportKindSchema = z.enum(['gradingTable', 'clients', 'csv']);
export type ExportKind = z.infer<typeof ExportKindSchema>;

const FileBytes = z.object({ fileName: z.string(), mime: z.string(), base64: z.string() });

/**
 * Contract methods of the transfer feature, merged into `methods` (shared/contract/methods.ts).
 * A file travels to the core in chunks (stageBegin, stageChunk), is parsed in an isolated
 * process (inspect), previewed with the user's mapping (preview: a dry run that writes
 * nothing) and imported as one undoable command (commit).
 */
export const transferMethods = {
  'transfer.stageBegin': command(
    z.strictObject({ fileName: z.string().trim().min(1).max(255), size: z.number().int().min(0).max(MAX_IMPORT_BYTES) }),
    z.object({ token: Token }),
  ),
  'transfer.stageChunk': command(
    z.strictObject({ token: Token, offset: z.number().int().min(0), base64: z.string().max(UPLOAD_CHUNK_CHARS).regex(/^[A-Za-z0-9+/]*={0,2}$/) }),
    z.object({ received: z.number().int().nonnegative() }),
  ),
  /** Parses the staged file (a sheet, an encoding) and proposes the header row and the mapping. */
  'transfer.inspect': command(
    z.strictObject({
      token: Token,
      sheet: z.string().max(200).optional(),
      encoding: Encoding.optional(),
      /** Read a text file named like a workbook as CSV, once the user has confirmed it (transfer.misnamed). */
      format: z.literal('csv').optional(),
    }),
    InspectResultSchema,
  ),
  /** What the import would do, without writing anything. */
  'transfer.preview': command(z.strictObject({ token: Token, settings: ImportSettingsSchema }), PreviewResultSchema),
  /** A verified backup, then the import in one transaction as one undo step, then the regrade. */
  'transfer.commit': command(z.strictObject({ token: Token, settings: ImportSettingsSchema }), ImportReportSchema),
  /** The import report as an xlsx workbook. */
  'transfer.reportFile': query(z.strictObject({ reportId: Token }), FileBytes, ['settings']),
  'transfer.discard': command(z.strictObject({ token: Token }), z.object({ discarded: z.boolean() })),
  /** Exports the grading table (xlsx, a sheet per rep and a summary), the full client list (xlsx) or CSV. */
  'transfer.export': command(
    z.strictObject({
      kind: ExportKindSchema,
      encoding: z.enum(['utf-8', 'gbk']).default('utf-8'),
      /** Only clients of this region ('' = clients without a region); all when absent. */
      region: z.string().max(100).optional(),
    }),
    FileBytes.extend({
      rows: z.number().int().nonnegative(),
      /** Characters GBK cannot hold (replaced by '?'), when exporting CSV as GBK. */
      unrepresentable: z.array(z.object({ row: z.number().int(), column: z.string(), text: z.string() })),
    }),
  ),
  /** Clients per region with their zones: the national view of a roll-up. */
  'transfer.regions': query(
    z.strictObject({}),
    z.array(z.object({ region: z.string().nullable(), clients: z.number().int(), overridden: z.number().int(), zones: z.record(z.string(), z.number().int()) })), GRADED),
  /** The same client in several regions, and whether the regions grade it differently. */
  'transfer.conflicts': query(
    z.strictObject({ limit: z.number().int().min(1).max(5000).default(500) }),
    z.object({
      total: z.number().int().nonnegative(),
      gradedDifferently: z.number().int().nonnegative(),
      groups: z.array(
        z.object({
          name: z.string(),
          hospitalName: z.string().nullable(),
          department: z.string().nullable(),
          gradedDifferently: z.boolean(),
          clients: z.array(z.object({ clientId: Id, region: z.string().nullable(), cell: z.string().nullable(), repName: z.string().nullable() })),
        }),
      ),
    }), GRADED),
  /** Recent imports, newest first, with whether their undo step has been undone. */
  'transfer.imports': query(
    z.strictObject({}),
    z.array(
      z.object({
        id: Id,
        at: z.string(),
        fileName: z.string(),
        sheet: z.string().nullable(),
        region: z.string().nullable(),
        mode: ImportModeSchema,
        changeId: Id.nullable(),
        undone: z.boolean(),
        added: z.number().int(),
        updated: z.number().int(),
        skipped: z.number().int(),
      }),
    ), ['imports', 'history']),
} as const;
