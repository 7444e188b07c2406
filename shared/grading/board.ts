import type { LocalizedText } from '../domain/schemas';
import type { AxisValue, ModelDefinition, Zone } from './modelShape';

export interface BoardGrid {
  rowAxis: LocalizedText;
  columnAxis: LocalizedText | null;
  /** Labels of the row values, top to bottom. */
  rowLabels: LocalizedText[];
  /** Labels of the column values, left to right; empty for a one-axis model. */
  columnLabels: LocalizedText[];
  /** Cell codes, top to bottom then left to right; '' where an invalid model has no cell. */
  rows: string[][];
}

function labelOf(model: ModelDefinition, axisId: string, value: string): LocalizedText {
  const axis = model.axes.find((a) => a.id === axisId);
  return axis?.values.find((v) => v.value === value)?.label ?? { 'zh-CN': value, en: value };
}

/** The board as the layout draws it; a one-axis model is a single column. */
export function boardGrid(model: ModelDefinition): BoardGrid {
  const { rows, columns } = model.layout;
  const nameOf = (axisId: string): LocalizedText => model.axes.find((a) => a.id === axisId)?.name ?? { 'zh-CN': axisId, en: axisId };
  const cellAt = (rowValue: string, columnValue: string | null): string =>
    model.cells.find((cell) => cell.axisValues[rows.axis] === rowValue && (columns === null || cell.axisValues[columns.axis] === columnValue))
      ?.code ?? '';
  return {
    rowAxis: nameOf(rows.axis),
    columnAxis: columns === null ? null : nameOf(columns.axis),
    rowLabels: rows.order.map((value) => labelOf(model, rows.axis, value)),
    columnLabels: columns === null ? [] : columns.order.map((value) => labelOf(model, columns.axis, value)),
    rows: rows.order.map((rowValue) => (columns === null ? [cellAt(rowValue, null)] : columns.order.map((columnValue) => cellAt(rowValue, columnValue)))),
  };
}

export function zoneOfCell(model: ModelDefinition, code: string): Zone | undefined {
  return model.zones.find((zone) => zone.cells.includes(code));
}

/** The cell's own figure, else its zone's, else 0 (also for zones that follow orders). */
export function visitsPerMonthOfCell(model: ModelDefinition, code: string): number {
  const zone = zoneOfCell(model, code);
  if (!zone) return 0;
  return zone.cellVisitsPerMonth?.[code] ?? zone.visitsPerMonth ?? 0;
}

/**
 * Visits per month a plan should count for the cell, or null when the cell's contacts are not
 * planned by a monthly figure: handled case by case (cadence caseByCase), following the client's
 * orders, or no figure given. A zone with cadence 'none' is planned at 0. Unlike
 * visitsPerMonthOfCell, load figures can tell "0 visits" from "not planned" with this.
 */
export function plannedVisitsPerMonthOfCell(model: ModelDefinition, code: string): number | null {
  const zone = zoneOfCell(model, code);
  if (!zone) return null;
  const kind = zone.cadence?.kind;
  if (kind === 'caseByCase' || kind === 'followOrders') return null;
  const figure = zone.cellVisitsPerMonth?.[code] ?? zone.visitsPerMonth;
  return figure ?? (kind === 'none' ? 0 : null);
}

/** The declared value of an axis with its label and optional data (probability, weight). */
export function axisValueOf(model: ModelDefinition, axisId: string, value: string): AxisValue | undefined {
  return model.axes.find((a) => a.id === axisId)?.values.find((v) => v.value === value);
}
