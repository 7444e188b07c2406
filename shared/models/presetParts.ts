import type { LocalizedText } from '../domain/schemas';
import type { Axis, Cell, ModelDefinition, Zone } from '../grading/modelShape';
import type { Band } from '../grading/rules';

/** Small builders shared by the presets, so each preset file reads as data. */

export const label = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** A band from min to max; by default closed at the bottom and open at the top, [min, max). */
export function band(value: string, min: number | null, max: number | null, minInclusive = true, maxInclusive = false): Band {
  return { min, max, minInclusive, maxInclusive, value };
}

/** Strategy lines written as [中文, English] pairs, so both languages always have the same lines. */
export function strategy(lines: readonly (readonly [string, string])[]): Zone['strategy'] {
  return { 'zh-CN': lines.map(([zh]) => zh), en: lines.map(([, en]) => en) };
}

/** Every combination of two axes as a cell; the code defaults to row value + column value ('R3'). */
export function gridCells(
  rowAxis: string,
  rowValues: readonly string[],
  columnAxis: string,
  columnValues: readonly string[],
  code: (row: string, column: string) => string = (row, column) => `${row}${column}`,
  cellLabel?: (row: string, column: string) => LocalizedText,
): Cell[] {
  return rowValues.flatMap((row) =>
    columnValues.map((column) => ({
      code: code(row, column),
      axisValues: { [rowAxis]: row, [columnAxis]: column },
      ...(cellLabel ? { label: cellLabel(row, column) } : {}),
    })),
  );
}

/** One cell per value of a one-axis model, coded and labelled like the value. */
export function axisCells(axis: Axis): Cell[] {
  return axis.values.map((v) => ({ code: v.value, axisValues: { [axis.id]: v.value }, label: v.label }));
}

/** An axis of another preset, for presets that reuse its pieces; fails loudly if it was renamed. */
export function axisOf(model: ModelDefinition, id: string): Axis {
  const axis = model.axes.find((a) => a.id === id);
  if (!axis) throw new Error(`Model "${model.id}" has no axis "${id}"`);
  return axis;
}
