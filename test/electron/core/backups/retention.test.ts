import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retention, RETENTION, type RetainedBackup } from '../../../../electron/core/backups/retention';

/** UTC months, so the cases do not depend on the machine's time zone. */
const utcMonth = (at: number) => new Date(at).getUTCFullYear() * 12 + new Date(at).getUTCMonth();
const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 23, 8, 0, 0);

function auto(id: string, at: number): RetainedBackup {
  return { id, at, kind: 'automatic' };
}

const backupsArb = fc
  .array(
    fc.record({
      // Up to two years back, and a little into the future (a clock put right).
      ageMinutes: fc.integer({ min: -60, max: 2 * 366 * 24 * 60 }),
      kind: fc.constantFrom<'manual' | 'automatic'>('automatic', 'automatic', 'automatic', 'manual'),
    }),
    { maxLength: 90 },
  )
  .map((rows) => rows.map((row, index): RetainedBackup => ({ id: `b${String(index).padStart(3, '0')}`, at: NOW - row.ageMinutes * 60_000, kind: row.kind })));

const keptIds = (kept: Map<string, unknown>) => new Set([...kept].filter(([, why]) => why !== null).map(([id]) => id));

describe('retention', () => {
  it('keeps the 20 newest automatic backups, then the newest of each of the last 12 months, and manual ones for ever', () => {
    // One automatic backup a day for 500 days, and two manual ones older than all of them.
    const backups = Array.from({ length: 500 }, (_, day) => auto(`d${day}`, NOW - day * DAY));
    backups.push({ id: 'manual-old', at: NOW - 900 * DAY, kind: 'manual' }, { id: 'manual-new', at: NOW - DAY / 2, kind: 'manual' });
    const kept = retention(backups, NOW, RETENTION, utcMonth);
    expect(kept.get('manual-old')).toBe('manual');
    expect(kept.get('manual-new')).toBe('manual');
    for (let day = 0; day < 20; day++) expect(kept.get(`d${day}`)).toBe('recent');
    // 23 November back to 4 November are the recent 20; 31 October is October's newest, and so on.
    const monthly = [...kept].filter(([, why]) => why === 'monthly').map(([id]) => id);
    expect(monthly).toHaveLength(11);
    expect(monthly[0]).toBe('d23');
    const keptMonths = new Set(monthly.map((id) => utcMonth(backups.find((b) => b.id === id)!.at)));
    expect(keptMonths.size).toBe(11);
    expect(Math.min(...keptMonths)).toBe(utcMonth(NOW) - 11);
    expect([...kept.values()].filter((why) => why === null)).toHaveLength(500 - 20 - 11);
  });

  it('keeps every automatic backup while there are no more than 20, whatever their age', () => {
    const backups = Array.from({ length: 20 }, (_, n) => auto(`old${n}`, NOW - (400 + n) * DAY));
    expect([...retention(backups, NOW, RETENTION, utcMonth).values()]).toEqual(Array(20).fill('recent'));
  });

  it('breaks a tie of equal times by id, whatever the order it was given', () => {
    const backups = Array.from({ length: 25 }, (_, n) => auto(`same-${String(n).padStart(2, '0')}`, NOW - 400 * DAY));
    const a = retention(backups, NOW, RETENTION, utcMonth);
    const b = retention([...backups].reverse(), NOW, RETENTION, utcMonth);
    expect(keptIds(a)).toEqual(keptIds(b));
    expect(a.get('same-24')).toBe('recent');
    expect(a.get('same-00')).toBeNull();
  });

  it('property: manual ones are kept, the newest 20 automatic ones are kept, and every recent month keeps one', () => {
    fc.assert(
      fc.property(backupsArb, (backups) => {
        const kept = retention(backups, NOW, RETENTION, utcMonth);
        expect(kept.size).toBe(backups.length);
        for (const backup of backups) if (backup.kind === 'manual') expect(kept.get(backup.id)).toBe('manual');
        const automatic = backups.filter((b) => b.kind === 'automatic').sort((x, y) => y.at - x.at || (x.id < y.id ? 1 : -1));
        automatic.slice(0, 20).forEach((b) => expect(kept.get(b.id)).toBe('recent'));
        const keptAutomatic = automatic.filter((b) => kept.get(b.id) !== null);
        expect(keptAutomatic.length).toBeLessThanOrEqual(RETENTION.recent + RETENTION.months);
        for (const backup of automatic) {
          const age = utcMonth(NOW) - utcMonth(backup.at);
          if (age >= 0 && age < 12) expect(keptAutomatic.some((b) => utcMonth(b.at) === utcMonth(backup.at))).toBe(true);
        }
        // Past the recent ones, only months in the window, one each.
        const monthly = automatic.filter((b) => kept.get(b.id) === 'monthly');
        expect(new Set(monthly.map((b) => utcMonth(b.at))).size).toBe(monthly.length);
        for (const b of monthly) expect(utcMonth(NOW) - utcMonth(b.at)).toBeLessThan(12);
      }),
    );
  });

  it('property: pruning is stable: what the rule keeps it keeps again, and it never wants back what it let go', () => {
    fc.assert(
      fc.property(backupsArb, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 5 }), (backups, laterDays, newOnes) => {
        const kept = keptIds(retention(backups, NOW, RETENTION, utcMonth));
        const survivors = backups.filter((b) => kept.has(b.id));
        // Applying the rule to what it kept keeps all of it.
        expect(keptIds(retention(survivors, NOW, RETENTION, utcMonth))).toEqual(kept);
        // Later, with newer automatic backups, what it let go is still let go.
        const later = NOW + laterDays * DAY;
        const newest = Math.max(NOW, ...backups.map((b) => b.at));
        const added = Array.from({ length: newOnes }, (_, n) => auto(`new${n}`, Math.max(newest, later - n * 60_000)));
        const keptLater = keptIds(retention([...backups, ...added], later, RETENTION, utcMonth));
        for (const id of keptLater) expect(kept.has(id) || id.startsWith('new')).toBe(true);
      }),
    );
  });
});
