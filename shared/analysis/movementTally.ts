import { movementDirection } from '../history/cellMovement';

/** Clients counted per (cell at the earlier point, cell at the later one). */
export interface CellPair {
  fromCell: string | null;
  toCell: string | null;
  n: number;
}

export interface MovementTally {
  /** matrix[i][j] = clients in cells[i] before and cells[j] after (cells the board does not show are left out). */
  matrix: number[][];
  up: number;
  down: number;
  same: number;
  /** Clients whose cell differs (null counts as a cell): the movers. */
  moved: number;
}

/**
 * The from × to matrix and the up / down / same counts of cell pairs, for the period
 * comparison and the analysis page alike. `ranks` is cellRanks(model).
 */
export function tallyMovement(cells: readonly string[], ranks: ReadonlyMap<string, number>, pairs: readonly CellPair[]): MovementTally {
  const index = new Map(cells.map((code, i) => [code, i]));
  const matrix = cells.map(() => cells.map(() => 0));
  let up = 0;
  let down = 0;
  let same = 0;
  let moved = 0;
  for (const pair of pairs) {
    const i = pair.fromCell === null ? undefined : index.get(pair.fromCell);
    const j = pair.toCell === null ? undefined : index.get(pair.toCell);
    if (i !== undefined && j !== undefined) matrix[i]![j]! += pair.n;
    if (pair.fromCell === pair.toCell) same += pair.n;
    else moved += pair.n;
    const direction = movementDirection(ranks, pair.fromCell, pair.toCell);
    if (direction === 1) up += pair.n;
    if (direction === -1) down += pair.n;
  }
  return { matrix, up, down, same, moved };
}
