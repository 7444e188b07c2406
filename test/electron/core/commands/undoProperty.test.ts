import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/contract';
import type { Db } from '../../../../electron/core/db/connection';
import type { Core } from '../../../../electron/core/openCore';
import { openTestCore } from '../../../harness/openTestCore';
import { apiOf, stageAndInspect } from '../transfer/transferHarness';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

/**
 * The pipeline's promise: every command is one step, and undoing it gives back exactly the
 * state before it. Random sequences of every kind of command run on a real SQLite file
 * (a copy of the demo region); after each, every user table is dumped. Then the steps are
 * undone one at a time (each must restore the dump before its command, row for row), redone
 * all (the final dump again), and undone all (the first dump).
 */

let base: string;
let root: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tg-undo-'));
  base = join(root, 'demo.sqlite');
  const core = await openTestCore(root, { seedDemo: true, file: 'demo.sqlite' });
  core.close();
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The logs themselves (history, grade moves, the list of imports) are not restored by undo. */
const LOGS = new Set(['change_log', 'change_log_rows', 'grade_changes', 'imports']);

/** Every user table of the schema (not only those the pipeline captures), row for row in rowid or key order. */
function dump(db: Db): Record<string, string> {
  const tables = db.prepare("SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string; wr: number }[];
  return Object.fromEntries(
    tables
      .filter((table) => !LOGS.has(table.name))
      .map((table) => {
        const order = table.wr ? '1, 2' : 'rowid';
        const columns = table.wr ? '*' : 'rowid AS _rowid, *';
        return [table.name, JSON.stringify(db.prepare(`SELECT ${columns} FROM ${table.name} ORDER BY ${order}`).raw().all())];
      }),
  );
}

/** The tables whose rows differ between two dumps (readable when the property fails). */
function differingTables(a: Record<string, string>, b: Record<string, string> | undefined): string[] {
  if (!b) return ['(no state)'];
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((name) => a[name] !== b[name]);
}

function undoableSteps(db: Db): number {
  return db.prepare('SELECT count(*) FROM change_log WHERE undone = 0 AND replayable = 1').pluck().get() as number;
}

type Step =
  | { kind: 'update'; pick: number; field: 'volumeOurs' | 'behaviour' | 'title' | 'hospitalClass' | 'rep'; value: number }
  | { kind: 'bulkUpdate'; pick: number; count: number; value: number }
  | { kind: 'create'; value: number }
  | { kind: 'delete'; pick: number; count: number }
  | { kind: 'override'; pick: number; count: number; cell: number }
  | { kind: 'clearOverride'; pick: number; count: number }
  | { kind: 'cloneAndActivate'; value: number }
  | { kind: 'activateDefault' }
  | { kind: 'dictionary'; value: number }
  | { kind: 'rep'; pick: number; value: number }
  | { kind: 'calendar'; value: number }
  | { kind: 'dayOff'; pick: number; value: number }
  | { kind: 'editVisit'; pick: number; value: number }
  | { kind: 'resetEdits' }
  | { kind: 'snapshot' }
  | { kind: 'import'; value: number }
  | { kind: 'startEmpty' };

const pick = fc.nat(10_000);
const small = fc.integer({ min: 1, max: 5 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('update' as const), pick, field: fc.constantFrom('volumeOurs', 'behaviour', 'title', 'hospitalClass', 'rep' as const), value: fc.nat(1000) }),
  fc.record({ kind: fc.constant('bulkUpdate' as const), pick, count: small, value: fc.nat(1000) }),
  fc.record({ kind: fc.constant('create' as const), value: fc.nat(1000) }),
  fc.record({ kind: fc.constant('delete' as const), pick, count: small }),
  fc.record({ kind: fc.constant('override' as const), pick, count: small, cell: fc.nat(8) }),
  fc.record({ kind: fc.constant('clearOverride' as const), pick, count: small }),
  fc.record({ kind: fc.constant('cloneAndActivate' as const), value: fc.nat(1000) }),
  fc.constant({ kind: 'activateDefault' as const }),
  fc.record({ kind: fc.constant('dictionary' as const), value: fc.nat(1000) }),
  fc.record({ kind: fc.constant('rep' as const), pick, value: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('calendar' as const), value: fc.nat(27) }),
  fc.record({ kind: fc.constant('dayOff' as const), pick, value: fc.nat(27) }),
  fc.record({ kind: fc.constant('editVisit' as const), pick, value: fc.nat(27) }),
  fc.constant({ kind: 'resetEdits' as const }),
  fc.constant({ kind: 'snapshot' as const }),
  fc.record({ kind: fc.constant('import' as const), value: fc.nat(1000) }),
  fc.constant({ kind: 'startEmpty' as const }),
);

