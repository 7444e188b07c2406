import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { QUICK_REASONS, cardsToDrag, composeReason, planMove, toggleSelected, type MovableCard } from '../../../shared/board/moveLogic';

const card = (id: number, cell: string, formulaCell: string | null = cell, overrideCell: string | null = null): MovableCard => ({
  id,
  name: `客户${id}`,
  cell,
  formulaCell,
  overrideCell,
});

describe('what a drop means', () => {
  it('asks for a reason to move a card to another cell', () => {
    expect(planMove([card(1, 'A3')], 'A2')).toEqual({ kind: 'override', target: 'A2', clientIds: [1], names: ['客户1'], from: ['A3'], agreeing: 0 });
  });

  it('does nothing when the card is dropped back on its own cell', () => {
    expect(planMove([card(1, 'A3')], 'A3')).toEqual({ kind: 'none', target: 'A3' });
    expect(planMove([], 'A3')).toEqual({ kind: 'none', target: 'A3' });
  });

  it('offers to clear the override when an overridden card is dropped on its formula cell', () => {
    expect(planMove([card(1, 'A2', 'A3', 'A2')], 'A3')).toEqual({ kind: 'clear', target: 'A3', clientIds: [1], names: ['客户1'] });
  });

  it('moves an overridden card elsewhere with a new reason', () => {
    expect(planMove([card(1, 'A2', 'A3', 'A2')], 'B1')).toMatchObject({ kind: 'override', clientIds: [1], from: ['A2'] });
  });

  it('moves several cards with one reason, skipping those already there', () => {
    const plan = planMove([card(1, 'A3'), card(2, 'B3'), card(3, 'A2'), card(1, 'A3')], 'A2');
    expect(plan).toEqual({ kind: 'override', target: 'A2', clientIds: [1, 2], names: ['客户1', '客户2'], from: ['A3', 'B3'], agreeing: 0 });
  });

  it('keeps a mixed selection one override, counting the cards that land on their formula cell', () => {
    const plan = planMove([card(1, 'A2', 'A3', 'A2'), card(2, 'B3')], 'A3');
    expect(plan).toMatchObject({ kind: 'override', clientIds: [1, 2], agreeing: 1 });
  });

  it('never plans a change for a card that stays, and lists each moving card once (property)', () => {
    const cells = ['A1', 'A2', 'A3', 'B1', 'B2'];
    const arbCard = fc.record({
      id: fc.integer({ min: 1, max: 20 }),
      cell: fc.constantFrom(...cells),
      formula: fc.constantFrom(...cells),
      overridden: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbCard, { maxLength: 12 }), fc.constantFrom(...cells), (raw, target) => {
        const cards = raw.map((r) => card(r.id, r.cell, r.overridden ? r.formula : r.cell, r.overridden ? r.cell : null));
        const plan = planMove(cards, target);
        expect(plan.kind === 'none').toBe(cards.every((c) => c.cell === target));
        if (plan.kind === 'none') return;
        expect(new Set(plan.clientIds).size).toBe(plan.clientIds.length);
        for (const id of plan.clientIds) {
          const first = cards.find((c) => c.id === id && c.cell !== target);
          expect(first).toBeDefined();
        }
        if (plan.kind === 'clear') for (const id of plan.clientIds) expect(cards.find((c) => c.id === id && c.cell !== target)?.formulaCell).toBe(target);
      }),
    );
  });
});

describe('selection and drag', () => {
  it('drags the whole selection when the grabbed card is selected, grabbed card first', () => {
    let selection = new Map<number, MovableCard>();
    selection = toggleSelected(selection, card(1, 'A3'));
    selection = toggleSelected(selection, card(2, 'B3'));
    expect(cardsToDrag(card(2, 'B3'), selection).map((c) => c.id)).toEqual([2, 1]);
    expect(cardsToDrag(card(3, 'C3'), selection).map((c) => c.id)).toEqual([3]);
    expect([...toggleSelected(selection, card(1, 'A3')).keys()]).toEqual([2]);
    expect(selection.size).toBe(2);
  });
});

describe('the reason', () => {
  const quickText = (q: string) => ({ prescribesMore: '实际处方量高于模型判断', offTargetExpert: '非目标科室的专家', noProgress: '多次拜访无进展', other: '其他' })[q] ?? q;

  it('offers the quick reasons of DOMAIN 2.6 plus other', () => {
    expect(QUICK_REASONS).toEqual(['prescribesMore', 'offTargetExpert', 'noProgress', 'other']);
  });

  it('is required: nothing chosen and nothing written is no reason', () => {
    expect(composeReason(null, '', quickText)).toBeNull();
    expect(composeReason(null, '   ', quickText)).toBeNull();
    expect(composeReason('other', '', quickText)).toBeNull();
  });

  it('is the quick reason, with the free text after it', () => {
    expect(composeReason('prescribesMore', '', quickText)).toBe('实际处方量高于模型判断');
    expect(composeReason('noProgress', ' 两个月  六次拜访 ', quickText)).toBe('多次拜访无进展：两个月 六次拜访');
    expect(composeReason('offTargetExpert', 'x', quickText, ': ')).toBe('非目标科室的专家: x');
    expect(composeReason('other', '院长推荐', quickText)).toBe('院长推荐');
    expect(composeReason(null, '院长推荐', quickText)).toBe('院长推荐');
  });

  it('fits the contract’s 500 characters', () => {
    expect(composeReason('other', 'x'.repeat(900), quickText)?.length).toBe(500);
  });
});
