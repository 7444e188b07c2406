/**
 * Regenerates test/fixtures/spreadsheets/: real files written by real programs.
 *
 *   npx tsx scripts/make-spreadsheet-fixtures.ts
 *
 * Needs LibreOffice and msoffcrypto-tool (Debian: apt-get install -y libreoffice-calc python3-uno
 * python3-msoffcrypto-tool). The generated
 * files are committed, so CI never needs LibreOffice. Sources are written here as Flat ODS
 * (LibreOffice's own XML) with merged cells, two-line headers, hidden sheets and formulas,
 * then LibreOffice saves them as .xlsx, .xls, .ods, .csv (UTF-8, GBK, Big5, UTF-16 "Unicode
 * text") and HTML. A password-protected workbook is saved through LibreOffice's UNO API
 * (scripts/lo-store-with-password.py) for .xls, and encrypted with officecrypto-tool for .xlsx
 * (checked by decrypting it with msoffcrypto-tool); files with no saved formula results are written by
 * exceljs's streaming writer, the way many generators write them. Damaged files are cut or
 * altered copies of the real ones; crafted parts (a wrong dimension, a shared-string bomb) are
 * put into real workbooks with python3's zipfile. What each file must give is in expected.json, which
 * test/electron/core/transfer/fixtures.test.ts checks.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'test/fixtures/spreadsheets');
const work = mkdtempSync(join(tmpdir(), 'tg-fixtures-'));
const profile = join(work, 'profile');
const require = createRequire(import.meta.url);

type Value = string | number | null;
interface CellSpec {
  v: Value;
  /** An OpenFormula, e.g. 'of:=SUM([.G6:.G9])'; `v` is the result LibreOffice also stores. */
  f?: string;
  /** Merge: rows down and columns across from this cell. */
  rows?: number;
  cols?: number;
  /** A date as YYYY-MM-DD. */
  date?: string;
}
type Row = (Value | CellSpec)[];
interface SheetSpec {
  name: string;
  hidden?: boolean;
  rows: Row[];
}

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A Flat ODS document: merges become spanned and covered cells, formulas keep their results. */
function fods(sheets: SheetSpec[]): string {
  const tables = sheets.map((sheet) => {
    const covered = new Set<string>();
    const width = Math.max(...sheet.rows.map((row) => row.length), 1);
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell && typeof cell === 'object' && (cell.rows || cell.cols)) {
          for (let dr = 0; dr < (cell.rows ?? 1); dr++) for (let dc = 0; dc < (cell.cols ?? 1); dc++) if (dr || dc) covered.add(`${r + dr}:${c + dc}`);
        }
      }),
    );
    const rowsXml = sheet.rows
      .map((row, r) => {
        const cells: string[] = [];
        for (let c = 0; c < width; c++) {
          if (covered.has(`${r}:${c}`)) {
            cells.push('<table:covered-table-cell/>');
            continue;
          }
          const raw = row[c] ?? null;
          const cell: CellSpec = raw !== null && typeof raw === 'object' ? raw : { v: raw };
          const span = `${cell.rows ? ` table:number-rows-spanned="${cell.rows}"` : ''}${cell.cols ? ` table:number-columns-spanned="${cell.cols}"` : ''}`;
          const formula = cell.f ? ` table:formula="${esc(cell.f)}"` : '';
          if (cell.date) {
            cells.push(`<table:table-cell${span}${formula} table:style-name="date" office:value-type="date" office:date-value="${cell.date}"><text:p>${cell.date}</text:p></table:table-cell>`);
          } else if (typeof cell.v === 'number') {
            cells.push(`<table:table-cell${span}${formula} office:value-type="float" office:value="${cell.v}"><text:p>${cell.v}</text:p></table:table-cell>`);
          } else if (typeof cell.v === 'string') {
            const type = cell.f && cell.v.startsWith('#') ? ' office:value-type="string" office:string-value=""' : ' office:value-type="string"';
            cells.push(`<table:table-cell${span}${formula}${type}><text:p>${esc(cell.v)}</text:p></table:table-cell>`);
          } else {
            cells.push(`<table:table-cell${span}/>`);
          }
        }
        return `<table:table-row>${cells.join('')}</table:table-row>`;
      })
      .join('\n');
    return `<table:table table:name="${esc(sheet.name)}"${sheet.hidden ? ' table:style-name="hidden"' : ' table:style-name="shown"'}>${rowsXml}</table:table>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="isoDate"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
 <style:style style:name="date" style:family="table-cell" style:data-style-name="isoDate"/>
 <style:style style:name="hidden" style:family="table"><style:table-properties table:display="false"/></style:style>
 <style:style style:name="shown" style:family="table"><style:table-properties table:display="true"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
${tables.join('\n')}
</office:spreadsheet></office:body></office:document>
`;
}

