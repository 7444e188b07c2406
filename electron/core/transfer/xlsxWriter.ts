import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { columnLetter, startsLikeFormula } from '../../../shared/transfer';

/**
 * The one way the app writes an xlsx: exceljs's streaming writer only (rows are committed as
 * they are written; stack-research 4.2), collected into a Buffer. Every export, the import
 * report and the plan workbook go through here, and every row through `addRow`, so no text
 * reaches a workbook without the formula rule of shared/transfer/spreadsheetText.
 */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter;
type WorkbookWriterClass = typeof ExcelJS.stream.xlsx.WorkbookWriter;
export type CellValue = string | number | null;

// Loaded on first use: the full exceljs bundle is not needed to write, and costs start-up time.
const requireCjs = createRequire(import.meta.url);
let writerClass: WorkbookWriterClass | null = null;
function workbookWriterClass(): WorkbookWriterClass {
  writerClass ??= requireCjs('exceljs/lib/stream/xlsx/workbook-writer.js') as WorkbookWriterClass;
  return writerClass;
}

/** Builds a workbook with `build` and returns its bytes once exceljs has written the last part. */
export async function writeWorkbook(build: (workbook: WorkbookWriter) => Promise<void> | void): Promise<Buffer> {
  const WorkbookWriter = workbookWriterClass();
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Territory Grid';
  addQuotePrefix(workbook);
  await build(workbook);
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}

/*
 * Text that starts like a formula is written as it is, in a cell style with Excel's Text number
 * format ('@') and the quotePrefix flag. A string cell of an xlsx is never run as a formula
 * when the file opens; quotePrefix is what Excel itself sets when someone types '=x (the quote
 * shows only in the formula bar, and the cell stays text when edited and Enter is pressed), and
 * the Text format does the same for readers that ignore the flag. No apostrophe is in the
 * value, so the importer reads back exactly what was written. (CSV has no styles: there the
 * leading quote of neutraliseFormula does the job, and the importer takes it off again.)
 */
const TEXT_FORMAT = '@';
const TEXT_FORMAT_ID = 49;

interface StyleXform {
  toXml(model: { numFmtId?: number }): string;
}

/*
 * exceljs 4.4 has no quotePrefix in its style model, so the one xf serialiser of this workbook
 * adds it to the Text-format styles, which only addRow asks for. Pinned exceljs version; the
 * writer's test reads styles.xml, so an upgrade that moves this internal fails loudly.
 */
function addQuotePrefix(workbook: WorkbookWriter): void {
  const style = (workbook as unknown as { styles: { map: { style: StyleXform } } }).styles.map.style;
  const toXml = style.toXml.bind(style);
  style.toXml = (model) => {
    const xml = toXml(model);
    return model.numFmtId === TEXT_FORMAT_ID ? xml.replace(/^<xf /, '<xf quotePrefix="1" ') : xml;
  };
}

/** Adds a row of values (numbers stay numbers); the caller styles it and commits it. */
export function addRow(sheet: ExcelJS.Worksheet, values: readonly CellValue[]): ExcelJS.Row {
  const row = sheet.addRow([...values]);
  values.forEach((value, index) => {
    if (typeof value === 'string' && startsLikeFormula(value)) row.getCell(index + 1).numFmt = TEXT_FORMAT;
  });
  return row;
}

/** The header row of a table: bold, centred, shaded, ruled; with an auto-filter over it when asked. Committed. */
export function addHeaderRow(sheet: ExcelJS.Worksheet, labels: readonly string[], options: { filter?: boolean } = {}): void {
  const row = addRow(sheet, labels);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8ECF2' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF9AA5B1' } } };
  });
  if (options.filter) sheet.autoFilter = `A${row.number}:${columnLetter(labels.length - 1)}${row.number}`;
  row.commit();
}

/** A title line above a table (the plan, the import report). Committed. */
export function addTitleRow(sheet: ExcelJS.Worksheet, title: string): void {
  const row = addRow(sheet, [title]);
  row.font = { bold: true, size: 14 };
  row.commit();
}

export interface SheetLayout {
  /** Column widths in characters, left to right. */
  widths: readonly number[];
  /** Rows that stay in view while scrolling (title and header). */
  frozenRows?: number;
  /** Printed on A4 fitted to the page width, with `title` and page numbers on every page. */
  print?: { orientation: 'landscape' | 'portrait'; title?: string };
}

/** A worksheet with its column widths, frozen rows and print setup. */
export function addSheet(workbook: WorkbookWriter, name: string, layout: SheetLayout): ExcelJS.Worksheet {
  const frozen = layout.frozenRows ?? 0;
  const print = layout.print;
  const sheet = workbook.addWorksheet(name, {
    ...(frozen > 0 ? { views: [{ state: 'frozen' as const, xSplit: 0, ySplit: frozen, topLeftCell: `A${frozen + 1}`, activeCell: `A${frozen + 1}` }] } : {}),
    ...(print
      ? {
          pageSetup: {
            paperSize: 9,
            orientation: print.orientation,
            fitToPage: true,
            fitToWidth: 1,
            fitToHeight: 0,
            horizontalCentered: true,
            margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
          },
          headerFooter: { ...(print.title ? { oddHeader: `&C&"-,Bold"${print.title.replace(/&/g, '&&')}` } : {}), oddFooter: '&C&P / &N' },
        }
      : {}),
  });
  sheet.columns = layout.widths.map((width) => ({ width }));
  return sheet;
}

/** A table sheet as managers print it: a frozen, filtered header row, A4 landscape, with its title on every page. */
export function addTableSheet(workbook: WorkbookWriter, name: string, title: string, columns: readonly { header: string; width: number }[]): ExcelJS.Worksheet {
  const sheet = addSheet(workbook, name, { widths: columns.map((column) => column.width), frozenRows: 1, print: { orientation: 'landscape', title } });
  addHeaderRow(
    sheet,
    columns.map((column) => column.header),
    { filter: true },
  );
  return sheet;
}

export interface CellStyle {
  fill: ExcelJS.Fill;
  font: Partial<ExcelJS.Font>;
}

/** A cell in a zone's colour (#rrggbb) with white bold text, as the board shows it. */
export function zoneCellStyle(color: string): CellStyle {
  const argb = `FF${color.replace('#', '').toUpperCase().padStart(6, '0').slice(0, 6)}`;
  return { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } }, font: { bold: true, color: { argb: 'FFFFFFFF' } } };
}

/** Applies a style to a cell of a row (before the row is committed). */
export function styleCell(row: ExcelJS.Row, column: number, style: CellStyle, alignment?: Partial<ExcelJS.Alignment>): void {
  const cell = row.getCell(column);
  cell.fill = style.fill;
  cell.font = style.font;
  if (alignment) cell.alignment = alignment;
}
