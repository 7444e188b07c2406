import { zoneOfCell } from '../../../shared/grading';
import { ATTRIBUTE_SUFFIX, FIELD_SPECS, guessField, type ImportField } from '../../../shared/transfer';
import { attributeKeys, exportRows, type ExportRow } from '../db/repos/exportRepo';
import type { Cell, ExportCtx as Ctx, ExportOptions } from './exportCommon';

/** The columns of the full client list, in order; attributes follow as their own columns. */
export const CLIENT_COLUMNS: { field: ImportField; width: number; value: (row: ExportRow, zoneName: string | null) => Cell }[] = [
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

export interface ClientTable {
  headers: string[];
  widths: number[];
  rows: () => Generator<{ values: Cell[]; cell: string | null }>;
}

export function clientTable(ctx: Ctx, options: ExportOptions): ClientTable {
  const model = ctx.grading.model().definition;
  const keys = attributeKeys(ctx.db, options.region);
  return {
    // An attribute named like a field would be read back as that field: it gets a suffix the importer takes off again.
    headers: [...CLIENT_COLUMNS.map((column) => FIELD_SPECS[column.field].header['zh-CN']), ...keys.map((key) => (guessField(key) ? `${key}${ATTRIBUTE_SUFFIX}` : key))],
    widths: [...CLIENT_COLUMNS.map((column) => column.width), ...keys.map(() => 14)],
    *rows() {
      let n = 0;
      for (const row of exportRows(ctx.db, model.id, options.region)) {
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

