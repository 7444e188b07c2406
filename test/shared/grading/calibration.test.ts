import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bigMovers,
  breachesByCell,
  calibrationRules,
  stepDistance,
  stepMeasure,
  stepsOnGrid,
  targetShares,
  type CalibrationTarget,
} from '../../../shared/grading/calibration';
import { ModelDefinitionSchema, validateModel, type ModelDefinition } from '../../../shared/grading';
import { DEAL_TIMING, EMPLOYEE_NINE_GRID, OPPORTUNITY_FUNNEL, PHARMA_NINE_GRID, BUILTIN_MODELS } from '../../../shared/models';
import { pharmaCopy } from './helpers';

const PHARMA_CELLS = PHARMA_NINE_GRID.cells.map((cell) => cell.code);

function withCalibration(calibration: ModelDefinition['calibration']): ModelDefinition {
  const model = pharmaCopy();
  model.calibration = calibration;
  return model;
}

describe('the calibration block of a model', () => {
  it('is optional, and a model without one has no targets and no written-reason rule', () => {
    const model = pharmaCopy();
    delete model.calibration;
    expect(validateModel(model)).toEqual([]);
    expect(calibrationRules(model)).toEqual({ targets: [], writtenReasonBeyondSteps: null, bigMoverSteps: 2 });
  });

  it('defaults to a written reason beyond one step and big movers from two steps', () => {
    const rules = calibrationRules(withCalibration({ targets: [{ cells: ['A1'], maxShare: 0.1 }] }));
    expect(rules.writtenReasonBeyondSteps).toBe(1);
    expect(rules.bigMoverSteps).toBe(2);
    expect(calibrationRules(withCalibration({ writtenReasonBeyondSteps: null })).writtenReasonBeyondSteps).toBeNull();
  });

  it('resolves zones to their cells and names targets in the model’s words', () => {
    const rules = calibrationRules(PHARMA_NINE_GRID);
    expect(rules.targets).toEqual([
      { key: 'cells:A1', label: { 'zh-CN': 'A1', en: 'A1' }, zoneId: null, cells: ['A1'], maxShare: 0.1, minShare: null },
      { key: 'zone:red', label: { 'zh-CN': '红区', en: 'Red zone' }, zoneId: 'red', cells: ['A1', 'A2', 'B1', 'B2'], maxShare: 0.4, minShare: null },
    ]);
    const employee = calibrationRules(EMPLOYEE_NINE_GRID);
    expect(employee.targets[0]!.label).toEqual({ 'zh-CN': 'HH 超级明星', en: 'HH Super star' });
    expect(employee.targets.map((t) => [t.key, t.maxShare, t.minShare])).toEqual([
      ['cells:HH', 0.1, null],
      ['zone:retain', 0.2, null],
      ['zone:act', null, 0.1],
    ]);
  });

  it('ships in the pharma and employee presets, valid and unchanged by storage', () => {
    for (const model of [PHARMA_NINE_GRID, EMPLOYEE_NINE_GRID]) {
      expect(model.calibration, model.id).toBeDefined();
      expect(validateModel(model)).toEqual([]);
      expect(ModelDefinitionSchema.parse(JSON.parse(JSON.stringify(model))).calibration).toEqual(model.calibration);
    }
    for (const model of BUILTIN_MODELS) expect(validateModel(model).filter((p) => p.code.startsWith('calibration.')), model.id).toEqual([]);
  });

  it('reports unknown cells and zones, shares out of range and contradictory bounds, in both languages', () => {
    const model = withCalibration({
      targets: [
        { cells: ['A1', 'Z9'], maxShare: 0.1 },
        { zone: 'purple', maxShare: 0.3 },
        { cells: ['A2'], zone: 'red', maxShare: 0.3 },
        { cells: ['B1'] },
        { cells: ['B2'], maxShare: 1.5, minShare: -0.1 },
        { zone: 'blue', minShare: 0.5, maxShare: 0.2 },
        { cells: [], maxShare: 0.2 },
      ],
      writtenReasonBeyondSteps: -1,
      bigMoverSteps: 0,
    });
    const problems = validateModel(model);
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['calibration.unknownCell', 'calibration.targets.0.cells.1'],
      ['calibration.unknownZone', 'calibration.targets.1.zone'],
      ['calibration.targetScope', 'calibration.targets.2'],
      ['calibration.noBound', 'calibration.targets.3'],
      ['calibration.shareOutOfRange', 'calibration.targets.4.minShare'],
      ['calibration.shareOutOfRange', 'calibration.targets.4.maxShare'],
      ['calibration.minAboveMax', 'calibration.targets.5'],
      ['calibration.noCells', 'calibration.targets.6.cells'],
      ['calibration.stepsTooSmall', 'calibration.writtenReasonBeyondSteps'],
      ['calibration.stepsTooSmall', 'calibration.bigMoverSteps'],
    ]);
    expect(problems[0]!.message['zh-CN']).toBe('校准目标 A1+Z9 引用了不存在的格子“Z9”');
    expect(problems[1]!.message.en).toBe('Calibration target purple refers to an unknown zone "purple"');
    expect(problems[4]!.message.en).toContain('between 0 and 1');
    expect(ModelDefinitionSchema.safeParse(model).success).toBe(false);
    // Targets a validation rejects are left out of the rules, so a stored model still draws.
    expect(calibrationRules(model).targets.map((t) => t.key)).toEqual(['cells:A1', 'cells:B2', 'zone:blue']);
  });
});