const CELLS = ['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3'];
const BEHAVIOURS = ['首选', '次选', '竞品'];
const TITLES = ['主任医师', '副主任医师', '主治医师', '住院医师'];
const CLASSES = ['三甲', '三乙', '二甲', '二乙'];

async function clientIds(api: Api, from: number, count: number): Promise<number[]> {
  const ids = await api.call('clients.ids', { query: {} });
  if (ids.length === 0) return [];
  return Array.from({ length: Math.min(count, ids.length) }, (_, i) => ids[(from + i * 7) % ids.length]!);
}

let clones = 0;

/** Runs one step through the public API; a refused step (a domain error) is part of the test too. */
async function run(core: Core, api: Api, s: Step): Promise<void> {
  const day = (n: number) => `2026-12-${String(n + 1).padStart(2, '0')}`;
  const reps = await api.call('reps.list', {});
  const rep = reps.length > 0 ? reps[(('pick' in s ? s.pick : 0) as number) % reps.length]! : null;
  switch (s.kind) {
    case 'update': {
      const [id] = await clientIds(api, s.pick, 1);
      if (id === undefined) return;
      const changes =
        s.field === 'volumeOurs'
          ? { volumeOurs: s.value }
          : s.field === 'behaviour'
            ? { behaviour: BEHAVIOURS[s.value % 3]! }
            : s.field === 'title'
              ? { title: TITLES[s.value % 4]! }
              : s.field === 'hospitalClass'
                ? { hospitalClass: CLASSES[s.value % 4]! }
                : { repId: rep?.id ?? null };
      await api.call('clients.update', { id, changes });
      return;
    }
    case 'bulkUpdate': {
      const ids = await clientIds(api, s.pick, s.count);
      if (ids.length > 0) await api.call('clients.bulkUpdate', { ids, changes: { behaviour: BEHAVIOURS[s.value % 3]!, volumeOurs: s.value } });
      return;
    }
    case 'create':
      await api.call('clients.create', { client: { name: `新客户${s.value}`, hospitalName: `新医院${s.value % 3}`, hospitalClass: CLASSES[s.value % 4]!, title: TITLES[s.value % 4]!, behaviour: BEHAVIOURS[s.value % 3]! } });
      return;
    case 'delete': {
      const ids = await clientIds(api, s.pick, s.count);
      if (ids.length > 0) await api.call('clients.delete', { ids });
      return;
    }
    case 'override': {
      const ids = await clientIds(api, s.pick, s.count);
      if (ids.length > 0) await api.call('grades.override', { clientIds: ids, cell: CELLS[s.cell]!, reason: '随机测试' });
      return;
    }
    case 'clearOverride': {
      const ids = await clientIds(api, s.pick, s.count);
      if (ids.length > 0) await api.call('grades.clearOverride', { clientIds: ids });
      return;
    }
    case 'cloneAndActivate': {
      const active = (await api.call('models.list', {})).find((model) => model.active)!;
      const newId = `copy-${++clones}-${s.value}`;
      await api.call('models.clone', { id: active.id, newId, name: { 'zh-CN': `副本${clones}`, en: `Copy ${clones}` } });
      await api.call('models.activate', { id: newId });
      return;
    }
    case 'activateDefault': {
      const builtin = (await api.call('models.list', {})).find((model) => model.builtin)!;
      await api.call('models.activate', { id: builtin.id });
      return;
    }
    case 'dictionary': {
      const dictionary = (await api.call('dictionaries.list', {})).find((d) => d.id === 'behaviour')!;
      await api.call('dictionaries.save', { dictionary: { ...dictionary, entries: [...dictionary.entries, { match: `偏好${s.value}`, value: dictionary.entries[0]!.value }] } });
      return;
    }
    case 'rep':
      if (rep) await api.call('planning.updateRep', { repId: rep.id, visitsPerDay: s.value });
      return;
    case 'calendar':
      await api.call('planning.setCalendarDay', { date: day(s.value), kind: s.value % 2 === 0 ? 'holiday' : 'workday', name: '测试' });
      return;
    case 'dayOff':
      if (rep) await api.call('planning.setDayOff', { repId: rep.id, date: day(s.value), off: true, note: '培训' });
      return;
    case 'editVisit': {
      if (!rep) return;
      const client = (await api.call('clients.page', { query: { repIds: [rep.id] }, limit: 1 })).rows[0];
      if (client) await api.call('planning.editVisit', { repId: rep.id, clientId: client.id, kind: 'add', date: day(s.value) });
      return;
    }
    case 'resetEdits':
      await api.call('planning.resetEdits', { period: '2026-12' });
      return;
    case 'snapshot':
      await api.call('snapshots.take', { period: '2026-Q4' });
      return;
    case 'import': {
      const text = `\uFEFF医院,医院级别,科室,姓名,职称,处方行为,代表\n导入医院${s.value % 2},二甲,眼科,导入${s.value},主治医师,首选,导入代表${s.value % 2}\n`;
      const staged = await stageAndInspect(api, 'random.csv', Buffer.from(text, 'utf8'));
      await api.call('transfer.commit', { token: staged.token, settings: staged.settings });
      return;
    }
    case 'startEmpty':
      await api.call('data.startEmpty', {});
      return;
  }
  void core;
}

