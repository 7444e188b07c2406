import type ExcelJS from 'exceljs';
import type { ModelDefinition } from '../../../shared/grading';
import { neutraliseFormula, safeFileNamePart } from '../../../shared/transfer';
import type { CoreContext } from '../context';
import { argb } from './xlsxWriter';

/** What the exports share: options, the file they return, safe cells, zone colours and file names. */
export type ExportCtx = Pick<CoreContext, 'db' | 'grading' | 'now'>;
export type Cell = string | number | null;

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

/** Strings are neutralised (= + - @ tab CR LF get a leading quote) as the very last step; numbers stay numbers. */
export function safe(value: Cell): Cell {
  return typeof value === 'string' ? neutraliseFormula(value) : value;
}

export interface ZoneStyle {
  fill: ExcelJS.Fill;
  font: Partial<ExcelJS.Font>;
}

export function zoneStyles(model: ModelDefinition): Map<string, ZoneStyle> {
  const styles = new Map<string, ZoneStyle>();
  for (const zone of model.zones) {
    const style: ZoneStyle = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(zone.color) } }, font: { bold: true, color: { argb: 'FFFFFFFF' } } };
    for (const cell of zone.cells) styles.set(cell, style);
  }
  return styles;
}

export function fileNameFor(base: string, options: ExportOptions, extension: string, now: string, suffix: string | null = null): string {
  const region = options.region ? `-${safeFileNamePart(options.region, 40)}` : '';
  return `${base}${region}-${now.slice(0, 10)}${suffix ? `-${suffix}` : ''}.${extension}`;
}