describe('target shares', () => {
  const target = (cells: string[], maxShare: number | null, minShare: number | null = null): CalibrationTarget => ({
    key: cells.join('+'),
    label: { 'zh-CN': cells.join('、'), en: cells.join(', ') },
    zoneId: null,
    cells,
    maxShare,
    minShare,
  });
  const board = (counts: Record<string, number>) => PHARMA_CELLS.map((code) => ({ code, count: counts[code] ?? 0 }));

  it('compares counts, not rounded percentages: 10 of 100 is within 10%, 11 is over', () => {
    const [within] = targetShares([target(['A1'], 0.1)], board({ A1: 10, C3: 90 }));
    expect(within).toMatchObject({ count: 10, total: 100, share: 0.1, status: 'ok' });
    const [over] = targetShares([target(['A1'], 0.1)], board({ A1: 11, C3: 89 }));
    expect(over).toMatchObject({ count: 11, status: 'over' });
  });

  it('flags a share under its minimum, and nothing on an empty board', () => {
    const [under] = targetShares([target(['C1', 'C2', 'C3'], null, 0.1)], board({ A1: 95, C3: 5 }));
    expect(under!.status).toBe('under');
    const [empty] = targetShares([target(['A1'], 0.1)], board({}));
    expect(empty).toMatchObject({ share: null, status: 'empty' });
  });

  it('on the demo-like pharma counts: A1 over 10%, red within 40%, and the badge goes on each breached cell', () => {
    const counts = { A3: 410, A2: 193, A1: 172, B3: 268, B2: 126, B1: 109, C3: 149, C2: 58, C1: 48 };
    const shares = targetShares(calibrationRules(PHARMA_NINE_GRID).targets, board(counts));
    expect(shares.map((s) => [s.target.key, s.status])).toEqual([
      ['cells:A1', 'over'],
      ['zone:red', 'ok'],
    ]);
    expect(shares[1]!.share).toBeCloseTo(600 / 1533, 12);
    expect([...breachesByCell(shares).keys()]).toEqual(['A1']);
  });

  it('a share never leaves 0–1 and the status follows the bounds', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: 9, maxLength: 9 }), fc.double({ min: 0, max: 1, noNaN: true }), (numbers, max) => {
        const cells = PHARMA_CELLS.map((code, i) => ({ code, count: numbers[i]! }));
        const [share] = targetShares([target(['A1', 'B2'], max)], cells);
        if (share!.share === null) return expect(share!.total).toBe(0);
        expect(share!.share).toBeGreaterThanOrEqual(0);
        expect(share!.share).toBeLessThanOrEqual(1);
        expect(share!.status === 'over').toBe(share!.count > max * share!.total + 1e-9);
      }),
    );
  });
});

