import { describe, expect, it } from 'vitest';
import type { Mover } from '../../../shared/contract';
import {
  directionArrow,
  directionByRank,
  directionFromMovers,
  directionKey,
  filterMovers,
  moverCounts,
  movementTable,
} from '../../../renderer/src/features/periods/movementTable';

// A small board: A1 best (rank 0), A2 and B1 rank 1, B2 worst (rank 2).
const cells = ['A2', 'A1', 'B2', 'B1'];
const ranks = new Map([
  ['A1', 0],
  ['A2', 1],
  ['B1', 1],
  ['B2', 2],
]);

const mover = (clientId: number, from: string | null, to: string | null, direction: Mover['direction']): Mover => ({
  clientId,
  name: `客户${clientId}`,
  hospitalName: null,
  department: null,
  repName: null,
  from,
  to,
  direction,
});

describe('movementTable', () => {
  const matrix = [
    [5, 1, 2, 0],
    [0, 7, 0, 3],
    [0, 0, 4, 0],
    [1, 0, 0, 6],
  ];
  const table = movementTable(cells, matrix, directionByRank(ranks));

  it('marks the diagonal as unchanged and moves off it as up, down or sideways', () => {
    expect(table.rows.map((row) => row.cells.map((cell) => cell.movement))).toEqual([
      ['same', 'up', 'down', 'sideways'],
      ['down', 'same', 'down', 'down'],
      ['up', 'up', 'same', 'up'],
      ['sideways', 'up', 'down', 'same'],
    ]);
    expect(table.rows[0]?.cells[1]).toEqual({ from: 'A2', to: 'A1', count: 1, movement: 'up' });
  });

  it('totals rows (from), columns (to), and ups and downs', () => {
    expect(table.rows.map((row) => [row.from, row.total, row.up, row.down])).toEqual([
      ['A2', 8, 1, 2],
      ['A1', 10, 0, 3],
      ['B2', 4, 0, 0],
      ['B1', 7, 0, 0],
    ]);
    expect(table.columnTotals).toEqual([6, 8, 6, 9]);
    expect(table).toMatchObject({ total: 29, same: 22, up: 1, down: 5, sideways: 1 });
  });

  it('reads missing matrix entries as 0', () => {
    const sparse = movementTable(['A1', 'B1'], [[3]], () => -1);
    expect(sparse.rows.map((row) => row.cells.map((cell) => cell.count))).toEqual([
      [3, 0],
      [0, 0],
    ]);
    expect(sparse.columnTotals).toEqual([3, 0]);
  });

  it('can take directions from the listed movers when the model is not at hand', () => {
    const directionOf = directionFromMovers([mover(1, 'B2', 'A1', 1), mover(2, 'A1', 'A2', -1), mover(3, null, 'A1', 0)]);
    expect(directionOf('B2', 'A1')).toBe(1);
    expect(directionOf('A1', 'A2')).toBe(-1);
    expect(directionOf('A2', 'B1')).toBe(0);
  });
});

describe('mover labels and filters', () => {
  const movers = [mover(1, 'B2', 'A1', 1), mover(2, 'A1', 'B1', -1), mover(3, 'A2', 'B1', 0), mover(4, 'B2', 'A1', 1)];

  it('labels directions', () => {
    expect([1, 0, -1].map((d) => directionKey(d as Mover['direction']))).toEqual(['up', 'sideways', 'down']);
    expect([1, 0, -1].map((d) => directionArrow(d as Mover['direction']))).toEqual(['↑', '→', '↓']);
  });

  it('counts and filters by direction and by matrix cell', () => {
    expect(moverCounts(movers)).toEqual({ all: 4, up: 2, down: 1, sideways: 1 });
    expect(filterMovers(movers, 'all').map((m) => m.clientId)).toEqual([1, 2, 3, 4]);
    expect(filterMovers(movers, 'up').map((m) => m.clientId)).toEqual([1, 4]);
    expect(filterMovers(movers, 'down').map((m) => m.clientId)).toEqual([2]);
    expect(filterMovers(movers, 'all', { from: 'A2', to: 'B1' }).map((m) => m.clientId)).toEqual([3]);
    expect(filterMovers(movers, 'down', { from: 'B2', to: 'A1' })).toEqual([]);
  });
});
