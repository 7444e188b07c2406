import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createApi, type Api } from '../../shared/contract';
import { lastMonthOfQuarter, reportRouteHash, type ReportRequest } from '../../shared/analysis/reportRoute';
import { API_PREFIX } from '../../shared/transport/httpTransportProtocol';
import { openCore } from '../../electron/core/openCore';
import { silentLogger } from '../../electron/core/log/logger';
import { startLoopbackServer } from '../../electron/server/loopbackServer';
import { pdfLayout } from '../e2e/harness/pdfLayout';
import { TOKEN_STORAGE_KEY } from '../../renderer/src/api/token';
import { RENDERER_DIR, launchBenchChromium, requireBuiltRenderer, seededBenchDatabase } from './benchApp';
import { round, type Measurement } from './measure';

export const REPORT_CLIENTS = 100_000;
/** The baseline: about the demo region's size (1,526 clients). */
export const REPORT_SMALL_CLIENTS = 1_500;
const RUNS = 3;
const TARGET_MS = 10_000;
/** The report's cap on listed movers (renderer/src/features/dashboards/report/useReportData.ts, MOVERS_LIMIT). */
const MOVERS_CAP = 2000;
const PERIOD = '2026-Q4';

/** Overrides between the two snapshots, as shares of the clients: 3.5% move (3,500 at 100k, over the list's cap; ~50 at 1.5k). */
const MOVES: { from: string; to: string; share: number; reason: string }[] = [
  { from: 'A3', to: 'A2', share: 0.02, reason: '已开始试用' },
  { from: 'B2', to: 'C2', share: 0.01, reason: '科室调整' },
  { from: 'C1', to: 'B1', share: 0.005, reason: '实际处方量高于模型判断' },
];

declare global {
  interface Window {
    __tgReportReady?: { state: string; at: number };
  }
}

/**
 * In the page from its first script: when <html> gets its data-print-ready state (ms since
 * navigation start). A string, so the bundler's helpers never end up in the page.
 */
const WATCH_READY = `(() => {
  // The first script runs before <html> exists: watch the document for it.
  new MutationObserver((records, observer) => {
    const state = document.documentElement?.dataset.printReady;
    if (state === undefined || window.__tgReportReady !== undefined) return;
    window.__tgReportReady = { state, at: performance.now() };
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-print-ready'] });
})();`;

/** In the page: the contract calls it made (resource timing), the movers' rows on the sheet, the script and style loads. */
const PAGE_FIGURES = `(() => {
  const entries = performance.getEntriesByType('resource');
  const calls = entries
    .filter((e) => new URL(e.name).pathname.startsWith(${JSON.stringify(API_PREFIX)}))
    .map((e) => ({ method: decodeURIComponent(new URL(e.name).pathname.split('/').pop()), start: e.startTime, end: e.responseEnd, bytes: e.encodedBodySize }));
  const assets = entries.filter((e) => /\\.(js|css)$/.test(new URL(e.name).pathname));
  return {
    calls,
    assetsEnd: assets.reduce((max, e) => Math.max(max, e.responseEnd), 0),
    movers: document.querySelectorAll('[data-testid="report-movers"] tbody tr').length,
    domNodes: document.getElementsByTagName('*').length,
  };
})()`;

interface PageFigures {
  calls: { method: string; start: number; end: number; bytes: number }[];
  assetsEnd: number;
  movers: number;
  domNodes: number;
}

interface Run {
  /** Node's wall time: page.goto → the PDF's bytes. */
  totalMs: number;
  /** In the page, since navigation start: the last script or style loaded, the first call sent, the last call answered, ready. */
  assetsEnd: number;
  firstCall: number;
  lastCall: number;
  readyAt: number;
  /** Node's wall time of emulateMedia('print') + page.pdf. */
  pdfMs: number;
  slowestCall: { method: string; ms: number; bytes: number };
  calls: number;
  pdf: Buffer;
  movers: number;
  domNodes: number;
}

interface SizeResult {
  clients: number;
  runs: Run[];
  moversTotal: number;
  /** The same eight calls through the in-process API (validation and output check included), after one warm-up: Σ of each one's time. */
  coreSerialMs: number;
  coreCalls: { method: string; ms: number }[];
  pages: number;
  pageSize: string;
  pdfBytes: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Moves `count` clients of `fromCell` to `toCell` by hand, with a reason (one command, as the board does). */
async function override(api: Api, fromCell: string, toCell: string, count: number, reason: string): Promise<number> {
  const ids = (await api.call('clients.ids', { query: { cells: [fromCell] } })).slice(0, count);
  if (ids.length > 0) await api.call('grades.override', { clientIds: ids, cell: toCell, reason });
  return ids.length;
}

/** The report's own queries (renderer/src/features/dashboards/report/useReportData.ts), for a request over every rep and region. */
function reportQueries(api: Api, request: ReportRequest): [string, () => Promise<unknown>][] {
  const at = request.toId === null ? {} : { snapshotId: request.toId };
  return [
    ['stats.summary', () => api.call('stats.summary', {})],
    ['snapshots.list', () => api.call('snapshots.list', {})],
    ['reps.list', () => api.call('reps.list', {})],
    ['analysis.pareto', () => api.call('analysis.pareto', { ...at, limit: 0 })],
    ['analysis.visitsByZone', () => api.call('analysis.visitsByZone', { month: lastMonthOfQuarter(request.period) })],
    ['analysis.repDistribution', () => api.call('analysis.repDistribution', { ...at })],
    ['analysis.movement', () => api.call('analysis.movement', { fromId: request.fromId, toId: request.toId, limit: MOVERS_CAP })],
    ['analysis.zoneTrend', () => api.call('analysis.zoneTrend', {})],
  ];
}

/** Prints the route as the e2e does (test/e2e/harness/printPdf.ts: Electron's printToPDF layout), to bytes. */
async function printToPdf(page: Page): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  return page.pdf(pdfLayout());
}

