import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { ModelDefinition } from '../../../shared/grading';
import { boardGrid, zoneOfCell } from '../../../shared/grading';
import { ATTRIBUTE_SUFFIX, FIELD_SPECS, GRADING_TABLE_HEADERS, csvRecord, gradeVocabulary, guessField, neutraliseFormula, safeFileNamePart, sheetNamer, type CsvValue, type ImportField } from '../../../shared/transfer';
import type { CoreContext } from '../context';
import { addTableSheet as addSheet, argb, writeWorkbook, XLSX_MIME } from './xlsxWriter';

export { XLSX_MIME };

type Ctx = Pick<CoreContext, 'db' | 'grading' | 'now'>;
type Cell = string | number | null;

export interface ExportOptions {
  /** Only clients of this region ('' = clients without one). */
  region?: string;
}

export interface ExportFile {
  fileName: string;
  mime: string;
  bytes: Buffer;
  rows: number;
  unrepresentable: { row: number; column: string; text: string }[];
}

const NON_ASCII = /[^ -~\t\r\n]/;


interface ExportRow {
  id: number;
  region: string | null;
  repId: number | null;
  repName: string | null;
  hospitalName: string | null;
  hospitalClass: string | null;
  revenueWan: number | null;
  hospitalBeds: number | null;
  department: string | null;
  name: string;
  title: string | null;
  bedsManaged: number | null;
  volumeOurs: number | null;
  volumeCompetitor: number | null;
  behaviour: string | null;
  attributes: string;
  formulaCell: string | null;
  overrideCell: string | null;
  overrideReason: string | null;
  cell: string | null;
}

function regionFilter(options: ExportOptions): { sql: string; params: Record<string, string> } {
  if (options.region === undefined) return { sql: '', params: {} };
  if (options.region === '') return { sql: 'WHERE c.region IS NULL', params: {} };
  return { sql: 'WHERE c.region = @region', params: { region: options.region } };
}

/** Every client with what the exports show, in the order managers read them: rep, hospital, department, name (pinyin). */
function exportRows(ctx: Ctx, options: ExportOptions): IterableIterator<ExportRow> {
  const modelId = ctx.grading.model().definition.id;
  const filter = regionFilter(options);
  return ctx.db
    .prepare(
      `SELECT c.id, c.region, c.rep_id AS repId, r.name AS repName, h.name AS hospitalName, h.class AS hospitalClass,
              h.revenue_wan AS revenueWan, h.beds AS hospitalBeds, c.department, c.name, c.title, c.beds_managed AS bedsManaged,
              c.volume_ours AS volumeOurs, c.volume_competitor AS volumeCompetitor, c.behaviour, c.attributes,
              g.cell AS formulaCell, o.cell AS overrideCell, o.reason AS overrideReason, COALESCE(o.cell, g.cell) AS cell
       FROM clients c LEFT JOIN hospitals h ON h.id = c.hospital_id LEFT JOIN reps r ON r.id = c.rep_id
       LEFT JOIN grades g ON g.client_id = c.id AND g.model_id = @modelId
       LEFT JOIN overrides o ON o.client_id = c.id AND o.model_id = @modelId
       ${filter.sql}
       ORDER BY r.name_key IS NULL, r.name_key, r.id, h.name_key IS NULL, h.name_key, c.department_key, c.name_key, c.id`,
    )
    .iterate({ modelId, ...filter.params }) as IterableIterator<ExportRow>;
}

/** Strings are neutralised (= + - @ tab CR LF get a leading quote) as the very last step; numbers stay numbers. */
function safe(value: Cell): Cell {
  return typeof value === 'string' ? neutraliseFormula(value) : value;
}

function columnLetter(count: number): string {
  let n = count;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

interface ZoneStyle {
  fill: ExcelJS.Fill;
  font: Partial<ExcelJS.Font>;
}

function zoneStyles(model: ModelDefinition): Map<string, ZoneStyle> {
  const styles = new Map<string, ZoneStyle>();
  for (const zone of model.zones) {
    const style: ZoneStyle = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(zone.color) } }, font: { bold: true, color: { argb: 'FFFFFFFF' } } };
    for (const cell of zone.cells) styles.set(cell, style);
  }
  return styles;
}

