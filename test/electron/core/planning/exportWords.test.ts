import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../../shared/contract';
import type { DemoRegionId } from '../../../../shared/demo/demoRegions';
import type { Core } from '../../../../electron/core/openCore';
import { openTestCore } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';

/** The plan exports speak the model's words: its organisations and units in the headers, its clients and contacts in the sections. */

const tempDir = useTempDir();
const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

async function workbookOf(region: DemoRegionId, period: string) {
  const core = await openTestCore(tempDir(), { seedDemo: region });
  cores.push(core);
  const api = createApi(core.router);
  const file = await api.call('planning.exportXlsx', { period });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const sheets = workbook.worksheets.map((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    return rows;
  });
  // The app's own texts: titles, headers, section heads, zone lines (client rows start with a date or are indented by two empty cells).
  const own = sheets.flatMap((rows) => rows.filter((row) => row[0] !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(row[0]!)));
  return { fileName: file.fileName, sheets, text: own.flat().join('\n') };
}

describe('plan exports in the model’s words', () => {
  it('B2B: 单位, 部门 and 职位 columns, no hospital words anywhere', async () => {
    const { sheets, text } = await workbookOf('b2b', '2026-12');
    for (const rows of sheets) expect(rows[2]).toEqual(['日期', '星期', '单位', '部门', '姓名', '职位', '级别', '区域', '备注']);
    const visits = sheets.flatMap((rows) => rows.filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r[0]!)));
    expect(visits.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/医院|科室|医生|处方|职称/);
  });

  it('staff: 团队, its 部门 and 职位, reviews (面谈) instead of visits', async () => {
    const { fileName, sheets, text } = await workbookOf('staff', '2026-12');
    expect(fileName).toMatch(/^面谈计划-/);
    for (const rows of sheets) expect(rows[2]).toEqual(['日期', '星期', '团队', '部门', '姓名', '职位', '级别', '区域', '备注']);
    expect(text).not.toMatch(/医院|科室|医生|处方|职称|拜访|客户/);
  });

  it('retail: 门店 and 片区; no title column, as no retailer has one, and the zone in its own column', async () => {
    const { sheets, text } = await workbookOf('retail', '2026-12');
    for (const rows of sheets) expect(rows[2]).toEqual(['日期', '星期', '门店', '片区', '姓名', '级别', '区域', '备注']);
    const visits = sheets.flatMap((rows) => rows.filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r[0]!)));
    expect(visits.length).toBeGreaterThan(0);
    expect(visits.every((r) => r[6] !== '' && r.length <= 8)).toBe(true);
    expect(text).not.toMatch(/医院|科室|医生|处方|职称/);
  });

  it('pharma keeps its columns, the doctor’s title among them', async () => {
    const { sheets } = await workbookOf('pharma', '2026-12');
    for (const rows of sheets) expect(rows[2]).toEqual(['日期', '星期', '医院', '科室', '姓名', '职称', '级别', '区域', '备注']);
  });
});
