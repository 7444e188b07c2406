import type { PlanReport } from '../../../shared/contract/planningMethods';
import type { ModelVocabulary } from '../../../shared/grading/modelInputs';
import { weekdayOf } from '../../../shared/planning/dates';
import { sheetNamer } from '../../../shared/transfer/spreadsheetText';
import { addHeaderRow, addRow, addSheet, addTitleRow, styleCell, writeWorkbook, XLSX_MIME, zoneCellStyle } from '../transfer/xlsxWriter';
import { clientWords, planWords, safeFilePart, WEEKDAYS_ZH, zoneNames, zonePrescriptions } from './exportText';

const SOURCE_TEXT = { plan: '', added: '手动添加', moved: '手动调整' } as const;

type Client = PlanReport['reps'][number]['clients'][number];

/**
 * The plan as a workbook, one sheet per rep (A4 portrait, title and header frozen). Columns follow the printed plan: date, weekday, hospital,
 * department, name, title, cell, zone (name in text), and whether the visit was set by hand. Below the visits: the cut visits, what
 * each zone prescribes in the model's words, the clients the model does not schedule (with its words), and the next contact of
 * date-fixed cadences after the period. Titles use the model's word for a contact (拜访 / 跟进 / 面谈), headers its words for
 * organisations, their units and titles (医院 / 科室 / 职称, 单位 / 部门 / 职位, 团队 …); the title column only where the model
 * speaks of doctors or a client has a title (a retailer has none).
 */
export async function planWorkbook(report: PlanReport, vocabulary: ModelVocabulary): Promise<{ fileName: string; mime: string; base64: string }> {
  const zones = zoneNames(report);
  const zoneStyle = new Map(report.zones.map((zone) => [zone.id, zoneCellStyle(zone.color)]));
  const zoneText = (zoneId: string | null) => (zoneId ? (zones.get(zoneId) ?? zoneId) : '');
  const words = planWords(report);
  const nouns = clientWords(vocabulary);
  const withTitle = vocabulary.client === 'doctor' || report.reps.some((rep) => rep.clients.some((client) => client.title));
  /** Organisation, unit, name, (title,) cell and zone: the columns every client row has between the date and the note. */
  const clientCells = (client: Client) => [
    client.hospitalName ?? '',
    client.department ?? '',
    client.name,
    ...(withTitle ? [client.title ?? ''] : []),
    client.cell ?? '',
    zoneText(client.zoneId),
  ];
  const zoneColumn = withTitle ? 8 : 7;
  const prescriptions = zonePrescriptions(report);
  const sheetName = sheetNamer();
  const bytes = await writeWorkbook((workbook) => {
    for (const rep of report.reps) {
      const title = `${words.printTitle} · ${rep.repName} · ${report.period}`;
      const widths = [12, 6, 26, 12, 10, ...(withTitle ? [12] : []), 8, 8, 10];
      const sheet = addSheet(workbook, sheetName(rep.repName), { widths, frozenRows: 3, print: { orientation: 'portrait', title } });
      const capacity = rep.months.reduce((s, m) => s + m.capacity, 0);
      const load = rep.months.reduce((s, m) => s + m.load, 0);
      const scheduled = rep.months.reduce((s, m) => s + m.scheduled, 0);
      addTitleRow(sheet, title);
      addRow(sheet, [`产能 ${capacity}`, '', `负荷 ${load}`, `已安排 ${scheduled}`, `每日 ${rep.visitsPerDay}`]).commit();
      addHeaderRow(sheet, ['日期', '星期', nouns.org, nouns.dept, '姓名', ...(withTitle ? [nouns.title] : []), '级别', '区域', '备注']);
      const byId = new Map(rep.clients.map((c) => [c.id, c]));
      for (const month of rep.months) {
        for (const day of month.days) {
          for (const visit of day.visits) {
            const client = byId.get(visit.clientId);
            if (!client) continue;
            const row = addRow(sheet, [day.date, WEEKDAYS_ZH[weekdayOf(day.date)]!, ...clientCells(client), SOURCE_TEXT[visit.source]]);
            const style = client.zoneId ? zoneStyle.get(client.zoneId) : undefined;
            if (style) styleCell(row, zoneColumn, style);
            row.commit();
          }
        }
      }
      const cut = rep.clients.filter((c) => c.cutVisits > 0);
      if (cut.length > 0) {
        addRow(sheet, []).commit();
        const head = addRow(sheet, [`超出产能，本期削减的${words.nouns}（${cut.reduce((s, c) => s + c.cutVisits, 0)} 次）`]);
        head.font = { bold: true };
        head.commit();
        for (const client of cut) {
          addRow(sheet, ['', '', ...clientCells(client), `削减 ${client.cutVisits} 次`]).commit();
        }
      }
      const clientRow = (client: Client, note: string) => addRow(sheet, ['', '', ...clientCells(client), note]).commit();
      const section = (text: string) => {
        addRow(sheet, []).commit();
        const head = addRow(sheet, [text]);
        head.font = { bold: true };
        head.commit();
      };
      section(`各区${words.noun}要求`);
      for (const zone of report.zones) addRow(sheet, [zone.name['zh-CN'], zone.cells.join(' '), prescriptions.get(zone.id) ?? '']).commit();
      const unplanned = rep.clients.filter((c) => c.plan === 'unplanned');
      if (unplanned.length > 0) {
        section(`不排入日程的${nouns.clients}（${unplanned.length}）`);
        for (const client of unplanned) clientRow(client, client.zoneId ? (prescriptions.get(client.zoneId) ?? '') : '');
      }
      const next = rep.clients.filter((c) => c.nextDate !== null || c.nextMonth !== null);
      if (next.length > 0) {
        section(`本期之后的下次${words.noun}`);
        for (const client of next) clientRow(client, `下次 ${client.nextDate ?? client.nextMonth ?? ''}`);
      }
      sheet.commit();
    }
  });
  const who = report.reps.length === 1 ? safeFilePart(report.reps[0]!.repName) : '全部代表';
  return { fileName: `${words.plan}-${who}-${report.period}.xlsx`, mime: XLSX_MIME, base64: bytes.toString('base64') };
}
