import { checkReportRequest, type ReportRequest } from '../../../shared/analysis/reportRoute';
import { checkPrintRequest, type PrintRequest } from '../../../shared/planning/printRoute';
import { safeFileName } from '../../../shared/transfer/spreadsheetText';

export type PrintAction = 'pdf' | 'print';

/** A print request from the page, checked: the period, the reps, what to do, and a file name. */
export interface PrintJob extends PrintRequest {
  action: PrintAction;
  fileName: string;
}

/** A report print request from the page, checked: the quarter, the two points in time, the scope, what to do, a file name. */
export interface ReportPrintJob extends ReportRequest {
  action: PrintAction;
  fileName: string;
}

/** A plain, safe PDF file name (the folder is the user's choice in the dialog). */
export function pdfFileName(name: unknown, fallback = '拜访计划'): string {
  const clean = safeFileName(typeof name === 'string' ? name : '', { max: 150, fallback });
  return clean.toLowerCase().endsWith('.pdf') ? clean : `${clean}.pdf`;
}

/** What to do and the file name, or null when either is off. */
function checkOutput(value: unknown, fallback: string): { action: PrintAction; fileName: string } | null {
  const { action, fileName } = value as { action?: unknown; fileName?: unknown };
  if (action !== 'pdf' && action !== 'print') return null;
  return { action, fileName: pdfFileName(fileName, fallback) };
}

/** The page's request as a print job, or null when anything in it is off. */
export function checkPrintJob(value: unknown): PrintJob | null {
  const request = checkPrintRequest(value);
  const output = request && checkOutput(value, '拜访计划');
  return request && output ? { ...request, ...output } : null;
}

/** The page's report request as a print job, or null when anything in it is off. */
export function checkReportPrintJob(value: unknown): ReportPrintJob | null {
  const request = checkReportRequest(value);
  const output = request && checkOutput(value, '季度客户分级报告');
  return request && output ? { ...request, ...output } : null;
}
