import { regularizedUpperGamma } from './incompleteGamma';

/** P(X ≥ x) for X chi-square distributed with `df` degrees of freedom (the test's p-value). */
export function chiSquareSurvival(x: number, df: number): number {
  if (!(df > 0)) return Number.NaN;
  if (!(x > 0)) return 1;
  return regularizedUpperGamma(df / 2, x / 2);
}

export interface ChiSquareTest {
  chiSquare: number;
  degreesOfFreedom: number;
  pValue: number;
}

/** What a test that cannot be made reports: no difference shown. */
export const NO_TEST: ChiSquareTest = { chiSquare: 0, degreesOfFreedom: 0, pValue: 1 };

/**
 * Pearson's chi-square test of homogeneity on a 2 × k table: do the two rows (e.g. one rep's
 * clients per zone and the other reps' pooled) spread over the k columns the same way?
 * Columns empty in both rows are left out; expected counts come from the margins; df = k − 1.
 * With fewer than 2 non-empty columns, or an empty row, there is nothing to test (NO_TEST).
 */
export function chiSquareHomogeneity(first: readonly number[], second: readonly number[]): ChiSquareTest {
  const columns: [number, number][] = [];
  for (let i = 0; i < Math.max(first.length, second.length); i++) {
    const a = first[i] ?? 0;
    const b = second[i] ?? 0;
    if (a + b > 0) columns.push([a, b]);
  }
  const rowA = columns.reduce((sum, [a]) => sum + a, 0);
  const rowB = columns.reduce((sum, [, b]) => sum + b, 0);
  if (columns.length < 2 || rowA === 0 || rowB === 0) return NO_TEST;
  const total = rowA + rowB;
  let chiSquare = 0;
  for (const [a, b] of columns) {
    const column = a + b;
    const expectedA = (rowA * column) / total;
    const expectedB = (rowB * column) / total;
    chiSquare += (a - expectedA) ** 2 / expectedA + (b - expectedB) ** 2 / expectedB;
  }
  const degreesOfFreedom = columns.length - 1;
  return { chiSquare, degreesOfFreedom, pValue: chiSquareSurvival(chiSquare, degreesOfFreedom) };
}