/** Polls from outside (the page's CSP refuses string predicates of waitForFunction); the time itself is taken in the page. */
async function readyAt(page: Page, problems: string[]): Promise<number> {
  const deadline = Date.now() + 60_000;
  let failure = 'was not ready within 60 s';
  while (Date.now() < deadline) {
    const ready = (await page.evaluate('window.__tgReportReady')) as Window['__tgReportReady'];
    if (ready?.state === 'true') return ready.at;
    if (ready) {
      failure = `said data-print-ready="${ready.state}"`;
      break;
    }
    await page.waitForTimeout(20);
  }
  // What the page shows, for the reader of a failed run (a renderer rebuilt under the bench shows nothing).
  const shown = String(await page.evaluate('document.body?.innerText ?? ""')).replace(/\s+/g, ' ').slice(0, 300);
  throw new Error(`the report ${failure}; page errors: ${problems.join('; ') || 'none'}; the page shows: ${shown || '(nothing)'}`);
}

/**
 * One database of `clients`: a snapshot, overrides with reasons, a second snapshot; then the
 * report between them printed `RUNS` times, each in a fresh browser context (a hidden print
 * window loads the route cold), from navigation to the PDF's bytes.
 */
async function measureSize(browser: Browser, clients: number): Promise<SizeResult> {
  const { dir, dbPath } = await seededBenchDatabase(clients, 'tg-report-bench-');
  try {
    const core = await openCore({ dbPath, seedDemo: false, appVersion: '0.0.0-bench', log: silentLogger });
    const server = await startLoopbackServer({ router: core.router, rendererDir: RENDERER_DIR, log: silentLogger });
    try {
      const api = createApi(core.router);
      const total = (await api.call('stats.summary', {})).totals.clients;
      if (total !== clients) throw new Error(`expected ${clients} clients, the core has ${total}`);
      const fromId = (await api.call('snapshots.take', { period: '2026-Q3', label: '季度初' })).id;
      for (const move of MOVES) await override(api, move.from, move.to, Math.max(1, Math.round(clients * move.share)), move.reason);
      const toId = (await api.call('snapshots.take', { period: PERIOD })).id;
      const request: ReportRequest = { period: PERIOD, fromId, toId };

      const movement = await api.call('analysis.movement', { fromId, toId, limit: MOVERS_CAP });
      const moversTotal = movement.movers.total;
      const expectedRows = Math.min(moversTotal, MOVERS_CAP);
      if (moversTotal < MOVES.length) throw new Error(`only ${moversTotal} movers between the snapshots`);

      // The core's part alone, in process: each of the report's calls once warm, then timed.
      const coreCalls: { method: string; ms: number }[] = [];
      for (const [method, call] of reportQueries(api, request)) {
        await call();
        const started = performance.now();
        await call();
        coreCalls.push({ method, ms: performance.now() - started });
      }
      const coreSerialMs = coreCalls.reduce((sum, c) => sum + c.ms, 0);

      const token = new URLSearchParams(new URL(server.url).hash.slice(1)).get('token')!;
      const url = `${server.origin}/${reportRouteHash(request)}`;
      const runs: Run[] = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
        try {
          const page = await context.newPage();
          const problems: string[] = [];
          page.on('pageerror', (error) => problems.push(error.message));
          page.on('console', (message) => {
            if (message.type() === 'error') problems.push(`console: ${message.text()}`);
          });
          await page.addInitScript(({ key, value }) => sessionStorage.setItem(key, value), { key: TOKEN_STORAGE_KEY, value: token });
          await page.addInitScript(WATCH_READY);
          const started = performance.now();
          await page.goto(url);
          const ready = await readyAt(page, problems);
          const pdfStarted = performance.now();
          const pdf = await printToPdf(page);
          const finished = performance.now();
          const figures = (await page.evaluate(PAGE_FIGURES)) as PageFigures;
          if (problems.length > 0) throw new Error(`the report page failed: ${problems.join('; ')}`);
          if (figures.movers !== expectedRows) throw new Error(`the report lists ${figures.movers} movers, expected ${expectedRows}`);
          const slowest = figures.calls.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a), figures.calls[0]!);
          runs.push({
            totalMs: finished - started,
            assetsEnd: figures.assetsEnd,
            firstCall: Math.min(...figures.calls.map((c) => c.start)),
            lastCall: Math.max(...figures.calls.map((c) => c.end)),
            readyAt: ready,
            pdfMs: finished - pdfStarted,
            slowestCall: { method: slowest.method, ms: slowest.end - slowest.start, bytes: slowest.bytes },
            calls: figures.calls.length,
            pdf,
            movers: figures.movers,
            domNodes: figures.domNodes,
          });
        } finally {
          await context.close();
        }
      }

      const pdfPath = join(dir, 'report.pdf');
      writeFileSync(pdfPath, runs[runs.length - 1]!.pdf);
      const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? NaN);
      const pageSize = /Page size:\s+(.+)/.exec(info)?.[1]?.trim() ?? '?';
      if (!/\(A4\)/.test(pageSize)) throw new Error(`the PDF is not A4: ${pageSize}`);
      return { clients, runs, moversTotal, coreSerialMs, coreCalls, pages, pageSize, pdfBytes: runs[runs.length - 1]!.pdf.length };
    } finally {
      await server.close();
      core.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const scaleName = (clients: number) => `${clients / 1000}k`;

/** The figures of one size: the median run's breakdown (the run whose total is the median). */
function sizeMeasurements(result: SizeResult, baseline: SizeResult | null): Measurement[] {
  const scale = scaleName(result.clients);
  const total = median(result.runs.map((r) => r.totalMs));
  const typical = [...result.runs].sort((a, b) => a.totalMs - b.totalMs)[Math.floor(result.runs.length / 2)]!;
  const name = (what: string) => `report.${what}${scale}`;
  const slowestCore = [...result.coreCalls]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map((c) => `${c.method.replace('analysis.', '')} ${round(c.ms)}`)
    .join(', ');
  const info = (what: string, value: number, unit: string, target: string): Measurement => ({ name: name(what), value, unit, baseline: null, ratio: null, target, pass: true });
  const baselineTotal = baseline ? median(baseline.runs.map((r) => r.totalMs)) : null;
  const headline: Measurement = baseline
    ? {
        name: name('printPdf'),
        value: round(total),
        unit: 'ms',
        baseline: `report.printPdf${scaleName(baseline.clients)}`,
        ratio: round(total / baselineTotal!, 2),
        target: `< ${TARGET_MS} ms (navigation → A4 PDF bytes, median of ${RUNS} cold loads)`,
        pass: total < TARGET_MS,
      }
    : { name: name('printPdf'), value: round(total), unit: 'ms', baseline: null, ratio: null, target: `baseline (median of ${RUNS})`, pass: true };
  return [
    headline,
    info('pages', result.pages, 'pages', `info (${result.pageSize}; ${typical.movers} of ${result.moversTotal} movers listed)`),
    info('pdfSize', round(result.pdfBytes / 1024 / 1024, 2), 'MB', 'info'),
    info('toScripts', round(typical.assetsEnd), 'ms', 'info (median run: navigation → last script/style loaded)'),
    info('toQueriesDone', round(typical.lastCall), 'ms', `info (median run: navigation → last of the page's ${typical.calls} contract calls answered (the report's 8 and the shell's); first sent at ${round(typical.firstCall)} ms; longest ${typical.slowestCall.method} ${round(typical.slowestCall.ms)} ms incl. queueing behind the others, ${round(typical.slowestCall.bytes / 1024)} KB)`),
    info('render', round(typical.readyAt - typical.lastCall), 'ms', `info (median run: last call answered → data-print-ready; ${typical.domNodes} DOM nodes)`),
    info('pdf', round(typical.pdfMs), 'ms', 'info (median run: ready → PDF bytes, emulateMedia + page.pdf)'),
    info('coreQueries', round(result.coreSerialMs), 'ms', `info (the report's 8 calls in process, Σ warm, one after the other; slowest ${slowestCore} ms)`),
  ];
}

/**
 * Printing the 季度客户分级报告 to an A4 PDF, in Chromium over the loopback transport and the
 * real core: 100,000 clients against a demo-sized database in the same run, each with two
 * snapshots and overrides with reasons between them (at 100k the movers run over the list's
 * cap of 2,000). Timed from navigation to '#/print/report?…' to the PDF's bytes.
 */
export async function reportBench(): Promise<Measurement[]> {
  requireBuiltRenderer('report');
  const browser = await launchBenchChromium();
  try {
    const small = await measureSize(browser, REPORT_SMALL_CLIENTS);
    const large = await measureSize(browser, REPORT_CLIENTS);
    if (large.moversTotal <= MOVERS_CAP) throw new Error(`expected more than ${MOVERS_CAP} movers at 100k, got ${large.moversTotal}`);
    return [...sizeMeasurements(small, null), ...sizeMeasurements(large, small)];
  } finally {
    await browser.close();
  }
}
