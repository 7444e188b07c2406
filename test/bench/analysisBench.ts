import { rmSync } from 'node:fs';
import { createApi, type Api } from '../../shared/contract';
import { openCore } from '../../electron/core/openCore';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { silentLogger } from '../../electron/core/log/logger';
import { seededBenchDatabase } from './benchApp';
import { round, type Measurement } from './measure';

export const ANALYSIS_CLIENTS = 100_000;
const RUNS = 5;
const TARGET_MS = 1000;
const MONTH = '2026-12';
const REGIONS = ['华东', '华南', '华北'];

/** Median wall time in ms of `runs` awaited calls, after one unmeasured call. */
async function medianAsync(fn: () => Promise<unknown>, runs = RUNS): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Every fourth client gets no region, the others one of three (a national roll-up of regional tables). */
async function assignRegions(dbPath: string): Promise<void> {
  const { db } = await openDatabase(dbPath, silentLogger);
  const update = db.prepare('UPDATE clients SET region = ? WHERE id % 4 = ?');
  db.transaction(() => REGIONS.forEach((region, i) => update.run(region, i + 1)))();
  db.close();
}

/** Moves `count` clients of `fromCell` to `toCell` by hand, with a reason (one command, as the board does). */
async function override(api: Api, fromCell: string, toCell: string, count: number, reason: string): Promise<void> {
  const ids = await api.call('clients.ids', { query: { cells: [fromCell] } });
  await api.call('grades.override', { clientIds: ids.slice(0, count), cell: toCell, reason });
}

/**
 * The 分析 page at national scale: 100,000 clients in three regions (and none), a snapshot, then
 * overrides (movers with reasons). Each of the six analyses is timed through the in-process API
 * (input validation and output check included); all six together must answer within 1 s, against
 * stats.summary on the same database as the baseline.
 */
export async function analysisBench(): Promise<Measurement[]> {
  const { dir, dbPath } = await seededBenchDatabase(ANALYSIS_CLIENTS, 'tg-analysis-bench-');
  try {
    await assignRegions(dbPath);
    const core = await openCore({ dbPath, seedDemo: false, appVersion: '0.0.0-bench', log: silentLogger });
    try {
      const api = createApi(core.router);
      const total = (await api.call('stats.summary', {})).totals.clients;
      if (total !== ANALYSIS_CLIENTS) throw new Error(`expected ${ANALYSIS_CLIENTS} clients, the core has ${total}`);
      await override(api, 'C1', 'B1', 500, '实际处方量高于模型判断');
      const snapshot = await api.call('snapshots.take', { period: '2026-Q3' });
      await override(api, 'A3', 'A2', 2000, '已开始试用');
      await override(api, 'B2', 'C2', 1000, '科室调整');
      const repId = (await api.call('reps.list', {}))[0]!.id;

      const queries: [string, () => Promise<unknown>][] = [
        ['pareto', () => api.call('analysis.pareto', {})],
        ['visitsByZone', () => api.call('analysis.visitsByZone', { month: MONTH })],
        ['repDistribution', () => api.call('analysis.repDistribution', {})],
        ['zoneTrend', () => api.call('analysis.zoneTrend', {})],
        ['movement', () => api.call('analysis.movement', { fromId: snapshot.id, toId: null })],
        ['regions', () => api.call('analysis.regions', {})],
      ];
      const filtered: [string, () => Promise<unknown>][] = [
        ['pareto.snapshotRegion', () => api.call('analysis.pareto', { snapshotId: snapshot.id, region: REGIONS[0] })],
        ['visitsByZone.rep', () => api.call('analysis.visitsByZone', { month: MONTH, repId })],
        ['repDistribution.region', () => api.call('analysis.repDistribution', { region: '' })],
        ['movement.repRegion', () => api.call('analysis.movement', { fromId: snapshot.id, toId: null, repId, region: REGIONS[1] })],
        ['regions.snapshot', () => api.call('analysis.regions', { snapshotId: snapshot.id })],
      ];

      const baseline = await medianAsync(() => api.call('stats.summary', {}));
      const times: Measurement[] = [];
      let sum = 0;
      for (const [name, run] of queries) {
        const ms = await medianAsync(run);
        sum += ms;
        times.push({ name: `analysis.${name}100k`, value: round(ms), unit: 'ms', baseline: null, ratio: null, target: 'info', pass: true });
      }
      let filteredSum = 0;
      for (const [name, run] of filtered) {
        const ms = await medianAsync(run);
        filteredSum += ms;
        times.push({ name: `analysis.${name}100k`, value: round(ms), unit: 'ms', baseline: null, ratio: null, target: 'info', pass: true });
      }
      return [
        { name: 'analysis.statsSummary100k', value: round(baseline), unit: 'ms', baseline: null, ratio: null, target: 'baseline', pass: true },
        ...times,
        {
          name: 'analysis.allSix100k',
          value: round(sum),
          unit: 'ms',
          baseline: 'analysis.statsSummary100k',
          ratio: round(sum / baseline, 2),
          target: `< ${TARGET_MS} ms (Σ of the six medians of ${RUNS})`,
          pass: sum < TARGET_MS,
        },
        {
          name: 'analysis.filtered100k',
          value: round(filteredSum),
          unit: 'ms',
          baseline: 'analysis.statsSummary100k',
          ratio: round(filteredSum / baseline, 2),
          target: `< ${TARGET_MS} ms (Σ of ${filtered.length} filtered medians)`,
          pass: filteredSum < TARGET_MS,
        },
      ];
    } finally {
      core.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
