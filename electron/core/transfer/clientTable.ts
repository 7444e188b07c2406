import { choiceLabel, zoneOfCell, type ModelInput } from '../../../shared/grading';
import { attributeInputsOfModel } from '../../../shared/models';
import { ATTRIBUTE_SUFFIX, CLIENT_LIST_FIELDS, FIELD_SPECS, guessField, inputHeader, type ClientListField } from '../../../shared/transfer';
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

/** The columns of the full client list, in the order of CLIENT_LIST_FIELDS; the model's inputs and other attributes follow as their own columns. */
export const CLIENT_COLUMNS: ({ field: ClientListField } & ColumnSpec)[] = CLIENT_LIST_FIELDS.map((field) => ({ field, ...COLUMN_SPECS[field] }));

export interface ClientTable {
  headers: string[];
  widths: number[];
  rows: () => Generator<{ values: Cell[]; cell: string | null }>;
}

/** An input's value as the list shows it: a choice by its label (已保有), which the import reads back through the dictionary. */
function inputCell(input: ModelInput, value: Cell | undefined): Cell {
  if (value === undefined || value === null) return null;
  return input.type === 'choice' && typeof value === 'string' ? choiceLabel(input, value, 'zh-CN') : value;
}

export function clientTable(ctx: Ctx, options: ExportOptions): ClientTable {
  const model = ctx.grading.model().definition;
  // The active model's inputs come first, under their labels and units (年采购额(元)), even when no client has one yet.
  const inputs = attributeInputsOfModel(model);
  const inputKeys = new Set(inputs.map((input) => input.attribute));
  const keys = attributeKeys(ctx.db, options.region).filter((key) => !inputKeys.has(key));
  return {
    // An attribute named like a field would be read back as that field: it gets a suffix the importer takes off again.
    headers: [
      ...CLIENT_COLUMNS.map((column) => FIELD_SPECS[column.field].header['zh-CN']),
      ...inputs.map((input) => inputHeader(input, 'zh-CN')),
      ...keys.map((key) => (guessField(key) ? `${key}${ATTRIBUTE_SUFFIX}` : key)),
    ],
    widths: [...CLIENT_COLUMNS.map((column) => column.width), ...inputs.map(() => 14), ...keys.map(() => 14)],
    *rows() {
      let n = 0;
      for (const row of exportRows(ctx.db, model.id, options.region)) {
        n++;
        const zone = row.cell ? (zoneOfCell(model, row.cell)?.name['zh-CN'] ?? null) : null;
        const attributes = row.attributes === '{}' ? {} : (JSON.parse(row.attributes) as Record<string, Cell>);
        const values = CLIENT_COLUMNS.map((column) => (column.field === 'rowNumber' ? n : column.value(row, zone)));
        for (const input of inputs) values.push(inputCell(input, attributes[input.attribute]));
        for (const key of keys) values.push(attributes[key] ?? null);
        yield { values, cell: row.cell };
      }
    },
  };
}

