import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addQuarters,
  checkReportRequest,
  isReportRoute,
  lastMonthOfQuarter,
  parseReportRoute,
  quarterOf,
  reportRouteHash,
  type ReportRequest,
} from '../../../shared/analysis/reportRoute';
import { parsePrintRoute } from '../../../shared/planning/printRoute';

describe('report route', () => {
  it('reads a valid address', () => {
    expect(parseReportRoute('#/print/report?period=2026-Q4&from=3&to=now')).toEqual({ period: '2026-Q4', fromId: 3, toId: null });
    expect(parseReportRoute('#/print/report?period=2026-Q4&from=3&to=7&rep=2&region=%E5%8D%8E%E4%B8%9C')).toEqual({
      period: '2026-Q4',
      fromId: 3,
      toId: 7,
      repId: 2,
      region: '华东',
    });
    // An empty region is "the clients without a region", not "every region".
    expect(parseReportRoute('#/print/report?period=2026-Q1&from=1&to=now&region=')).toEqual({ period: '2026-Q1', fromId: 1, toId: null, region: '' });
    expect(reportRouteHash({ period: '2026-Q4', fromId: 3, toId: null, repId: 2, region: '华东 / 上海' })).toBe(
      '#/print/report?period=2026-Q4&from=3&to=now&rep=2&region=%E5%8D%8E%E4%B8%9C%20%2F%20%E4%B8%8A%E6%B5%B7',
    );
  });

  it('round-trips every request', () => {
    const request = fc.record(
      {
        period: fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
        fromId: fc.integer({ min: 1, max: 1e9 }),
        toId: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 1e9 })),
        repId: fc.integer({ min: 1, max: 1e9 }),
        // eslint-disable-next-line no-control-regex
        region: fc.string({ maxLength: 100 }).filter((s) => !/[\u0000-\u001f\u007f]/.test(s)),
      },
      { requiredKeys: ['period', 'fromId', 'toId'] },
    );
    fc.assert(
      fc.property(request, (value) => {
        fc.pre(value.fromId !== value.toId);
        const hash = reportRouteHash(value as ReportRequest);
        expect(parseReportRoute(hash)).toEqual(value);
        expect(checkReportRequest(value)).toEqual(value);
        expect(isReportRoute(hash)).toBe(true);
        // The plan's parser never takes a report address, and the other way round.
        expect(parsePrintRoute(hash)).toBeNull();
      }),
    );
  });

  it('refuses anything else', () => {
    for (const hash of [
      '#/print/report',
      '#/print/report?',
      '#/print/report?period=2026-12&from=1&to=now',
      '#/print/report?period=2026-Q5&from=1&to=now',
      '#/print/report?period=2026-Q4&to=now',
      '#/print/report?period=2026-Q4&from=0&to=now',
      '#/print/report?period=2026-Q4&from=1',
      '#/print/report?period=2026-Q4&from=1&to=today',
      '#/print/report?period=2026-Q4&from=1&to=1',
      '#/print/report?period=2026-Q4&from=1&to=now&rep=-2',
      '#/print/report?period=2026-Q4&from=1&to=now&rep=1;alert(1)',
      '#/print/report?period=2026-Q4&from=1e3&to=now',
      '#/print/report?period=2026-Q4&from=1&to=now&region=%E0%A4%A',
      '#/print/report?period=2026-Q4&from=1&to=now&region=a%0Ab',
      `#/print/report?period=2026-Q4&from=1&to=now&region=${'x'.repeat(101)}`,
      '#/print/report?period=2026-Q4&from=1&from=2&to=now',
      '#/print/plan?period=2026-12&reps=all',
      '#/print/reports?period=2026-Q4&from=1&to=now',
    ]) {
      expect({ hash, parsed: parseReportRoute(hash) }).toEqual({ hash, parsed: null });
    }
    expect(isReportRoute('#/print/plan?period=2026-12&reps=all')).toBe(false);
    expect(isReportRoute('#/print/reports')).toBe(false);
    expect(isReportRoute('#/print/report')).toBe(true);
  });

  it('checks a request from IPC field by field', () => {
    expect(checkReportRequest({ period: '2026-Q4', fromId: 1, toId: 2, repId: 3, region: '' })).toEqual({ period: '2026-Q4', fromId: 1, toId: 2, repId: 3, region: '' });
    for (const value of [
      null,
      'x',
      { period: '2026-Q4', fromId: 1 },
      { period: '2026-Q4', fromId: '1', toId: null },
      { period: '2026-Q4', fromId: 1.5, toId: null },
      { period: '2026-Q4', fromId: 1, toId: 'now' },
      { period: '2026-Q4', fromId: 2, toId: 2 },
      { period: '2026-Q4', fromId: 1, toId: null, repId: 0 },
      { period: '2026-Q4', fromId: 1, toId: null, region: 5 },
      { period: '2026-Q4', fromId: 1, toId: null, region: 'x'.repeat(101) },
      { period: '../../x', fromId: 1, toId: null },
    ]) {
      expect(checkReportRequest(value)).toBeNull();
    }
  });

  it('knows the quarters', () => {
    expect(quarterOf(new Date(2026, 10, 3))).toBe('2026-Q4');
    expect(quarterOf(new Date(2026, 0, 1))).toBe('2026-Q1');
    expect(addQuarters('2026-Q1', -1)).toBe('2025-Q4');
    expect(addQuarters('2026-Q4', 1)).toBe('2027-Q1');
    expect(addQuarters('2026-Q2', -6)).toBe('2024-Q4');
    expect(lastMonthOfQuarter('2026-Q4')).toBe('2026-12');
    expect(lastMonthOfQuarter('2026-Q1')).toBe('2026-03');
    expect(() => addQuarters('2026-12', 1)).toThrow(RangeError);
  });
});