describe('steps between cells', () => {
  it('counts the larger of the row and column distance in the layout', () => {
    expect(stepDistance(PHARMA_NINE_GRID, 'A3', 'A2')).toBe(1);
    expect(stepDistance(PHARMA_NINE_GRID, 'A3', 'B2')).toBe(1);
    expect(stepDistance(PHARMA_NINE_GRID, 'A3', 'A1')).toBe(2);
    expect(stepDistance(PHARMA_NINE_GRID, 'C3', 'A1')).toBe(2);
    expect(stepDistance(PHARMA_NINE_GRID, 'B1', 'C1')).toBe(1);
    expect(stepDistance(PHARMA_NINE_GRID, 'A1', 'Z9')).toBeNull();
    expect(stepDistance(PHARMA_NINE_GRID, null, 'A1')).toBeNull();
  });

  it('is the row distance on one-axis models, however the board draws them', () => {
    expect(stepDistance(DEAL_TIMING, 'A', 'B')).toBe(1);
    expect(stepDistance(DEAL_TIMING, 'A', 'E')).toBe(4);
    const stages = OPPORTUNITY_FUNNEL.layout.rows.order;
    expect(stepDistance(OPPORTUNITY_FUNNEL, stages[0]!, stages[2]!)).toBe(2);
  });

  for (const model of [PHARMA_NINE_GRID, EMPLOYEE_NINE_GRID, DEAL_TIMING, OPPORTUNITY_FUNNEL]) {
    const codes = model.cells.map((cell) => cell.code);
    const cell = fc.constantFrom(...codes);
    it(`${model.id}: zero on the same cell, symmetric, a triangle, and the measure agrees`, () => {
      const measure = stepMeasure(model);
      fc.assert(
        fc.property(cell, cell, cell, (a, b, c) => {
          expect(stepDistance(model, a, a)).toBe(0);
          const ab = stepDistance(model, a, b)!;
          expect(ab).toBe(stepDistance(model, b, a));
          expect(ab === 0).toBe(a === b);
          expect(ab).toBeLessThanOrEqual(stepDistance(model, a, c)! + stepDistance(model, c, b)!);
          expect(measure(a, b)).toBe(ab);
        }),
      );
    });
  }

  it('works on a drawn board with holes', () => {
    expect(stepsOnGrid([['A', ''], ['', 'B']], 'A', 'B')).toBe(1);
    expect(stepsOnGrid([['A', '']], 'A', '')).toBeNull();
  });
});

describe('big movers', () => {
  it('keeps clients that moved at least the given steps, with their steps, and leaves ungraded ends out', () => {
    const changes = [
      { clientId: 1, from: 'A3', to: 'A1' },
      { clientId: 2, from: 'A3', to: 'A2' },
      { clientId: 3, from: 'C3', to: 'A1' },
      { clientId: 4, from: null, to: 'A1' },
      { clientId: 5, from: 'B2', to: 'B2' },
      { clientId: 6, from: 'A1', to: 'Z9' },
    ];
    expect(bigMovers(PHARMA_NINE_GRID, changes, 2)).toEqual([
      { clientId: 1, from: 'A3', to: 'A1', steps: 2 },
      { clientId: 3, from: 'C3', to: 'A1', steps: 2 },
    ]);
    expect(bigMovers(PHARMA_NINE_GRID, changes, 1).map((m) => m.clientId)).toEqual([1, 2, 3]);
  });

  it('never flags a client that stayed, whatever the threshold', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PHARMA_CELLS), fc.integer({ min: 1, max: 3 }), (code, min) => {
        expect(bigMovers(PHARMA_NINE_GRID, [{ clientId: 1, from: code, to: code }], min)).toEqual([]);
      }),
    );
  });
});
