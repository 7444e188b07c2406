import { useMemo } from 'react';
import { lastMonthOfQuarter, type ReportRequest } from '../../../../../shared/analysis/reportRoute';
import { useApiQuery } from '../../../api/hooks';

/** The most movers one call lists (the contract's cap): the printed list says when there are more. */
export const MOVERS_LIMIT = 2000;

const NO_REQUEST: ReportRequest = { period: '2000-Q1', fromId: 1, toId: null };

/**
 * Every query the report prints, through the contract, for one request (null: none run).
 * The counts are the later point in time's (a snapshot, or today's grades); the visits are
 * the plan of the quarter's last month; the movement runs from `fromId` to `toId`.
 */
export function useReportData(request: ReportRequest | null) {
  const enabled = request !== null;
  const r = request ?? NO_REQUEST;
  const scope = { ...(r.repId === undefined ? {} : { repId: r.repId }), ...(r.region === undefined ? {} : { region: r.region }) };
  const at = r.toId === null ? {} : { snapshotId: r.toId };
  const month = lastMonthOfQuarter(r.period);
  const queries = {
    summary: useApiQuery('stats.summary', r.repId === undefined ? {} : { repId: r.repId }, { enabled }),
    snapshots: useApiQuery('snapshots.list', {}, { enabled }),
    reps: useApiQuery('reps.list', {}, { enabled }),
    pareto: useApiQuery('analysis.pareto', { ...scope, ...at, limit: 0 }, { enabled }),
    visits: useApiQuery('analysis.visitsByZone', { ...scope, month }, { enabled }),
    // Every rep is compared with the others: the rep in scope is marked, not filtered.
    distribution: useApiQuery('analysis.repDistribution', { ...(r.region === undefined ? {} : { region: r.region }), ...at }, { enabled }),
    movement: useApiQuery('analysis.movement', { ...scope, fromId: r.fromId, toId: r.toId, limit: MOVERS_LIMIT }, { enabled }),
    trend: useApiQuery('analysis.zoneTrend', scope, { enabled }),
  };
  const all = Object.values(queries);
  const failed = all.find((query) => query.isError);
  const { summary, snapshots, reps, pareto, visits, distribution, movement, trend } = queries;
  const [s, sn, rp, pa, vi, di, mo, tr] = [summary.data, snapshots.data, reps.data, pareto.data, visits.data, distribution.data, movement.data, trend.data];
  // A new object only when one of the queries' data changes (the ready signal and the charts follow it).
  const data = useMemo(
    () => (s && sn && rp && pa && vi && di && mo && tr ? { month, summary: s, snapshots: sn, reps: rp, pareto: pa, visits: vi, distribution: di, movement: mo, trend: tr } : null),
    [month, s, sn, rp, pa, vi, di, mo, tr],
  );
  return { data, error: failed?.error ?? null, retry: () => all.forEach((query) => query.isError && void query.refetch()) };
}

export type ReportData = NonNullable<ReturnType<typeof useReportData>['data']>;
