import { describe, expect, it } from 'vitest';
import { boardCells, boardLayout, directionOfKey, isStageAxis, neighbourCell, positionOf } from '../../../shared/board/boardLayout';
import {
  BUILTIN_MODELS,
  DEAL_STATUS_PROFIT,
  DEAL_TIMING,
  OPPORTUNITY_FUNNEL,
  PHARMA_NINE_GRID,
} from '../../../shared/models';
import type { ModelDefinition } from '../../../shared/grading';

const zh = (texts: { 'zh-CN': string }[]) => texts.map((text) => text['zh-CN']);

describe('board layout from the model definition', () => {
  it('draws the pharma nine-grid as DOMAIN 2.3: A on top, behaviour 3 · 2 · 1 from left to right', () => {
    const layout = boardLayout(PHARMA_NINE_GRID);
    expect(layout.shape).toBe('grid');
    expect(layout.rows).toEqual([
      ['A3', 'A2', 'A1'],
      ['B3', 'B2', 'B1'],
      ['C3', 'C2', 'C1'],
    ]);
    expect(layout.rowAxis?.['zh-CN']).toBe('客户潜力');
    expect(layout.columnAxis?.['zh-CN']).toBe('处方行为');
    expect(zh(layout.rowLabels)).toEqual(['A 高潜力', 'B 中潜力', 'C 低潜力']);
    expect(zh(layout.columnLabels)).toEqual(['3 竞品/未用', '2 次选', '1 首选']);
  });

  it('draws the 12-cell deal-status × profit model on a 4 × 3 board', () => {
    const layout = boardLayout(DEAL_STATUS_PROFIT);
    expect(layout.shape).toBe('grid');
    expect(layout.rows.length).toBe(4);
    expect(layout.rows.every((row) => row.length === 3)).toBe(true);
    expect(boardCells(layout)).toHaveLength(12);
    expect(new Set(boardCells(layout))).toEqual(new Set(DEAL_STATUS_PROFIT.cells.map((cell) => cell.code)));
  });

  it('draws a one-axis grade such as deal timing A–E as a single column, A on top', () => {
    const layout = boardLayout(DEAL_TIMING);
    expect(layout.shape).toBe('column');
    expect(layout.rows.map((row) => row.length)).toEqual([1, 1, 1, 1, 1]);
    expect(layout.columnAxis).toBeNull();
    expect(layout.columnLabels).toEqual([]);
    expect(layout.rowLabels).toHaveLength(5);
    expect(zh(layout.rowLabels)[0]).toMatch(/^A /);
  });

  it('draws funnel stages as ordered columns from the first stage to the last', () => {
    expect(isStageAxis(OPPORTUNITY_FUNNEL.axes[0])).toBe(true);
    const layout = boardLayout(OPPORTUNITY_FUNNEL);
    expect(layout.shape).toBe('row');
    expect(layout.rows).toEqual([['understand', 'confirm', 'prove', 'negotiate', 'close', 'handover']]);
    expect(layout.rowAxis).toBeNull();
    expect(layout.columnAxis?.['zh-CN']).toBe('销售阶段');
    expect(zh(layout.columnLabels)[0]).toContain('了解');
    expect(layout.rowLabels).toEqual([]);
  });

  it('places every cell of every built-in model exactly once', () => {
    for (const model of BUILTIN_MODELS) {
      const cells = boardCells(boardLayout(model));
      expect({ id: model.id, cells: [...cells].sort() }).toEqual({ id: model.id, cells: model.cells.map((cell) => cell.code).sort() });
    }
  });

  it('leaves a hole where an incomplete model has no cell', () => {
    const partial: ModelDefinition = { ...PHARMA_NINE_GRID, cells: PHARMA_NINE_GRID.cells.filter((cell) => cell.code !== 'B2') };
    const layout = boardLayout(partial);
    expect(layout.rows[1]).toEqual(['B3', '', 'B1']);
    expect(boardCells(layout)).not.toContain('');
  });
});

describe('keyboard moves between cells', () => {
  const nine = boardLayout(PHARMA_NINE_GRID);

  it('jumps to the neighbouring cell and stops at the edges', () => {
    expect(neighbourCell(nine, 'A3', 'right')).toBe('A2');
    expect(neighbourCell(nine, 'A2', 'right')).toBe('A1');
    expect(neighbourCell(nine, 'A1', 'right')).toBeNull();
    expect(neighbourCell(nine, 'A3', 'down')).toBe('B3');
    expect(neighbourCell(nine, 'C3', 'down')).toBeNull();
    expect(neighbourCell(nine, 'A3', 'up')).toBeNull();
    expect(neighbourCell(nine, 'A3', 'left')).toBeNull();
    expect(neighbourCell(nine, 'B2', 'up')).toBe('A2');
    expect(neighbourCell(nine, 'B2', 'left')).toBe('B3');
    expect(neighbourCell(nine, 'Z9', 'up')).toBeNull();
  });

  it('jumps over holes', () => {
    const layout = { rows: [['A3', 'A2', 'A1'], ['B3', '', 'B1'], ['C3', 'C2', 'C1']] };
    expect(neighbourCell(layout, 'B3', 'right')).toBe('B1');
    expect(neighbourCell(layout, 'A2', 'down')).toBe('C2');
    expect(positionOf(layout, '')).toBeNull();
  });

  it('moves along a single column and a single row', () => {
    const column = boardLayout(DEAL_TIMING);
    expect(neighbourCell(column, 'A', 'down')).toBe('B');
    expect(neighbourCell(column, 'A', 'right')).toBeNull();
    const row = boardLayout(OPPORTUNITY_FUNNEL);
    expect(neighbourCell(row, 'understand', 'right')).toBe('confirm');
    expect(neighbourCell(row, 'understand', 'down')).toBeNull();
  });

  it('reads arrow keys only', () => {
    expect(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Space', 'KeyA'].map(directionOfKey)).toEqual(['up', 'down', 'left', 'right', null, null]);
  });
});