function soffice(args: string[]): void {
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, ...args], { cwd: work, stdio: 'ignore', timeout: 300_000 });
}

/** LibreOffice saves each source in the format; returns the output path per source. */
function convert(sources: string[], filter: string, extension: string, subdir: string): Map<string, string> {
  const dir = join(work, subdir);
  mkdirSync(dir, { recursive: true });
  soffice(['--convert-to', filter, '--outdir', dir, ...sources.map((source) => join(work, source))]);
  const outputs = new Map<string, string>();
  for (const source of sources) outputs.set(source, join(dir, source.replace(/\.fods$/, `.${extension}`)));
  return outputs;
}

/** One part of a zip, as stored (python3's zipfile checks its CRC). */
function zipPart(path: string, part: string): string {
  return execFileSync('/usr/bin/python3', ['-c', 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))', path, part], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Uncompressed and compressed size of one part. */
function zipSizes(path: string, part: string): { size: number; compressed: number } {
  const out = execFileSync('/usr/bin/python3', ['-c', 'import sys, zipfile; i = zipfile.ZipFile(sys.argv[1]).getinfo(sys.argv[2]); print(i.file_size, i.compress_size)', path, part], { encoding: 'utf8' });
  const [size, compressed] = out.trim().split(' ').map(Number);
  return { size: size!, compressed: compressed! };
}

// Every part copied as it is except the replaced ones, and [Content_Types].xml moved first, where
// Excel and WPS write it (LibreOffice writes it last).
const REZIP = `
import sys, zipfile
src, dst, *pairs = sys.argv[1:]
new = {pairs[i]: open(pairs[i + 1], 'rb').read() for i in range(0, len(pairs), 2)}
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w') as zout:
    for info in sorted(zin.infolist(), key=lambda info: info.filename != '[Content_Types].xml'):
        zout.writestr(info, new.pop(info.filename) if info.filename in new else zin.read(info))
if new: sys.exit('no such parts: ' + ', '.join(new))
`;

/** Replaces parts of a workbook in place, with python3's zipfile (another zip writer than LibreOffice's). */
function rezip(path: string, parts: Record<string, string>): void {
  const dir = mkdtempSync(join(work, 'rezip-'));
  const args = Object.entries(parts).flatMap(([part, text], i) => {
    writeFileSync(join(dir, `${i}.xml`), text);
    return [part, join(dir, `${i}.xml`)];
  });
  execFileSync('/usr/bin/python3', ['-c', REZIP, path, join(dir, 'out.zip'), ...args], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 60_000 });
  copyFileSync(join(dir, 'out.zip'), path);
}

// ---------------------------------------------------------------- sources

const H = (v: string, extra: Partial<CellSpec> = {}): CellSpec => ({ v, ...extra });

/** DOMAIN 2.5, exactly: 序号 医院 科室 姓名 职称 处方行为 月均处方量(支) 客户分级 客户级别. */
const gradingTable: SheetSpec[] = [
  {
    name: '客户分级表',
    rows: [
      ['序号', '医院', '科室', '姓名', '职称', '处方行为', '月均处方量(支)', '客户分级', '客户级别'],
      [1, '市第一人民医院', '心内科', '张伟', '主任医师', 1, 500, 'A', 'A1'],
      [2, '市第一人民医院', '心内科', '王芳', '副主任医师', 1, 800, 'A', 'A1'],
      [3, '市第一人民医院', '神经内科', '李娜', '主治医师', 2, 300, 'A', 'A2'],
      [4, '市中医院', '内分泌科', '刘强', '主治医师', 3, 0, 'B', 'B3'],
      [5, '市中医院', '内分泌科', '陈静', '住院医师', 2, 120, 'B', 'B2'],
      [6, '城东社区卫生服务中心', '全科', '杨磊', '主治医师', 1, 60, 'C', 'C1'],
      [7, '城东社区卫生服务中心', '全科', '赵敏', '住院医师', 3, 0, 'C', 'C3'],
      [8, '市第二人民医院', '呼吸科', '黄军', '主任医师', 2, 420, 'A', 'A2'],
    ],
  },
];

