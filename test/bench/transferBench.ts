import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { openCore } from '../../electron/core/openCore';
import { silentLogger } from '../../electron/core/log/logger';
import { insertDemoRegion } from '../../electron/core/db/repos/demoRegionRepo';
import { regradeAll } from '../../electron/core/services/regrade';
import { exportClientList, exportGradingTable } from '../../electron/core/transfer/exportService';
import { commitImport, prepareImport, importFileExclusive } from '../../electron/core/transfer/importService';
import { parseFile } from '../../electron/core/transfer/parsedFile';
import { forkLauncher } from '../../electron/core/transfer/parserHost';
import { round, type Measurement } from './measure';
import { syntheticRegion } from './syntheticRegion';

export const CLIENTS = 50_000;
// Five runs each, interleaved: on a shared 2-core machine single runs vary by ±20 %.
const RUNS = 5;
const root = resolve(import.meta.dirname, '../..');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The parser child as the app ships it: one bundled file run by plain Node (electron-vite
 * builds the same entry into out/main). Without it, tsx would compile the child on each start.
 */
async function bundleChild(): Promise<string> {
  // Inside the project, so exceljs and iconv-lite resolve from its node_modules as in the app.
  const out = join(root, '.tmp/bench/importerChild.mjs');
  await build({
    entryPoints: [join(root, 'electron/importer/child.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // exceljs and iconv-lite stay npm packages, loaded from node_modules as in the app.
    packages: 'external',
    logLevel: 'silent',
  });
  return out;
}

/** exceljs's streaming reader over every row of the file, nothing else, in a fresh Node process like the importer's. */
function bareReadScript(dir: string): string {
  const script = join(dir, 'bareRead.cjs');
  const requireFrom = createRequire(join(root, 'package.json'));
  writeFileSync(
    script,
    `const WorkbookReader = require(${JSON.stringify(requireFrom.resolve('exceljs/lib/stream/xlsx/workbook-reader.js'))});
(async () => {
  const reader = new WorkbookReader(process.argv[2], {});
  let cells = 0;
  for await (const sheet of reader) for await (const row of sheet) row.eachCell(() => { cells++; });
  process.stdout.write(JSON.stringify({ cells, maxRss: process.resourceUsage().maxRSS * 1024 }));
})();
`,
  );
  return script;
}

function runBareRead(script: string, file: string, cacheDir: string): Promise<{ ms: number; cells: number }> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [script, file], { stdio: ['ignore', 'pipe', 'inherit'], env: { PATH: process.env.PATH ?? '', NODE_COMPILE_CACHE: cacheDir } });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`bare read exited with ${code}`));
      else resolvePromise({ ms: performance.now() - started, cells: (JSON.parse(out) as { cells: number }).cells });
    });
  });
}

/**
 * Import/export at the size of a national roll-up: 50,000 clients exported as the full client
 * list, then that xlsx imported end to end into an empty database (parse in the child process,
 * validate, match, write, regrade, one change-log entry, after a verified backup), against a bare
 * streaming read of the same file by exceljs in a fresh process, measured in the same run.
 */
