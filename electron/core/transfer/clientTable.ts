import { zoneOfCell } from '../../../shared/grading';
import { ATTRIBUTE_SUFFIX, CLIENT_LIST_FIELDS, FIELD_SPECS, guessField, type ClientListField } from '../../../shared/transfer';
import { attributeKeys, exportRows, type ExportRow } from '../db/repos/exportRepo';
import type { Cell, ExportCtx as Ctx, ExportOptions } from './exportCommon';

type ColumnSpec = { width: number; value: (row: ExportRow, zoneName: string | null) => Cell };
const COLUMN_SPECS: Record<ClientListField, ColumnSpec> = {
  rowNumber: { width: 7, value: () => null },
  region: { width: 10, value: (row) => row.region },
  repName: { width: 10, value: (row) => row.repName },
  hospitalName: { width: 26, value: (row) => row.hospitalName },
  hospitalClass: { width: 10, value: (row) => row.hospitalClass },
  hospitalRevenueWan: { width: 14, value: (row) => row.revenueWan },
  hospitalBeds: { width: 11, value: (row) => row.hospitalBeds },
  department: { width: 12, value: (row) => row.department },
  name: { width: 10, value: (row) => row.name },
  title: { width: 14, value: (row) => row.title },
  bedsManaged: { width: 8, value: (row) => row.bedsManaged },
  volumeOurs: { width: 14, value: (row) => row.volumeOurs },
  volumeCompetitor: { width: 16, value: (row) => row.volumeCompetitor },
  behaviour: { width: 9, value: (row) => row.behaviour },
  formulaCell: { width: 9, value: (row) => row.formulaCell },
  overrideCell: { width: 9, value: (row) => row.overrideCell },
  overrideReason: { width: 20, value: (row) => row.overrideReason },
  cell: { width: 9, value: (row) => row.cell },
  zone: { width: 8, value: (_row, zone) => zone },
};

/** The columns of the full client list, in the order of CLIENT_LIST_FIELDS; attributes follow as their own columns. */
export const CLIENT_COLUMNS: ({ field: ClientListField } & ColumnSpec)[] = CLIENT_LIST_FIELDS.map((field) => ({ field, ...COLUMN_SPECS[field] }));

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