/**
 * A hand-made WPS-style table: a merged title and a note above the header, a two-line
 * header (月用量 over 我方 | 竞品), the hospital and its class merged down over its doctors,
 * 三甲 / 主任医师（教授）/ 首选 words, "500支", full-width digits, thousands separators, a blank
 * row between hospitals and a 合计 row with a SUM formula.
 */
const managerTable: SheetSpec[] = [
  {
    name: '一季度',
    rows: [
      [H('华东区 2026年第一季度 客户分级表', { cols: 11 })],
      [H('填表人：王经理　　填表日期：2026年3月31日', { cols: 11 })],
      [],
      [
        H('序号', { rows: 2 }),
        H('医院名称', { rows: 2 }),
        H('医院级别', { rows: 2 }),
        H('科室', { rows: 2 }),
        H('医生姓名', { rows: 2 }),
        H('职称', { rows: 2 }),
        H('月用量', { cols: 2 }),
        null,
        H('处方倾向', { rows: 2 }),
        H('最近拜访', { rows: 2 }),
        H('备注', { rows: 2 }),
      ],
      [null, null, null, null, null, null, '我方', '竞品', null, null, null],
      [1, H('上海市第六人民医院', { rows: 3 }), H('三甲', { rows: 3 }), '心内科', '周建国', '主任医师（教授）', '500支', '300支', '首选', { v: null, date: '2026-03-12' }, '科室主任'],
      [2, null, null, '心内科', '吴晓梅', '副主任医师', '５００', '８００', '次选', { v: null, date: '2026-03-20' }, null],
      [3, null, null, '肾内科', '徐立', '主治医师', '1,234', 900, '首选', null, '=HYPERLINK("http://x")'],
      [],
      [4, H('浦东新区人民医院', { rows: 2 }), H('二级甲等', { rows: 2 }), '内分泌科', '孙丽', '主治医师', '约200', 150, '竞品', null, null],
      [5, null, null, '内分泌科', '朱海涛', '住院医师', '—', '不详', '未用', null, '新调入'],
      [6, '金杨社区卫生服务中心', '社区卫生服务中心', '全科', '胡敏', '主治医师(讲师)', 60, 0, '首选', null, null],
      [H('合计'), null, null, null, null, null, { v: 1994, f: 'of:=SUM([.G6:.G12])' }, { v: 2150, f: 'of:=SUM([.H6:.H12])' }, null, null, null],
    ],
  },
];

/** The same doctors twice: a full-width hospital name, a changed volume, an exact copy. */
const duplicatesTable: SheetSpec[] = [
  {
    name: 'Sheet1',
    rows: [
      ['医院', '科室', '姓名', '职称', '医院级别', '处方行为', '月均处方量(支)'],
      ['第1人民医院', '心内科', '郑凯', '主任医师', '三级', '首选', 300],
      ['第１人民医院', '心内科', '郑凯', '主任医师', '三级', '首选', 350],
      ['第1人民医院', '心内科', '冯雪', '主治医师', '三级', '次选', 100],
      ['第1人民医院', '心内科', '冯雪', '主治医师', '三级', '次选', 100],
      ['第1人民医院', '骨科', '郑凯', '住院医师', '三级', '竞品', 0],
    ],
  },
];

/** Three sheets: the data, a hidden old copy, a notes sheet. */
const sheetsTable: SheetSpec[] = [
  {
    name: '客户',
    rows: [
      ['医院', '科室', '姓名', '职称', '医院级别', '处方行为'],
      ['省立医院', '消化科', '蒋涛', '主任医师', '三甲', '首选'],
      ['省立医院', '消化科', '韩梅', '主治医师', '三甲', '竞品'],
    ],
  },
  {
    name: '旧数据',
    hidden: true,
    rows: [
      ['医院', '科室', '姓名', '职称'],
      ['省立医院', '消化科', '旧名字', '住院医师'],
    ],
  },
  { name: '说明', rows: [['本表由区域经理每季度更新。'], ['级别说明：A 高潜力，B 中潜力，C 低潜力。']] },
];

