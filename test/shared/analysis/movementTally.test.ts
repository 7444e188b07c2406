import { describe, expect, it } from 'vitest';
import { tallyMovement } from '../../../shared/analysis/movementTally';
import { cellRanks } from '../../../shared/history/cellMovement';
import { PHARMA_NINE_GRID } from '../../../shared/models/pharmaNineGrid';

describe('movement tally', () => {
  it('counts up, down, same and the matrix; pairs of one cell pair add up; unknown cells only count as moved', () => {
    const cells = ['A3', 'A2', 'A1', 'B3', 'B2', 'B1', 'C3', 'C2', 'C1'];
    const ranks = cellRanks(PHARMA_NINE_GRID);
    const tally = tallyMovement(cells, ranks, [
      { fromCell: 'A3', toCell: 'A2', n: 3 },
      { fromCell: 'A3', toCell: 'A2', n: 1 },
      { fromCell: 'A1', toCell: 'B1', n: 2 },
      { fromCell: 'B2', toCell: 'B2', n: 10 },
      { fromCell: 'A3', toCell: 'B1', n: 1 }, // rank 2 → 1: up
      { fromCell: null, toCell: 'C1', n: 5 },
      { fromCell: null, toCell: null, n: 7 },
    ]);
    const at = (from: string, to: string) => tally.matrix[cells.indexOf(from)]![cells.indexOf(to)];
    expect(at('A3', 'A2')).toBe(4);
    expect(at('A1', 'B1')).toBe(2);
    expect(at('B2', 'B2')).toBe(10);
    expect(tally).toMatchObject({ up: 5, down: 2, same: 17, moved: 12 });
    expect(tally.matrix.flat().reduce((a, b) => a + b, 0)).toBe(17);
  });
});