async function tolerate(work: Promise<void>): Promise<boolean> {
  try {
    await work;
    return true;
  } catch (error) {
    // A refusal is a typed domain error; anything else is a bug the property must report.
    const code = (error as { error?: { code?: string } }).error?.code;
    if (!code || code === 'internal') throw error;
    return false;
  }
}

describe('undo and redo through the command pipeline', () => {
  it('every step undone restores every user table exactly; redo all, undo all return the ends', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 7 }), async (steps) => {
        const dir = mkdtempSync(join(root, 'run-'));
        copyFileSync(base, join(dir, 'test.sqlite'));
        const core = await openTestCore(dir);
        runs++;
        try {
          const api = apiOf(core);
          const db = core.context.db;
          const states: (Record<string, string> | null)[] = [dump(db)];
          for (const s of steps) {
            const before = undoableSteps(db);
            const done = await tolerate(run(core, api, s));
            const now = dump(db);
            if (!done || undoableSteps(db) === before) expect(differingTables(now, states.at(-1)!), `${s.kind} changed data without a history step`).toEqual([]);
            else {
              expect(undoableSteps(db)).toBeGreaterThan(before);
              // A step of two commands (clone, then activate) is two undo steps.
              for (let i = before + 1; i < undoableSteps(db); i++) states.push(null);
              states.push(now);
            }
          }
          const recorded = states.length - 1;
          for (let i = recorded; i > 0; i--) {
            await api.call('history.undo', {});
            const expected = states[i - 1];
            if (expected) expect(differingTables(dump(db), expected), `undo of step ${i}`).toEqual([]);
          }
          for (let i = 0; i < recorded; i++) await api.call('history.redo', {});
          expect(differingTables(dump(db), states.at(-1)!), 'redo all').toEqual([]);
          for (let i = 0; i < recorded; i++) await api.call('history.undo', {});
          expect(differingTables(dump(db), states[0]!), 'undo all').toEqual([]);
          const check = await api.call('db.check', {});
          expect(check.ok).toBe(true);
        } finally {
          core.close();
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 15, endOnFailure: true },
    );
    expect(runs).toBeGreaterThanOrEqual(15);
  }, 300_000);
});
