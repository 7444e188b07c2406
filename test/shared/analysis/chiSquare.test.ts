import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chiSquareHomogeneity, chiSquareSurvival, NO_TEST } from '../../../shared/analysis/chiSquare';
import { logGamma, regularizedLowerGamma, regularizedUpperGamma } from '../../../shared/analysis/incompleteGamma';

describe('chi-square survival function', () => {
  it('gives the critical values of the printed tables', () => {
    // [chi², df, p] from a standard chi-square table. The table rounds chi² to 3 decimals, which
    // moves p by up to density × 0.0005: compared to 3 decimals for p ≥ 0.1, 4 below, 5 for 0.001.
    const table: [number, number, number][] = [
      [3.841, 1, 0.05],
      [6.635, 1, 0.01],
      [10.828, 1, 0.001],
      [5.991, 2, 0.05],
      [9.21, 2, 0.01],
      [7.815, 3, 0.05],
      [11.345, 3, 0.01],
      [9.488, 4, 0.05],
      [13.277, 4, 0.01],
      [18.307, 10, 0.05],
      [23.209, 10, 0.01],
      [43.773, 30, 0.05],
      [2.706, 1, 0.1],
      [0.455, 1, 0.5],
      [1.386, 2, 0.5],
    ];
    for (const [x, df, p] of table) expect(chiSquareSurvival(x, df)).toBeCloseTo(p, p < 0.01 ? 5 : p < 0.1 ? 4 : 3);
  });

  it('matches the closed forms: df 2 is exp(−x/2), df 4 is exp(−x/2)(1 + x/2)', () => {
    for (const x of [0.01, 0.5, 1, 2.5, 7, 15, 40, 120]) {
      expect(chiSquareSurvival(x, 2)).toBeCloseTo(Math.exp(-x / 2), 12);
      expect(chiSquareSurvival(x, 4)).toBeCloseTo(Math.exp(-x / 2) * (1 + x / 2), 12);
    }
  });

  it('is 1 at 0, falls towards 0, and P + Q = 1', () => {
    expect(chiSquareSurvival(0, 3)).toBe(1);
    expect(chiSquareSurvival(-1, 3)).toBe(1);
    expect(chiSquareSurvival(500, 2)).toBeLessThan(1e-100);
    expect(chiSquareSurvival(Infinity, 2)).toBe(0);
    expect(chiSquareSurvival(1, 0)).toBeNaN();
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 80, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true }), (a, x) => {
        const q = regularizedUpperGamma(a, x);
        expect(q).toBeGreaterThanOrEqual(0);
        expect(q).toBeLessThanOrEqual(1);
        expect(regularizedLowerGamma(a, x) + q).toBeCloseTo(1, 10);
        expect(regularizedUpperGamma(a, x + 1)).toBeLessThanOrEqual(q + 1e-12);
      }),
    );
  });

  it('ln Γ of integers and halves', () => {
    let factorial = 1;
    for (let n = 1; n <= 20; n++) {
      expect(logGamma(n)).toBeCloseTo(Math.log(factorial), 10);
      factorial *= n;
    }
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(1.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI) / 2), 12);
  });
});

describe('chi-square test of homogeneity (2 × k)', () => {
  it('computes the statistic from the margins', () => {
    // Row totals 60 and 60, column totals 30, 40, 50: expected 15, 20, 25 in both rows.
    const test = chiSquareHomogeneity([10, 20, 30], [20, 20, 20]);
    expect(test.chiSquare).toBeCloseTo(2 * (25 / 15 + 0 + 25 / 25), 12);
    expect(test.degreesOfFreedom).toBe(2);
    expect(test.pValue).toBeCloseTo(Math.exp(-test.chiSquare / 2), 12);
  });

  it('a textbook 2 × 2 table', () => {
    // 30/70 against 50/50: chi² = 200·(30·50 − 70·50)² / (100·100·80·120) = 8.333…
    const test = chiSquareHomogeneity([30, 70], [50, 50]);
    expect(test.chiSquare).toBeCloseTo(25 / 3, 10);
    expect(test.degreesOfFreedom).toBe(1);
    expect(test.pValue).toBeCloseTo(0.003892, 5);
  });

  it('leaves out columns empty in both rows, and refuses tables it cannot test', () => {
    expect(chiSquareHomogeneity([10, 0, 30], [20, 0, 20])).toMatchObject({ degreesOfFreedom: 1 });
    expect(chiSquareHomogeneity([10, 0, 30], [20, 0, 20]).chiSquare).toBeCloseTo(chiSquareHomogeneity([10, 30], [20, 20]).chiSquare, 12);
    expect(chiSquareHomogeneity([5, 0], [7, 0])).toEqual(NO_TEST);
    expect(chiSquareHomogeneity([0, 0, 0], [3, 4, 5])).toEqual(NO_TEST);
    expect(chiSquareHomogeneity([3, 4, 5], [0, 0, 0])).toEqual(NO_TEST);
    expect(chiSquareHomogeneity([], [])).toEqual(NO_TEST);
  });

  it('is 0 with p 1 for the same proportions, and never negative', () => {
    expect(chiSquareHomogeneity([10, 20, 30], [20, 40, 60])).toMatchObject({ chiSquare: 0, pValue: 1, degreesOfFreedom: 2 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(500), fc.nat(500)), { minLength: 1, maxLength: 8 }), (columns) => {
        const test = chiSquareHomogeneity(columns.map(([a]) => a), columns.map(([, b]) => b));
        expect(test.chiSquare).toBeGreaterThanOrEqual(0);
        expect(test.pValue).toBeGreaterThanOrEqual(0);
        expect(test.pValue).toBeLessThanOrEqual(1);
        // Swapping the rows changes nothing.
        expect(chiSquareHomogeneity(columns.map(([, b]) => b), columns.map(([a]) => a)).chiSquare).toBeCloseTo(test.chiSquare, 9);
      }),
    );
  });
});