/** Formulas with saved results, and one that fails (#DIV/0!). */
const formulasTable: SheetSpec[] = [
  {
    name: '公式',
    rows: [
      ['医院', '科室', '姓名', '职称', '医院级别', '本品用量', '竞品用量'],
      ['市立医院', '心内科', '曹阳', '主任医师', '三级', { v: 500, f: 'of:=200+300' }, 100],
      ['市立医院', '心内科', '彭丽', '主治医师', '三级', { v: '#DIV/0!', f: 'of:=1/0' }, 100],
      ['市立医院', '心内科', { v: '卢峰', f: 'of:=CONCATENATE("卢";"峰")' }, '主治医师', '三级', 80, 80],
    ],
  },
];

/** Rows of data and no header at all. */
const noHeaderTable: SheetSpec[] = [
  {
    name: 'Sheet1',
    rows: [
      [1, '市第一人民医院', '心内科', '张伟', '主任医师', 1, 500],
      [2, '市第一人民医院', '心内科', '王芳', '副主任医师', 1, 800],
    ],
  },
];

const emptyTable: SheetSpec[] = [{ name: 'Sheet1', rows: [] }];

/** Two regions' grading tables for a national roll-up: 何平 is in both, graded differently. */
const regionEast: SheetSpec[] = [
  {
    name: '华东',
    rows: [
      ['序号', '医院', '科室', '姓名', '职称', '处方行为', '月均处方量(支)', '客户分级', '客户级别'],
      [1, '华山医院', '心内科', '何平', '主任医师', 1, 600, 'A', 'A1'],
      [2, '华山医院', '心内科', '罗琳', '主治医师', 2, 200, 'A', 'A2'],
    ],
  },
];
const regionNorth: SheetSpec[] = [
  {
    name: '华北',
    rows: [
      ['序号', '医院', '科室', '姓名', '职称', '处方行为', '月均处方量(支)', '客户分级', '客户级别'],
      [1, '华山医院', '心内科', '何平', '主任医师', 2, 300, 'A', 'A2'],
      [2, '协和医院', '呼吸科', '马超', '副主任医师', 1, 700, 'A', 'A1'],
    ],
  },
];

/** CSV content: quoted commas and line breaks, a formula-like text, a negative number in an attribute. */
const csvTable: SheetSpec[] = [
  {
    name: 'csv',
    rows: [
      ['医院', '科室', '姓名', '职称', '医院级别', '处方行为', '月均处方量(支)', '备注'],
      ['第一医院', '心内科', '林　涛', '主任医师', '三甲', '首选', 500, '喜欢周二上午, 不要打电话'],
      ['第一医院', '心内科', '高原', '主治医师', '三甲', '次选', 200, '两行\n备注'],
      ['第二医院', '"特需"门诊', '谢宁', '住院医师', '二甲', '竞品', 0, '-5'],
    ],
  },
];

/** A Taiwan / Hong Kong table in traditional characters, for Big5. */
const traditionalTable: SheetSpec[] = [
  {
    name: 'big5',
    rows: [
      ['醫院', '科室', '姓名', '職稱', '醫院級別', '處方行為', '月均處方量(支)'],
      ['臺大醫院', '心臟內科', '林濤', '主任醫師', '三級', '首選', 500],
      ['臺大醫院', '心臟內科', '高原', '主治醫師', '三級', '次選', 200],
      ['馬偕醫院', '門診', '謝寧', '住院醫師', '二級', '競品', 0],
    ],
  },
];

/** Titles, classes and behaviours with a trailing note in half- or full-width brackets, with and without spaces. */
const bracketNotesTable: SheetSpec[] = [
  {
    name: '备注写法',
    rows: [
      ['医院', '科室', '姓名', '职称', '医院级别', '处方行为', '月均处方量(支)'],
      ['市第一人民医院', '心内科', '秦川', '住院医师(规培)', '三甲（综合）', '首选', 100],
      ['市第一人民医院', '心内科', '沈月', '住院医师（规培）', '三甲', '次选 (试用中)', 50],
      ['市第一人民医院', '心内科', '韦东', '住院医师 （规培）', '三甲 【省重点】', '竞品', 0],
      ['市中医院', '内分泌科', '柏青', '主治医师【进修】', '二甲', '首选（主推）', 200],
      ['市中医院', '内分泌科', '贺兰', '住院医师', '二甲', '首选', 20],
    ],
  },
];

/** A header row and nothing under it, as a manager saves a blank template. */
const headerOnlyTable: SheetSpec[] = [{ name: '模板', rows: [['医院', '科室', '姓名', '职称', '医院级别', '处方行为', '月均处方量(支)']] }];