/**
 * The grading table (客户分级表, DOMAIN 2.5): a summary sheet, then a sheet per rep with
 * exactly 序号 医院 科室 姓名 职称 处方行为 月均处方量(支) 客户分级 客户级别, cells coloured
 * by zone, header frozen, auto-filter, A4 landscape. 客户分级 and 处方行为 are the axis values
 * of the cell that counts (the override when there is one), so every row reads consistently.
 */
export async function exportGradingTable(ctx: Ctx, options: ExportOptions = {}): Promise<ExportFile> {
  const model = ctx.grading.model().definition;
  const vocabulary = gradeVocabulary(model);
  const styles = zoneStyles(model);
  const cells = boardGrid(model).rows.flat().filter((code) => code !== '');
  // Group by rep first: the summary comes first but needs every rep's counts.
  const byRep = new Map<string, { repName: string | null; rows: ExportRow[] }>();
  let total = 0;
  for (const row of exportRows(ctx, options)) {
    const key = row.repId === null ? '' : String(row.repId);
    let group = byRep.get(key);
    if (!group) byRep.set(key, (group = { repName: row.repName, rows: [] }));
    group.rows.push(row);
    total++;
  }
  const groups = [...byRep.values()];
  const unassigned = '未分配代表';
  const bytes = await writeWorkbook((workbook) => {
    const sheetName = sheetNamer();
    const summaryColumns = [
      { header: '代表', width: 14 },
      { header: '客户数', width: 9 },
      ...cells.map((code) => ({ header: code, width: 7 })),
      ...model.zones.map((zone) => ({ header: zone.name['zh-CN'], width: 9 })),
      { header: '已调整', width: 9 },
      { header: '未分级', width: 9 },
    ];
    const summary = addSheet(workbook, sheetName('汇总'), `客户分级表 · 汇总${options.region ? ` · ${options.region}` : ''}`, summaryColumns);
    summary.autoFilter = `A1:${columnLetter(summaryColumns.length)}1`;
    const totals = new Map<string, number>();
    const add = (key: string, n = 1) => totals.set(key, (totals.get(key) ?? 0) + n);
    for (const group of groups) {
      const counts = new Map<string, number>();
      let overridden = 0;
      let ungraded = 0;
      for (const row of group.rows) {
        if (row.cell) counts.set(row.cell, (counts.get(row.cell) ?? 0) + 1);
        else ungraded++;
        if (row.overrideCell) overridden++;
      }
      const zoneCounts = model.zones.map((zone) => zone.cells.reduce((sum, code) => sum + (counts.get(code) ?? 0), 0));
      const values: Cell[] = [
        group.repName ?? unassigned,
        group.rows.length,
        ...cells.map((code) => counts.get(code) ?? 0),
        ...zoneCounts,
        overridden,
        ungraded,
      ];
      values.forEach((value, index) => typeof value === 'number' && add(String(index), value));
      summary.addRow(values.map(safe)).commit();
    }
    const totalRow = summary.addRow(['合计', ...summaryColumns.slice(1).map((_, index) => totals.get(String(index + 1)) ?? 0)]);
    totalRow.font = { bold: true };
    totalRow.commit();
    summary.commit();

    for (const group of groups) {
      const repName = group.repName ?? unassigned;
      const sheet = addSheet(workbook, sheetName(repName), `客户分级表 · ${repName}`, [
        { header: GRADING_TABLE_HEADERS[0], width: 6 },
        { header: GRADING_TABLE_HEADERS[1], width: 26 },
        { header: GRADING_TABLE_HEADERS[2], width: 12 },
        { header: GRADING_TABLE_HEADERS[3], width: 10 },
        { header: GRADING_TABLE_HEADERS[4], width: 14 },
        { header: GRADING_TABLE_HEADERS[5], width: 9 },
        { header: GRADING_TABLE_HEADERS[6], width: 14 },
        { header: GRADING_TABLE_HEADERS[7], width: 9 },
        { header: GRADING_TABLE_HEADERS[8], width: 9 },
      ]);
      sheet.autoFilter = 'A1:I1';
      group.rows.forEach((row, index) => {
        const axes = row.cell ? vocabulary.split(row.cell) : { row: null, column: null };
        const excelRow = sheet.addRow(
          [index + 1, row.hospitalName, row.department, row.name, row.title, axes.column ?? row.behaviour, row.volumeOurs, axes.row, row.cell].map(safe),
        );
        const style = row.cell ? styles.get(row.cell) : undefined;
        if (style) {
          for (const column of [8, 9]) {
            const cell = excelRow.getCell(column);
            cell.fill = style.fill;
            cell.font = style.font;
            cell.alignment = { horizontal: 'center' };
          }
        }
        excelRow.commit();
      });
      sheet.commit();
    }
  });
  return { fileName: fileNameFor('客户分级表', options, 'xlsx', ctx.now()), mime: XLSX_MIME, bytes, rows: total, unrepresentable: [] };
}

