import type { ModelDefinition } from '../grading/modelShape';
import { normaliseKey } from '../grading/normaliseKey';

/**
 * How a grading table's letters and digits relate to the active model's cells: 客户分级 is
 * the value of the board's row axis (potential), 处方行为 the value of its column axis
 * (behaviour), 客户级别 the cell.
 */
export interface GradeVocabulary {
  cells: readonly string[];
  rowAxis: string;
  columnAxis: string | null;
  /** A cell code as the model spells it, from what a file says ('a1', 'Ａ１' → 'A1'), or null. */
  cell(text: string): string | null;
  /** The potential value as the model spells it, or null. */
  rowValue(text: string): string | null;
  /** The cell with these axis values, or null. */
  compose(rowValue: string, columnValue: string | null): string | null;
  /** The axis values of a cell. */
  split(cell: string): { row: string | null; column: string | null };
}

export function gradeVocabulary(model: ModelDefinition): GradeVocabulary {
  const rowAxis = model.layout.rows.axis;
  const columnAxis = model.layout.columns?.axis ?? null;
  const cells = model.cells.map((cell) => cell.code);
  const byKey = new Map<string, string>();
  for (const code of cells) byKey.set(code, code);
  // Case-insensitive only where it cannot confuse two cells (the follow-up model has a–e and A–E elsewhere).
  const folded = new Map<string, string[]>();
  for (const code of cells) folded.set(normaliseKey(code), [...(folded.get(normaliseKey(code)) ?? []), code]);
  const rowValues = model.axes.find((axis) => axis.id === rowAxis)?.values.map((v) => v.value) ?? [];
  const lookup = (candidates: readonly string[], text: string): string | null => {
    const trimmed = text.normalize('NFKC').trim();
    if (candidates.includes(trimmed)) return trimmed;
    const matches = candidates.filter((value) => normaliseKey(value) === normaliseKey(trimmed));
    return matches.length === 1 ? matches[0]! : null;
  };
  return {
    cells,
    rowAxis,
    columnAxis,
    cell: (text) => {
      const trimmed = text.normalize('NFKC').trim();
      if (byKey.has(trimmed)) return trimmed;
      const matches = folded.get(normaliseKey(trimmed)) ?? [];
      return matches.length === 1 ? matches[0]! : null;
    },
    rowValue: (text) => lookup(rowValues, text),
    compose: (rowValue, columnValue) =>
      model.cells.find((cell) => cell.axisValues[rowAxis] === rowValue && (columnAxis === null || cell.axisValues[columnAxis] === columnValue))?.code ??
      null,
    split: (code) => {
      const cell = model.cells.find((candidate) => candidate.code === code);
      return { row: cell?.axisValues[rowAxis] ?? null, column: columnAxis === null ? null : (cell?.axisValues[columnAxis] ?? null) };
    },
  };
}
