import { parseArgs } from 'node:util';
import { gradingBench } from './gradingBench';
import { transferBench } from './transferBench';
import { planningBench } from './planningBench';
import { gridBench } from './gridBench';
import { boardBench } from './boardBench';
import { analysisBench } from './analysisBench';
import { reportBench } from './reportBench';
import { modelsBench } from './modelsBench';
import type { Measurement } from './measure';

/** Benchmark groups; later features add theirs here. Each returns measurements taken in one run. */
const GROUPS: Record<string, () => Promise<Measurement[]>> = {
  grading: gradingBench,
  transfer: transferBench,
  planning: planningBench,
  grid: () => gridBench(),
  grid500k: () => gridBench(500_000),
  board: boardBench,
  analysis: analysisBench,
  report: reportBench,
  models: modelsBench,
};

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, only: { type: 'string' } }, strict: true });
  const selected = values.only ? values.only.split(',') : Object.keys(GROUPS);
  const unknown = selected.filter((name) => !GROUPS[name]);
  if (unknown.length > 0) {
    process.stderr.write(`unknown benchmark: ${unknown.join(', ')} (known: ${Object.keys(GROUPS).join(', ')})\n`);
    return 1;
  }
  const results: Measurement[] = [];
  for (const name of selected) results.push(...(await GROUPS[name]!()));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    const rows = results.map((r) => [r.name, `${r.value} ${r.unit}`, r.ratio === null ? '' : `${r.ratio}x ${r.baseline}`, r.target, r.pass ? 'pass' : 'FAIL']);
    const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((row) => row[i]!.length), 4));
    for (const row of rows) process.stdout.write(`${row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}\n`);
  }
  return results.every((r) => r.pass) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
