import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';

/**
 * The one way the app writes an xlsx: exceljs's streaming writer only (rows are committed as
 * they are written; stack-research 4.2), collected into a Buffer. Every export, the import
 * report and the plan workbook go through here.
 */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter;
type WorkbookWriterClass = typeof ExcelJS.stream.xlsx.WorkbookWriter;

// Loaded on first use: the full exceljs bundle is not needed to write, and costs start-up time.
const requireCjs = createRequire(import.meta.url);
let writerClass: WorkbookWriterClass | null = null;
function workbookWriterClass(): WorkbookWriterClass {
  writerClass ??= requireCjs('exceljs/lib/stream/xlsx/workbook-writer.js') as WorkbookWriterClass;
  return writerClass;
}

/** Builds a workbook with `build` and returns its bytes once exceljs has written the last part. */
export async function writeWorkbook(build: (workbook: WorkbookWriter) => Promise<void> | void, options: { sharedStrings?: boolean } = {}): Promise<Buffer> {
  const WorkbookWriter = workbookWriterClass();
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new WorkbookWriter({ stream, useStyles: true, useSharedStrings: options.sharedStrings ?? true });
  workbook.creator = 'Territory Grid';
  await build(workbook);
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}

/** A4 landscape, fitted to the page width, for tables managers print. */
export const PRINT_A4_LANDSCAPE = {
  paperSize: 9,
  orientation: 'landscape' as const,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

export function headerStyle(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8ECF2' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF9AA5B1' } } };
  });
}

/** A sheet with a frozen, styled header row, printed A4 landscape with its title and page numbers. */
export function addTableSheet(workbook: WorkbookWriter, name: string, title: string, columns: { header: string; width: number }[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: PRINT_A4_LANDSCAPE,
    headerFooter: { oddHeader: `&C&"-,Bold"${title.replace(/&/g, '&&')}`, oddFooter: '&C&P / &N' },
  });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  headerStyle(sheet.getRow(1));
  return sheet;
}

/** An ARGB colour for exceljs from a model's #rrggbb. */
export const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase().padStart(6, '0').slice(0, 6)}`;