/** An ordinary table, given the worksheet dimension WPS writes on some files (A1:A1) in the build below. */
const wpsDimensionTable: SheetSpec[] = [
  {
    name: 'Sheet1',
    rows: [
      ['医院', '科室', '姓名', '职称', '医院级别', '处方行为', '月均处方量(支)'],
      ['市人民医院', '心内科', '韩梅', '主任医师', '三甲', '首选', 300],
      ['市人民医院', '心内科', '周涛', '副主任医师', '三甲', '次选', 200],
      ['市人民医院', '神经内科', '孙悦', '住院医师', '三甲', '竞品', 0],
      ['县人民医院', '骨科', '李强', '主治医师', '二甲', '首选', 120],
      ['城南社区卫生服务中心', '全科', '王丽', '主治医师', '社区卫生服务中心', '次选', 40],
    ],
  },
];

/**
 * Words no default dictionary knows, next to known ones: titles 主管医师 (rows 2, 4) and 专家
 * (row 5), the class 省级医院 (rows 2, 3), behaviours 主用 (rows 2, 4, 6) and 偶尔用 (row 7).
 */
const unknownWordsTable: SheetSpec[] = [
  {
    name: 'Sheet1',
    rows: [
      ['医院', '科室', '姓名', '职称', '医院级别', '处方行为', '月均处方量(支)'],
      ['省人民医院', '心内科', '赵刚', '主管医师', '省级医院', '主用', 400],
      ['省人民医院', '心内科', '钱丽', '主任医师', '省级医院', '首选', 350],
      ['市第一人民医院', '呼吸科', '孙伟', '主管医师', '三甲', '主用', 200],
      ['市第一人民医院', '呼吸科', '李娟', '专家', '三甲', '次选', 150],
      ['市第一人民医院', '消化科', '周敏', '主治医师', '三甲', '主用', 180],
      ['市第一人民医院', '消化科', '吴昊', '主任医师', '三甲', '偶尔用', 30],
      ['市第二人民医院', '骨科', '郑洁', '主治医师', '三甲', '首选', 90],
      ['市第二人民医院', '骨科', '王磊', '主任医师', '三甲', '次选', 60],
    ],
  },
];

/**
 * Text typed with a leading apostrophe to keep it text ('0571-…, '-…, '=…). In a string cell the
 * apostrophe is part of the text, and LibreOffice writes it to the CSV as it is.
 */
const apostropheTable: SheetSpec[] = [
  {
    name: 'Sheet1',
    rows: [
      ['医院', '科室', '姓名', '职称', '电话', '备注'],
      ['市人民医院', '心内科', '林峰', '主任医师', "'0571-88886666", "'-已停药"],
      ['市人民医院', '心内科', '陈雪', '主治医师', '0571-88887777', "'=已核对"],
      ['市中医院', '内分泌科', '黄磊', '住院医师', '0571-86661234', '每月复诊'],
    ],
  },
];

const sources: [string, SheetSpec[]][] = [
  ['grading-table.fods', gradingTable],
  ['manager-wps.fods', managerTable],
  ['duplicates.fods', duplicatesTable],
  ['sheets-hidden.fods', sheetsTable],
  ['formulas.fods', formulasTable],
  ['no-header.fods', noHeaderTable],
  ['empty-sheet.fods', emptyTable],
  ['region-east.fods', regionEast],
  ['region-north.fods', regionNorth],
  ['csv-content.fods', csvTable],
  ['traditional.fods', traditionalTable],
  ['bracket-notes.fods', bracketNotesTable],
  ['header-only.fods', headerOnlyTable],
  ['wps-dimension.fods', wpsDimensionTable],
  ['unknown-words.fods', unknownWordsTable],
  ['apostrophe-text.fods', apostropheTable],
];

// Sources saved only as CSV.
const csvOnly = new Set(['traditional.fods', 'apostrophe-text.fods']);

// ---------------------------------------------------------------- build

