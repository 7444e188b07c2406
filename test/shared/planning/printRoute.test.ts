import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPrintRequest, parsePrintRoute, printRouteHash } from '../../../shared/planning/printRoute';

describe('print route', () => {
  it('round-trips a period and reps', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('2026-12', '2027-01', '2026-Q4'),
        fc.oneof(fc.constant('all' as const), fc.uniqueArray(fc.integer({ min: 1, max: 1e9 }), { minLength: 1, maxLength: 20 })),
        (period, repIds) => {
          expect(parsePrintRoute(printRouteHash({ period, repIds }))).toEqual({ period, repIds });
        },
      ),
    );
    expect(printRouteHash({ period: '2026-12', repIds: [1, 2] })).toBe('#/print/plan?period=2026-12&reps=1,2');
  });

  it('refuses anything else', () => {
    for (const hash of ['#/print/plan', '#/print/plan?period=2026-13&reps=1', '#/print/plan?period=2026-12&reps=1;alert(1)', '#/print/plan?period=2026-12&reps=0', '#/plans', '#/print/plan?period=<x>']) {
      expect(parsePrintRoute(hash)).toBeNull();
    }
    expect(checkPrintRequest({ period: '2026-12', repIds: [1, -2] })).toBeNull();
    expect(checkPrintRequest({ period: '2026-12', repIds: [] })).toBeNull();
    expect(checkPrintRequest({ period: '2026-12', repIds: 'some' })).toBeNull();
    expect(checkPrintRequest(null)).toBeNull();
    expect(checkPrintRequest({ period: '2026-Q1', repIds: 'all' })).toEqual({ period: '2026-Q1', repIds: 'all' });
  });
});
