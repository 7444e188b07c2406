import { checkPrintRequest, type PrintRequest } from '../../../shared/planning/printRoute';
import { safeFileName } from '../../../shared/transfer/spreadsheetText';

/** A print request from the page, checked: the period, the reps, what to do, and a file name. */
export interface PrintJob extends PrintRequest {
  action: 'pdf' | 'print';
  fileName: string;
}

/** A plain, safe PDF file name (the folder is the user's choice in the dialog). */
export function pdfFileName(name: unknown): string {
  const clean = safeFileName(typeof name === 'string' ? name : '', { max: 150, fallback: '拜访计划' });
  return clean.toLowerCase().endsWith('.pdf') ? clean : `${clean}.pdf`;
}

/** The page's request as a print job, or null when anything in it is off. */
export function checkPrintJob(value: unknown): PrintJob | null {
  const request = checkPrintRequest(value);
  if (!request) return null;
  const { action, fileName } = value as { action?: unknown; fileName?: unknown };
  if (action !== 'pdf' && action !== 'print') return null;
  return { ...request, action, fileName: pdfFileName(fileName) };
}
