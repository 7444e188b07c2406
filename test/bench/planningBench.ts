import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoRegion } from '../../shared/demo/demoRegion';
import { generatePharmaRegion } from '../../shared/demo/pharmaRegion';
import { seededRandom } from '../../shared/demo/seededRandom';
import { planPeriod } from '../../shared/planning/plan';
import { BUILTIN_MODELS, DEFAULT_MODEL_ID } from '../../shared/models';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { ensureBuiltinModels } from '../../electron/core/db/repos/modelsRepo';
import { silentLogger } from '../../electron/core/log/logger';
import { openCore } from '../../electron/core/openCore';
import { readPlanningInputs, scheduleReport } from '../../electron/core/planning/planningService';
import { readPlanEdits } from '../../electron/core/db/repos/planningRepo';
import { insertDemoRegion } from '../../electron/core/db/repos/demoRegionRepo';
import { medianMs, round, type Measurement } from './measure';

export const CLIENTS_PER_REP = 300;
const MONTH = '2026-12';

/** `reps` reps with 300 doctors each, drawn from the demo region's doctors (so cells spread the same way). */
function regionOf(reps: number, seed = 11): DemoRegion {
  const base = generatePharmaRegion(seed);
  const random = seededRandom(seed);
  const names = Array.from({ length: reps }, (_, i) => `代表${String(i + 1).padStart(3, '0')}`);
  return {
    ...base,
    reps: names.map((name) => ({ name, visitsPerDay: 8 })),
    clients: names.flatMap((rep, r) =>
      Array.from({ length: CLIENTS_PER_REP }, (_, i) => {
        const template = random.pick(base.clients);
        return { ...template, rep, name: `${template.name}${r}-${i}` };
      }),
    ),
  };
}

async function measureRegion(dir: string, reps: number, target: number): Promise<Measurement[]> {
  const path = join(dir, `plan-${reps}.sqlite`);
  const { db } = await openDatabase(path, silentLogger);
  const now = new Date().toISOString();
  ensureBuiltinModels(db, BUILTIN_MODELS, DEFAULT_MODEL_ID, now);
  insertDemoRegion(db, regionOf(reps), now);
  db.close();
  const core = await openCore({ dbPath: path, seedDemo: false, appVersion: 'bench', log: silentLogger });
  try {
    let visits = 0;
    // (a) What the app and the CLI do: read clients, calendar and changes from SQLite, plan every rep.
    const full = medianMs(() => {
      const report = scheduleReport(core.context, MONTH);
      visits = report.reps.reduce((s, rep) => s + rep.months[0]!.scheduled, 0);
    }, 5, 1);
    // (b) The pure planner alone on the same inputs (load, cuts, schedule).
    const inputs = readPlanningInputs(core.context, [MONTH]);
    const edits = readPlanEdits(core.context.db, [MONTH]);
    const pure = medianMs(() => {
      planPeriod({ model: inputs.model, period: MONTH, calendar: inputs.calendar, reps: inputs.reps, clients: inputs.clients, edits });
    }, 5, 1);
    const label = `planning.month${reps}x${CLIENTS_PER_REP}`;
    return [
      {
        name: label,
        value: round(full),
        unit: 'ms',
        baseline: null,
        ratio: null,
        target: `< ${target} ms (read from SQLite + plan ${reps} reps)`,
        pass: full < target,
      },
      { name: `${label}.plannerOnly`, value: round(pure), unit: 'ms', baseline: null, ratio: null, target: 'info', pass: true },
      { name: `${label}.visitsScheduled`, value: visits, unit: 'visits', baseline: null, ratio: null, target: 'info', pass: true },
    ];
  } finally {
    core.close();
  }
}

/** A month's plan for a region (6 reps) and for a national roll-up (100 reps), 300 clients each. */
export async function planningBench(): Promise<Measurement[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tg-bench-plan-'));
  try {
    return [...(await measureRegion(dir, 6, 200)), ...(await measureRegion(dir, 100, 3000))];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