/** The columns of the full client list, in order; attributes follow as their own columns. */
const CLIENT_COLUMNS: { field: ImportField; width: number; value: (row: ExportRow, zoneName: string | null) => Cell }[] = [
  { field: 'rowNumber', width: 7, value: () => null },
  { field: 'region', width: 10, value: (row) => row.region },
  { field: 'repName', width: 10, value: (row) => row.repName },
  { field: 'hospitalName', width: 26, value: (row) => row.hospitalName },
  { field: 'hospitalClass', width: 10, value: (row) => row.hospitalClass },
  { field: 'hospitalRevenueWan', width: 14, value: (row) => row.revenueWan },
  { field: 'hospitalBeds', width: 11, value: (row) => row.hospitalBeds },
  { field: 'department', width: 12, value: (row) => row.department },
  { field: 'name', width: 10, value: (row) => row.name },
  { field: 'title', width: 14, value: (row) => row.title },
  { field: 'bedsManaged', width: 8, value: (row) => row.bedsManaged },
  { field: 'volumeOurs', width: 14, value: (row) => row.volumeOurs },
  { field: 'volumeCompetitor', width: 16, value: (row) => row.volumeCompetitor },
  { field: 'behaviour', width: 9, value: (row) => row.behaviour },
  { field: 'formulaCell', width: 9, value: (row) => row.formulaCell },
  { field: 'overrideCell', width: 9, value: (row) => row.overrideCell },
  { field: 'overrideReason', width: 20, value: (row) => row.overrideReason },
  { field: 'cell', width: 9, value: (row) => row.cell },
  { field: 'zone', width: 8, value: (_row, zone) => zone },
];

function attributeKeys(ctx: Ctx, options: ExportOptions): string[] {
  const filter = regionFilter(options);
  return ctx.db
    // In the order they first appear (a file's column order survives the round trip).
    .prepare(`SELECT j.key FROM clients c, json_each(c.attributes) j ${filter.sql} GROUP BY j.key ORDER BY min(c.id), min(j.id), j.key`)
    .pluck()
    .all(filter.params) as string[];
}

interface ClientTable {
  headers: string[];
  widths: number[];
  rows: () => Generator<{ values: Cell[]; cell: string | null }>;
}