export async function transferBench(): Promise<Measurement[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tg-bench-transfer-'));
  const cacheDir = join(tmpdir(), 'territory-grid-node-cache');
  try {
    const source = await openCore({ dbPath: join(dir, 'source.sqlite'), seedDemo: false, appVersion: 'bench', log: silentLogger });
    const now = new Date().toISOString();
    insertDemoRegion(source.context.db, syntheticRegion(CLIENTS), now);
    regradeAll(source.context.db, source.context.grading.model().definition, source.context.grading.dictionaries());

    const exportTimes: number[] = [];
    let file: Buffer = Buffer.alloc(0);
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      file = (await exportClientList(source.context)).bytes;
      exportTimes.push(performance.now() - started);
    }
    const gradingStarted = performance.now();
    await exportGradingTable(source.context);
    const gradingMs = performance.now() - gradingStarted;
    source.close();
    const xlsx = join(dir, 'clients-50k.xlsx');
    writeFileSync(xlsx, file);

    const child = await bundleChild();
    const launcher = forkLauncher({ script: child, execArgv: [] });
    const bare = bareReadScript(dir);
    await runBareRead(bare, xlsx, cacheDir); // warms the OS file cache and the compile cache for both
    const bareTimes: number[] = [];
    const importTimes: number[] = [];
    const peaks: number[] = [];
    const undoTimes: number[] = [];
    let imported = 0;
    for (let i = 0; i < RUNS; i++) {
      bareTimes.push((await runBareRead(bare, xlsx, cacheDir)).ms);
      const target = await openCore({ dbPath: join(dir, `target-${i}.sqlite`), seedDemo: false, appVersion: 'bench', log: silentLogger });
      const started = performance.now();
      const result = await importFileExclusive(target.context, target.pipeline, {
        path: xlsx,
        fileName: 'clients-50k.xlsx',
        mode: 'addAndUpdate',
        duplicates: 'merge',
        region: null,
        dryRun: false,
        tempDir: dir,
        parser: launcher,
      });
      importTimes.push(performance.now() - started);
      peaks.push(result.parserPeakBytes);
      imported = result.counts.added;
      // Undo of the whole import: every recorded row written back, in one transaction.
      const undoStarted = performance.now();
      const undone = await target.router.invoke('history.undo', {});
      if (!undone.ok) throw new Error(`undo failed: ${undone.error.code}`);
      undoTimes.push(performance.now() - undoStarted);
      target.close();
    }

    // The wizard's path, for information: parse when the file is chosen, commit when confirmed.
    const wizard = await openCore({ dbPath: join(dir, 'wizard.sqlite'), seedDemo: false, appVersion: 'bench', log: silentLogger });
    const parseStarted = performance.now();
    const parsed = await parseFile(launcher, { path: xlsx, fileName: 'clients-50k.xlsx', tempDir: dir });
    const parseMs = performance.now() - parseStarted;
    const commitStarted = performance.now();
    const headerRow = 1;
    const { detectHeader } = await import('../../shared/transfer');
    const header = detectHeader(parsed.grid, parsed.columnCount)!;
    const { suggestMapping } = await import('../../shared/transfer');
    const settings = {
      headerRow,
      headerRows: header.rows,
      mapping: suggestMapping(header.headers),
      mode: 'addAndUpdate' as const,
      duplicates: 'merge' as const,
      region: null,
      repFromSheet: false,
      decisions: [],
    };
    const prepared = await prepareImport(wizard.context, parsed, settings);
    const change = wizard.pipeline.openAcrossAwaits('transfer.commit');
    commitImport(wizard.context, parsed, settings, prepared, change.run);
    change.finish({ commit: true, regrade: 'command' });
    const commitMs = performance.now() - commitStarted;
    wizard.close();

    const bareMs = median(bareTimes);
    const importMs = median(importTimes);
    const peakMb = Math.max(...peaks) / 1024 / 1024;
    const ratio = importMs / bareMs;
    const exportMs = median(exportTimes);
    const undoMs = median(undoTimes);
    return [
      { name: 'transfer.export50k', value: round(exportMs), unit: 'ms', baseline: null, ratio: null, target: `client list xlsx, ${round(statSync(xlsx).size / 1024 / 1024, 1)} MB; < 5000 ms`, pass: exportMs < 5000 },
      { name: 'transfer.exportGradingTable50k', value: round(gradingMs), unit: 'ms', baseline: null, ratio: null, target: 'info (sheet per rep + summary)', pass: true },
      { name: 'transfer.bareRead50k', value: round(bareMs), unit: 'ms', baseline: null, ratio: null, target: 'baseline: exceljs streaming read, fresh process', pass: true },
      {
        name: 'transfer.import50k',
        value: round(importMs),
        unit: 'ms',
        baseline: 'transfer.bareRead50k',
        ratio: round(ratio, 2),
        target: `<= 1.5x baseline (${imported} clients added)`,
        pass: ratio <= 1.5 && imported === CLIENTS,
      },
      { name: 'transfer.undoImport50k', value: round(undoMs), unit: 'ms', baseline: null, ratio: null, target: '< 2000 ms (history.undo of the whole import)', pass: undoMs < 2000 },
      { name: 'transfer.importerPeak50k', value: round(peakMb), unit: 'MB', baseline: null, ratio: null, target: '< 300 MB (parser process)', pass: peakMb < 300 },
      { name: 'transfer.wizardParse50k', value: round(parseMs), unit: 'ms', baseline: null, ratio: null, target: 'info (wizard: parse on choosing the file)', pass: true },
      { name: 'transfer.wizardCommit50k', value: round(commitMs), unit: 'ms', baseline: null, ratio: null, target: 'info (wizard: backup, write, regrade)', pass: true },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
