import type { PlanReport } from '../../../shared/contract/planningMethods';
import { weekdayOf } from '../../../shared/planning/dates';
import { neutraliseFormula, sheetNamer } from '../../../shared/transfer/spreadsheetText';
import { writeWorkbook, XLSX_MIME } from '../transfer/xlsxWriter';
import { safeFilePart, WEEKDAYS_ZH, zoneNames } from './exportText';

const SOURCE_TEXT = { plan: '', added: '手动添加', moved: '手动调整' } as const;

/**
 * The plan as a workbook, one sheet per rep, written with exceljs's streaming writer (rows are
 * committed as they are written). Columns follow the printed plan: date, weekday, hospital,
 * department, name, title, cell, zone (name in text), and whether the visit was set by hand.
 */
export async function planWorkbook(report: PlanReport): Promise<{ fileName: string; mime: string; base64: string }> {
  const zones = zoneNames(report);
  const zoneColor = new Map(report.zones.map((zone) => [zone.id, zone.color.replace('#', '').toUpperCase()]));
  const sheetName = sheetNamer();
  const bytes = await writeWorkbook((workbook) => {
    for (const rep of report.reps) {
      const sheet = workbook.addWorksheet(sheetName(rep.repName), {
        views: [{ state: 'frozen', ySplit: 3 }],
        pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
      });
      sheet.columns = [
        { key: 'date', width: 12 },
        { key: 'weekday', width: 6 },
        { key: 'hospital', width: 26 },
        { key: 'department', width: 12 },
        { key: 'name', width: 10 },
        { key: 'title', width: 12 },
        { key: 'cell', width: 8 },
        { key: 'zone', width: 8 },
        { key: 'source', width: 10 },
      ];
      const capacity = rep.months.reduce((s, m) => s + m.capacity, 0);
      const load = rep.months.reduce((s, m) => s + m.load, 0);
      const scheduled = rep.months.reduce((s, m) => s + m.scheduled, 0);
      const title = sheet.addRow([neutraliseFormula(`拜访频率计划 · ${rep.repName} · ${report.period}`)]);
      title.font = { bold: true, size: 14 };
      title.commit();
      sheet
        .addRow([`产能 ${capacity}`, '', `负荷 ${load}`, `已安排 ${scheduled}`, `每日 ${rep.visitsPerDay}`])
        .commit();
      const header = sheet.addRow(['日期', '星期', '医院', '科室', '姓名', '职称', '级别', '区域', '备注']);
      header.font = { bold: true };
      header.commit();
      const byId = new Map(rep.clients.map((c) => [c.id, c]));
      for (const month of rep.months) {
        for (const day of month.days) {
          for (const visit of day.visits) {
            const client = byId.get(visit.clientId);
            if (!client) continue;
            const row = sheet.addRow([
              day.date,
              WEEKDAYS_ZH[weekdayOf(day.date)]!,
              neutraliseFormula(client.hospitalName ?? ''),
              neutraliseFormula(client.department ?? ''),
              neutraliseFormula(client.name),
              neutraliseFormula(client.title ?? ''),
              client.cell ?? '',
              client.zoneId ? (zones.get(client.zoneId) ?? client.zoneId) : '',
              SOURCE_TEXT[visit.source],
            ]);
            const color = client.zoneId ? zoneColor.get(client.zoneId) : undefined;
            if (color && color.length === 6) {
              row.getCell(8).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${color}` } };
              row.getCell(8).font = { color: { argb: 'FFFFFFFF' }, bold: true };
            }
            row.commit();
          }
        }
      }
      const cut = rep.clients.filter((c) => c.cutVisits > 0);
      if (cut.length > 0) {
        sheet.addRow([]).commit();
        const head = sheet.addRow([`超出产能，本期削减的拜访（${cut.reduce((s, c) => s + c.cutVisits, 0)} 次）`]);
        head.font = { bold: true };
        head.commit();
        for (const client of cut) {
          sheet
            .addRow([
              '',
              '',
              neutraliseFormula(client.hospitalName ?? ''),
              neutraliseFormula(client.department ?? ''),
              neutraliseFormula(client.name),
              neutraliseFormula(client.title ?? ''),
              client.cell ?? '',
              client.zoneId ? (zones.get(client.zoneId) ?? client.zoneId) : '',
              `削减 ${client.cutVisits} 次`,
            ])
            .commit();
        }
      }
      sheet.commit();
    }
  }, { sharedStrings: false });
  const who = report.reps.length === 1 ? safeFilePart(report.reps[0]!.repName) : '全部代表';
  return { fileName: `拜访计划-${who}-${report.period}.xlsx`, mime: XLSX_MIME, base64: bytes.toString('base64') };
}