function clientTable(ctx: Ctx, options: ExportOptions): ClientTable {
  const model = ctx.grading.model().definition;
  const keys = attributeKeys(ctx, options);
  return {
    // An attribute named like a field would be read back as that field: it gets a suffix the importer takes off again.
    headers: [...CLIENT_COLUMNS.map((column) => FIELD_SPECS[column.field].header['zh-CN']), ...keys.map((key) => (guessField(key) ? `${key}${ATTRIBUTE_SUFFIX}` : key))],
    widths: [...CLIENT_COLUMNS.map((column) => column.width), ...keys.map(() => 14)],
    *rows() {
      let n = 0;
      for (const row of exportRows(ctx, options)) {
        n++;
        const zone = row.cell ? (zoneOfCell(model, row.cell)?.name['zh-CN'] ?? null) : null;
        const attributes = row.attributes === '{}' ? {} : (JSON.parse(row.attributes) as Record<string, Cell>);
        const values = CLIENT_COLUMNS.map((column) => (column.field === 'rowNumber' ? n : column.value(row, zone)));
        for (const key of keys) values.push(attributes[key] ?? null);
        yield { values, cell: row.cell };
      }
    },
  };
}

/** The full client list: every field, the formula's cell, the override and its reason, and every extra attribute. */
export async function exportClientList(ctx: Ctx, options: ExportOptions = {}): Promise<ExportFile> {
  const model = ctx.grading.model().definition;
  const styles = zoneStyles(model);
  const table = clientTable(ctx, options);
  const cellColumn = CLIENT_COLUMNS.findIndex((column) => column.field === 'cell') + 1;
  let count = 0;
  const bytes = await writeWorkbook((workbook) => {
    const sheet = addSheet(
      workbook,
      '客户',
      `客户清单${options.region ? ` · ${options.region}` : ''}`,
      table.headers.map((header, index) => ({ header, width: table.widths[index]! })),
    );
    sheet.autoFilter = `A1:${columnLetter(table.headers.length)}1`;
    for (const { values, cell } of table.rows()) {
      const row = sheet.addRow(values.map(safe));
      const style = cell ? styles.get(cell) : undefined;
      if (style) {
        const target = row.getCell(cellColumn);
        target.fill = style.fill;
        target.font = style.font;
      }
      row.commit();
      count++;
    }
    sheet.commit();
  });
  return { fileName: fileNameFor('客户清单', options, 'xlsx', ctx.now()), mime: XLSX_MIME, bytes, rows: count, unrepresentable: [] };
}

/**
 * The client list as CSV: UTF-8 with a byte-order mark and CRLF (what Excel on Chinese
 * Windows opens without 乱码), or GBK for old systems, listing every text GBK cannot hold.
 */
export function exportCsv(ctx: Ctx, options: ExportOptions & { encoding: 'utf-8' | 'gbk' }): ExportFile {
  const table = clientTable(ctx, options);
  const parts: string[] = [csvRecord(table.headers)];
  const unrepresentable: ExportFile['unrepresentable'] = [];
  const checked = new Map<string, boolean>();
  const fits = (text: string): boolean => {
    if (!NON_ASCII.test(text)) return true;
    let ok = checked.get(text);
    if (ok === undefined) {
      ok = iconv.decode(iconv.encode(text, 'gbk'), 'gbk') === text;
      if (checked.size < 100_000) checked.set(text, ok);
    }
    return ok;
  };
  let count = 0;
  for (const { values } of table.rows()) {
    count++;
    if (options.encoding === 'gbk') {
      values.forEach((value, index) => {
        if (typeof value === 'string' && !fits(value) && unrepresentable.length < 1000) {
          unrepresentable.push({ row: count + 1, column: table.headers[index]!, text: value.slice(0, 100) });
        }
      });
    }
    parts.push(csvRecord(values as CsvValue[]));
  }
  const text = parts.join('');
  const bytes = options.encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  return { fileName: fileNameFor('客户清单', options, 'csv', ctx.now(), options.encoding === 'gbk' ? 'GBK' : null), mime: 'text/csv', bytes, rows: count, unrepresentable };
}

function fileNameFor(base: string, options: ExportOptions, extension: string, now: string, suffix: string | null = null): string {
  const region = options.region ? `-${safeFileNamePart(options.region, 40)}` : '';
  return `${base}${region}-${now.slice(0, 10)}${suffix ? `-${suffix}` : ''}.${extension}`;
}