try {
  for (const [name, sheets] of sources) writeFileSync(join(work, name), fods(sheets));
  const all = sources.map(([name]) => name).filter((name) => !csvOnly.has(name));
  const xlsx = convert(all, 'xlsx:Calc MS Excel 2007 XML', 'xlsx', 'xlsx');
  const xls = convert(['grading-table.fods'], 'xls:MS Excel 97', 'xls', 'xls');
  const ods = convert(['grading-table.fods'], 'ods', 'ods', 'ods');
  const html = convert(['grading-table.fods'], 'html:HTML (StarCalc)', 'html', 'html');
  const pdf = convert(['grading-table.fods'], 'pdf:calc_pdf_Export', 'pdf', 'pdf');
  // CSV: separator code, text delimiter code, character set (76 UTF-8, 85 GBK, 86 Big5, 65535 UTF-16LE with BOM).
  const csvUtf8 = convert(['csv-content.fods', 'apostrophe-text.fods'], 'csv:Text - txt - csv (StarCalc):44,34,76,1', 'csv', 'csv-utf8');
  const csvGbk = convert(['csv-content.fods'], 'csv:Text - txt - csv (StarCalc):44,34,85,1', 'csv', 'csv-gbk');
  const csvBig5 = convert(['traditional.fods'], 'csv:Text - txt - csv (StarCalc):44,34,86,1', 'csv', 'csv-big5');
  const csvSemicolon = convert(['csv-content.fods'], 'csv:Text - txt - csv (StarCalc):59,34,76,1', 'csv', 'csv-semicolon');
  const unicodeText = convert(['csv-content.fods'], 'csv:Text - txt - csv (StarCalc):9,34,65535,1', 'csv', 'csv-utf16');
  const gbkGrading = convert(['manager-wps.fods'], 'csv:Text - txt - csv (StarCalc):44,34,85,1', 'csv', 'csv-wps-gbk');

  // Replace the generated files; expected.json (written by hand) stays.
  mkdirSync(outDir, { recursive: true });
  for (const file of readdirSync(outDir)) if (file !== 'expected.json') rmSync(join(outDir, file), { force: true });
  const put = (from: string, name: string) => copyFileSync(from, join(outDir, name));
  for (const [source, path] of xlsx) put(path, source.replace('.fods', '.xlsx'));
  put(xls.get('grading-table.fods')!, 'legacy.xls');
  put(ods.get('grading-table.fods')!, 'calc.ods');
  put(html.get('grading-table.fods')!, 'web-page.xls');
  put(pdf.get('grading-table.fods')!, 'not-a-spreadsheet.xlsx');
  put(csvUtf8.get('csv-content.fods')!, 'utf8-no-bom.csv');
  writeFileSync(join(outDir, 'utf8-bom.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(csvUtf8.get('csv-content.fods')!)]));
  put(csvGbk.get('csv-content.fods')!, 'gbk.csv');
  put(csvBig5.get('traditional.fods')!, 'big5.csv');
  put(csvSemicolon.get('csv-content.fods')!, 'semicolon.csv');
  put(unicodeText.get('csv-content.fods')!, 'unicode-text.txt');
  put(gbkGrading.get('manager-wps.fods')!, 'manager-wps-gbk.csv');
  put(csvUtf8.get('apostrophe-text.fods')!, 'apostrophe-text.csv');
  if (!readFileSync(join(outDir, 'apostrophe-text.csv'), 'utf8').includes(`"'=已核对"`)) throw new Error('apostrophe-text.csv lost the leading apostrophes');
  // The full-width comma is not a separator LibreOffice offers; it is what some Chinese exports write.
  // A CSV saved under an .xlsx name (a renamed export): the importer must say so, not read it silently.
  put(csvUtf8.get('csv-content.fods')!, 'text-named.xlsx');
  writeFileSync(join(outDir, 'fullwidth-comma.csv'), readFileSync(csvUtf8.get('csv-content.fods')!, 'utf8').replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/gm, '，'));

  // A password-protected workbook (LibreOffice 7.4 writes passwords for .xls, not for .xlsx).
  execFileSync('/usr/bin/python3', [join(root, 'scripts/lo-store-with-password.py'), join(work, 'grading-table.fods'), join(outDir, 'password.xls'), 'secret', 'MS Excel 97', profile], {
    stdio: 'ignore',
    timeout: 120_000,
  });

  // A password-protected .xlsx: LibreOffice's workbook encrypted the way Excel 2010 and later do
  // (ECMA-376 agile encryption) by officecrypto-tool, then opened again with Debian's
  // msoffcrypto-tool (python3-msoffcrypto-tool), an independent implementation, which must give
  // back the same bytes.
  const { encrypt } = require('officecrypto-tool') as { encrypt(input: Buffer, options: { password: string }): Promise<Buffer> };
  const plain = readFileSync(join(outDir, 'grading-table.xlsx'));
  writeFileSync(join(outDir, 'password.xlsx'), await encrypt(plain, { password: 'secret' }));
  execFileSync('msoffcrypto-tool', ['-p', 'secret', join(outDir, 'password.xlsx'), join(work, 'decrypted.xlsx')], { stdio: 'ignore', timeout: 60_000 });
  if (!readFileSync(join(work, 'decrypted.xlsx')).equals(plain)) throw new Error('password.xlsx does not decrypt to the workbook it was made from');

  // Damaged copies of a real workbook.
  const real = readFileSync(join(outDir, 'grading-table.xlsx'));
  writeFileSync(join(outDir, 'truncated.xlsx'), real.subarray(0, Math.floor(real.length * 0.6)));
  const corrupt = Buffer.from(real);
  // The local header of the worksheet part loses its signature: the zip directory still points at it.
  const sheetName = Buffer.from('xl/worksheets/sheet1.xml');
  const at = corrupt.indexOf(sheetName);
  corrupt.write('XXXX', at - 30, 'latin1');
  writeFileSync(join(outDir, 'corrupt.xlsx'), corrupt);
  writeFileSync(join(outDir, 'empty.xlsx'), Buffer.alloc(0));

  // WPS writes a worksheet dimension of A1:A1 on some files whatever the data: it must not be trusted.
  const wps = join(outDir, 'wps-dimension.xlsx');
  const wpsSheet = zipPart(wps, 'xl/worksheets/sheet1.xml');
  if (!/<dimension ref="[^"]*"\/>/.test(wpsSheet)) throw new Error('wps-dimension.xlsx has no dimension to rewrite');
  rezip(wps, { 'xl/worksheets/sheet1.xml': wpsSheet.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:A1"/>') });

  // Shared strings as a "billion laughs": 3000 rows × 7 cells all point at one 30,000-character
  // string (630 million characters once expanded) in a file of a few hundred KB. The sheet must not
  // compress so well that the zip-bomb ratio check (200) refuses it first: the expansion is the case.
  const bomb = join(outDir, 'shared-string-bomb.xlsx');
  copyFileSync(xlsx.get('header-only.fods')!, bomb);
  const strings = zipPart(bomb, 'xl/sharedStrings.xml');
  const header = zipPart(bomb, 'xl/worksheets/sheet1.xml');
  const bombRows = Array.from({ length: 3000 }, (_, i) => {
    const r = i + 2;
    return `<row r="${r}">${[...'ABCDEFG'].map((column) => `<c r="${column}${r}" t="s"><v>7</v></c>`).join('')}</row>`;
  }).join('');
  const bombStrings = strings.replace('count="7" uniqueCount="7"', 'count="21007" uniqueCount="8"').replace('</sst>', `<si><t>${'长'.repeat(30_000)}</t></si></sst>`);
  const bombSheet = header.replace('<dimension ref="A1:G1"/>', '<dimension ref="A1:G3001"/>').replace('</sheetData>', `${bombRows}</sheetData>`);
  if (!strings.includes('count="7" uniqueCount="7"') || !header.includes('<dimension ref="A1:G1"/>')) throw new Error('header-only.xlsx is not the workbook shared-string-bomb.xlsx expects');
  rezip(bomb, { 'xl/sharedStrings.xml': bombStrings, 'xl/worksheets/sheet1.xml': bombSheet });
  const { size, compressed } = zipSizes(bomb, 'xl/worksheets/sheet1.xml');
  if (size / compressed >= 150) throw new Error(`shared-string-bomb.xlsx: sheet1.xml compresses ${Math.round(size / compressed)}:1`);

  // Formulas without saved results, as generators write them: exceljs's streaming writer.
  const ExcelJS = require('exceljs') as typeof import('exceljs');
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(outDir, 'formula-no-result.xlsx'), useSharedStrings: true });
  const sheet = writer.addWorksheet('生成');
  sheet.addRow(['医院', '科室', '姓名', '职称', '月均处方量(支)']).commit();
  sheet.addRow(['市立医院', '心内科', '石磊', '主任医师', { formula: 'SUM(100,200)' }]).commit();
  sheet.addRow(['市立医院', '心内科', '万芳', '主治医师', 150]).commit();
  sheet.commit();
  await writer.commit();

  process.stdout.write(`${readdirSync(outDir).sort().join('\n')}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
