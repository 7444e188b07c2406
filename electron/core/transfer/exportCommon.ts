import type { ModelDefinition } from '../../../shared/grading';
import { safeFileNamePart } from '../../../shared/transfer';
import type { CoreContext } from '../context';
import { zoneCellStyle, type CellStyle } from './xlsxWriter';

/** What the exports share: options, the file they return, zone colours and file names. */
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

/** Each cell code's zone style, built once per zone rather than once per row. */
export function zoneStyles(model: ModelDefinition): Map<string, CellStyle> {
  const styles = new Map<string, CellStyle>();
  for (const zone of model.zones) {
    const style = zoneCellStyle(zone.color);
    for (const cell of zone.cells) styles.set(cell, style);
  }
  return styles;
}

export function fileNameFor(base: string, options: ExportOptions, extension: string, now: string, suffix: string | null = null): string {
  const region = options.region ? `-${safeFileNamePart(options.region, 40)}` : '';
  return `${base}${region}-${now.slice(0, 10)}${suffix ? `-${suffix}` : ''}.${extension}`;
}
