import { describe, expect, it } from 'vitest';
import { BackupIdSchema } from '../../../../shared/contract/backupMethods';
import { backupFileName, fileStamp, kindOf, reasonFromFileName, stampedAt } from '../../../../electron/core/backups/reasons';

describe('backup reasons from file names', () => {
  it('reads the reason every version has written into the name', () => {
    expect(reasonFromFileName('manual-2026-11-23T08-15-02-123Z.sqlite')).toBe('manual');
    expect(reasonFromFileName('before-import-2026-11-23T08-15-02-123Z.sqlite')).toBe('before-import');
    expect(reasonFromFileName('before-model-change-2026-11-23T08-15-02-123Z.sqlite')).toBe('before-model-change');
    expect(reasonFromFileName('pre-v3-to-v6-2026-11-23T08-15-02-123Z.sqlite')).toBe('before-migration');
    expect(reasonFromFileName('before-start-empty-2026-11-23T08-15-02-123Z.sqlite')).toBe('before-start-empty');
    expect(reasonFromFileName('before-restore-2026-11-23T08-15-02-123Z.sqlite')).toBe('before-restore');
    expect(reasonFromFileName('before-load-demo-2026-11-23T08-15-02-123Z.sqlite')).toBe('before-load-demo');
    expect(reasonFromFileName('我的备份.sqlite')).toBe('other');
    expect(reasonFromFileName('pre-vX-to-v6-2026.sqlite')).toBe('other');
  });

  it('counts manual and unknown files as kept by hand, the app’s own as automatic', () => {
    expect(kindOf('manual')).toBe('manual');
    expect(kindOf('other')).toBe('manual');
    for (const reason of ['before-import', 'before-model-change', 'before-migration', 'before-start-empty', 'before-load-demo', 'before-restore'] as const) {
      expect(kindOf(reason)).toBe('automatic');
    }
  });

  it('reads back the time stamped into a name, and nothing from a name without one', () => {
    const at = new Date('2026-03-01T07:05:09.042Z');
    expect(stampedAt(`before-import-${fileStamp(at)}.sqlite`)).toBe(at.toISOString());
    expect(stampedAt(`before-import-${fileStamp(at)}-2.sqlite`)).toBe(at.toISOString());
    expect(stampedAt('copy.sqlite')).toBeNull();
    expect(stampedAt('x-2026-13-45T99-99-99-999Z.sqlite')).toBeNull();
  });

  it('names a new backup by reason and time, never twice the same', () => {
    const at = new Date('2026-11-23T08:15:02.123Z');
    const taken = new Set(['manual-2026-11-23T08-15-02-123Z.sqlite', 'manual-2026-11-23T08-15-02-123Z-2.sqlite']);
    expect(backupFileName('manual', at, () => false)).toBe('manual-2026-11-23T08-15-02-123Z.sqlite');
    expect(backupFileName('manual', at, (name) => taken.has(name))).toBe('manual-2026-11-23T08-15-02-123Z-3.sqlite');
    expect(BackupIdSchema.safeParse(backupFileName('before-restore', at, () => false)).success).toBe(true);
  });

  it('accepts only plain file names as backup ids', () => {
    for (const bad of ['../x.sqlite', 'a/b.sqlite', 'a\\b.sqlite', '.restore-x.sqlite', 'x.sqlite.json', 'C:x.sqlite', 'x.db']) {
      expect(BackupIdSchema.safeParse(bad).success, bad).toBe(false);
    }
    expect(BackupIdSchema.safeParse('我的备份.sqlite').success).toBe(true);
  });
});
