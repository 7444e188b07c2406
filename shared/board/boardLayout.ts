import type { LocalizedText } from '../domain/schemas';
import type { Axis, ModelDefinition } from '../grading/modelShape';
import { boardGrid } from '../grading/board';

/**
 * How a model's cells are drawn on the board:
 * - grid: two axes, rows top to bottom and columns left to right as the layout declares them
 *   (the pharma nine-grid: A on top, behaviour 3 · 2 · 1 from left to right; 4 × 3 for deal status × profit);
 * - column: one axis as a single column, best on top (deal timing A–E);
 * - row: one axis of ordered stages (values with a win probability, the sales funnel) drawn as
 *   columns left to right, in the order the layout declares.
 */
export type BoardShape = 'grid' | 'column' | 'row';

export interface BoardLayout {
  shape: BoardShape;
  /** Title of the vertical axis; null when the board is a single row. */
  rowAxis: LocalizedText | null;
  /** Title of the horizontal axis; null when the board is a single column. */
  columnAxis: LocalizedText | null;
  /** One label per row, top to bottom (empty for a single row). */
  rowLabels: LocalizedText[];
  /** One label per column, left to right (empty for a single column). */
  columnLabels: LocalizedText[];
  /** Cell codes, top to bottom then left to right; '' where a model has no cell. */
  rows: string[][];
}

/** An axis whose values are stages of a funnel: every value carries a probability. */
export function isStageAxis(axis: Axis | undefined): boolean {
  return axis !== undefined && axis.values.length > 1 && axis.values.every((value) => value.probability !== undefined);
}

export function boardLayout(model: ModelDefinition): BoardLayout {
  const grid = boardGrid(model);
  if (model.layout.columns !== null) {
    return { shape: 'grid', rowAxis: grid.rowAxis, columnAxis: grid.columnAxis, rowLabels: grid.rowLabels, columnLabels: grid.columnLabels, rows: grid.rows };
  }
  const axis = model.axes.find((a) => a.id === model.layout.rows.axis);
  if (isStageAxis(axis)) {
    return { shape: 'row', rowAxis: null, columnAxis: grid.rowAxis, rowLabels: [], columnLabels: grid.rowLabels, rows: [grid.rows.map((row) => row[0] ?? '')] };
  }
  return { shape: 'column', rowAxis: grid.rowAxis, columnAxis: null, rowLabels: grid.rowLabels, columnLabels: [], rows: grid.rows };
}

/** The codes of the board in reading order, without holes. */
export function boardCells(layout: Pick<BoardLayout, 'rows'>): string[] {
  return layout.rows.flat().filter((code) => code !== '');
}

export function columnCount(layout: Pick<BoardLayout, 'rows'>): number {
  return Math.max(1, ...layout.rows.map((row) => row.length));
}

export interface CellPosition {
  row: number;
  column: number;
}

export function positionOf(layout: Pick<BoardLayout, 'rows'>, code: string): CellPosition | null {
  for (let row = 0; row < layout.rows.length; row++) {
    const column = layout.rows[row]!.indexOf(code);
    if (code !== '' && column >= 0) return { row, column };
  }
  return null;
}

export type BoardDirection = 'up' | 'down' | 'left' | 'right';

const STEP: Record<BoardDirection, CellPosition> = {
  up: { row: -1, column: 0 },
  down: { row: 1, column: 0 },
  left: { row: 0, column: -1 },
  right: { row: 0, column: 1 },
};

/**
 * The next cell in a direction, jumping over holes; null at the edge of the board (the
 * keyboard move then stays where it is).
 */
export function neighbourCell(layout: Pick<BoardLayout, 'rows'>, from: string, direction: BoardDirection): string | null {
  const start = positionOf(layout, from);
  if (!start) return null;
  const step = STEP[direction];
  let { row, column } = start;
  for (;;) {
    row += step.row;
    column += step.column;
    const line = layout.rows[row];
    if (!line || column < 0 || column >= columnCount(layout)) return null;
    const code = line[column];
    if (code) return code;
  }
}

/** Arrow keys (KeyboardEvent.code) to board directions. */
export function directionOfKey(code: string): BoardDirection | null {
  switch (code) {
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    default:
      return null;
  }
}
