import { afterEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../../shared/contract';
import type { Core } from '../../../../electron/core/openCore';
import { openTestCore } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';

const tempDir = useTempDir();
let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

async function demo(): Promise<Api> {
  core = await openTestCore(tempDir(), { seedDemo: true });
  return createApi(core.router);
}

describe('planning.capacity', () => {
  it('gives every rep working days × visits per day against the load of their clients’ cells', async () => {
    const api = await demo();
    const rows = await api.call('planning.capacity', { month: '2026-12' });
    const reps = await api.call('reps.list', {});
    expect(rows.map((r) => r.repId).sort()).toEqual(reps.map((r) => r.id).sort());
    for (const row of rows) {
      const rep = reps.find((r) => r.id === row.repId)!;
      // December 2026: 31 days, 8 weekend days, no holiday.
      expect(row.workingDays).toBe(23);
      expect(row.visitsPerDay).toBe(rep.visitsPerDay);
      expect(row.capacity).toBe(23 * rep.visitsPerDay);
      expect(row.slack).toBeCloseTo(row.capacity - row.load, 6);
      expect(row.over).toBe(row.load > row.capacity);
      expect(Object.keys(row).sort()).toEqual(['capacity', 'load', 'over', 'repId', 'repName', 'slack', 'visitsPerDay', 'workingDays'].sort());
    }
  });

  it('counts 0.5 visits a month in alternate months: two months add up to twice the monthly figure', async () => {
    const api = await demo();
    const stats = await api.call('stats.summary', {});
    const nov = await api.call('planning.capacity', { month: '2026-11' });
    const dec = await api.call('planning.capacity', { month: '2026-12' });
    for (const rep of stats.perRep) {
      const a = nov.find((r) => r.repId === rep.repId)!;
      const b = dec.find((r) => r.repId === rep.repId)!;
      expect(Number.isInteger(a.load) && Number.isInteger(b.load)).toBe(true);
      expect(a.load + b.load).toBe(2 * rep.monthlyVisits);
      // Even split: the two months differ by at most one visit.
      expect(Math.abs(a.load - b.load)).toBeLessThanOrEqual(1);
    }
  });

  it('uses the calendar: February 2026 has the Spring Festival and two make-up Saturdays', async () => {
    const api = await demo();
    const feb = await api.call('planning.capacity', { month: '2026-02' });
    // 20 weekdays, minus 16–20 and 23 (6 weekday holidays), plus Saturdays 14 and 28.
    expect(feb[0]!.workingDays).toBe(16);
  });

  it('refuses a month that is not YYYY-MM', async () => {
    const api = await demo();
    await expect(api.call('planning.capacity', { month: '2026-13' })).rejects.toMatchObject({ error: { code: 'input.invalid' } });
  });
});
