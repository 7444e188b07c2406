import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/runCli';
import { memoryLogger } from '../../harness/openTestCore';
import { useTempDir } from '../../harness/tempDir';

const tempDir = useTempDir();

async function cli(args: string[], lang = 'en_US.UTF-8') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line), log: memoryLogger(), appVersion: '0.0.0-test', lang });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface PlanJson {
  period: string;
  reps: {
    rep: string;
    months: { month: string; workingDays: number; capacity: number; load: number; scheduled: number; over: boolean; cuts: { visitsCut: number; zone: string }[]; perDay: Record<string, number> }[];
  }[];
}

describe('cli plan', () => {
  it('prints per rep the capacity, load, cuts and visits per day as JSON', async () => {
    const db = join(tempDir(), 'p.sqlite');
    expect((await cli(['demo', '--db', db])).code).toBe(0);
    const result = await cli(['plan', '--db', db, '--month', '2026-12', '--json']);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.out) as PlanJson;
    expect(plan.period).toBe('2026-12');
    expect(plan.reps).toHaveLength(6);
    const direct = new Database(db, { readonly: true });
    const visitsPerDay = new Map(direct.prepare('SELECT name, visits_per_day FROM reps').raw().all() as [string, number][]);
    direct.close();
    for (const rep of plan.reps) {
      const [month] = rep.months;
      const perRepDay = visitsPerDay.get(rep.rep)!;
      expect(month).toMatchObject({ month: '2026-12', workingDays: 23, capacity: 23 * perRepDay });
      const perDay = Object.values(month!.perDay);
      expect(perDay).toHaveLength(23);
      expect(perDay.every((n) => n <= perRepDay)).toBe(true);
      expect(perDay.reduce((a, b) => a + b, 0)).toBe(month!.scheduled);
      const cut = month!.cuts.reduce((s, c) => s + c.visitsCut, 0);
      expect(month!.scheduled + cut).toBe(month!.load);
      if (month!.over) expect(month!.cuts[0]!.zone).toBe('蓝区');
    }
    // The demo region has a rep over capacity in December, so the cuts above were checked.
    expect(plan.reps.some((rep) => rep.months[0]!.over)).toBe(true);
  });

  it('plans one rep by name, and a quarter', async () => {
    const db = join(tempDir(), 'q.sqlite');
    await cli(['demo', '--db', db]);
    const one = JSON.parse((await cli(['plan', '--db', db, '--month', '2026-Q4', '--rep', '王磊', '--json'])).out) as PlanJson;
    expect(one.reps.map((r) => r.rep)).toEqual(['王磊']);
    expect(one.reps[0]!.months.map((m) => m.month)).toEqual(['2026-10', '2026-11', '2026-12']);
    const text = await cli(['plan', '--db', db, '--month', '2026-12', '--rep', '王磊'], 'zh_CN.UTF-8');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/王磊\s+2026-12\s+工作日 23\s+产能 184/);
  });

  it('exits 1 with one line on bad input, in Chinese when LANG is zh', async () => {
    const db = join(tempDir(), 'r.sqlite');
    await cli(['demo', '--db', db]);
    expect(await cli(['plan', '--db', db])).toMatchObject({ code: 1, err: '--month YYYY-MM (or YYYY-Qn) is required' });
    expect(await cli(['plan', '--db', db, '--month', '2026-13'])).toMatchObject({ code: 1 });
    expect(await cli(['plan', '--db', db, '--month', '2026-12', '--rep', '无此人'], 'zh_CN.UTF-8')).toMatchObject({ code: 1, err: '没有名为“无此人”的代表' });
    expect(await cli(['plan', '--db', join(tempDir(), 'missing.sqlite'), '--month', '2026-12'])).toMatchObject({ code: 1 });
    expect(await cli(['plan', '--db', db, '--month', '2026-12', '--bogus'])).toMatchObject({ code: 1 });
  });
});
