import { describe, expect, it } from 'vitest';
import { boardLayout } from '../../../shared/board/boardLayout';
import { PHARMA_NINE_GRID } from '../../../shared/models';
import { boundText, directionKey, isBreached, moversByClient, signOffChoices, stepsOfMove } from '../../../renderer/src/features/calibration/calibrationView';

const words = {
  atMost: (share: string) => `≤ ${share}`,
  atLeast: (share: string) => `≥ ${share}`,
  between: (min: string, max: string) => `${min}–${max}`,
};
const percent = (share: number) => `${Math.round(share * 100)}%`;

describe('calibration view logic', () => {
  it('writes a bound as a maximum, a minimum or a range', () => {
    expect(boundText({ maxShare: 0.1, minShare: null }, percent, words)).toBe('≤ 10%');
    expect(boundText({ maxShare: null, minShare: 0.1 }, percent, words)).toBe('≥ 10%');
    expect(boundText({ maxShare: 0.3, minShare: 0.1 }, percent, words)).toBe('10%–30%');
  });

  it('a target is breached over its maximum or under its minimum, not when empty', () => {
    expect(['ok', 'over', 'under', 'empty'].filter((s) => isBreached(s as 'ok'))).toEqual(['over', 'under']);
  });

  it('offers last quarter first, then this quarter, last month and this month, across year ends', () => {
    expect(signOffChoices(new Date(2026, 9, 2)).map((c) => [c.choice, c.period])).toEqual([
      ['lastQuarter', '2026-Q3'],
      ['thisQuarter', '2026-Q4'],
      ['lastMonth', '2026-09'],
      ['thisMonth', '2026-10'],
    ]);
    expect(signOffChoices(new Date(2027, 0, 5)).map((c) => c.period)).toEqual(['2026-Q4', '2027-Q1', '2026-12', '2027-01']);
    expect(signOffChoices(new Date(2026, 2, 31)).map((c) => c.period)).toEqual(['2025-Q4', '2026-Q1', '2026-02', '2026-03']);
  });

  it('takes the most steps of the cards that move, on the board as drawn', () => {
    const rows = boardLayout(PHARMA_NINE_GRID).rows;
    expect(stepsOfMove(rows, [{ cell: 'A3' }], 'A2')).toBe(1);
    expect(stepsOfMove(rows, [{ cell: 'A2' }, { cell: 'C3' }], 'A1')).toBe(2);
    expect(stepsOfMove(rows, [{ cell: 'A1' }], 'A1')).toBeNull();
    expect(stepsOfMove(rows, [{ cell: null }], 'A1')).toBeNull();
  });

  it('finds a card’s big move by its client id and names its direction', () => {
    const mover = { clientId: 7, name: 'x', hospitalName: null, department: null, repName: null, from: 'A3', to: 'A1', steps: 2, direction: 1 as const };
    expect(moversByClient([mover]).get(7)).toBe(mover);
    expect(moversByClient(undefined).size).toBe(0);
    expect([directionKey(1), directionKey(-1), directionKey(0)]).toEqual(['calibration.movers.up', 'calibration.movers.down', 'calibration.movers.sideways']);
  });
});
