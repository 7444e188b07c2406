import { describe, expect, it } from 'vitest';
import { BackupKeptBecauseSchema, BackupReasonSchema } from '../../../shared/contract/backupMethods';
import { backupDate, keptKey, reasonKey } from '../../../renderer/src/features/settings/backups/backupText';
import { translator } from '../clients/translate';

describe('backup texts', () => {
  it('has words for every reason and every retention answer, in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const t = translator(locale);
      for (const reason of BackupReasonSchema.options) expect(t(reasonKey({ reason }))).not.toBe(reasonKey({ reason }));
      for (const keptBecause of [...BackupKeptBecauseSchema.unwrap().options, null]) expect(t(keptKey({ keptBecause }))).not.toBe(keptKey({ keptBecause }));
    }
    expect(translator('zh-CN')(reasonKey({ reason: 'before-import' }))).toBe('导入前');
    expect(translator('en')(keptKey({ keptBecause: null }))).toBe('Removed at the next automatic backup');
  });

  it('writes the time of a backup in the user’s language, to the second', () => {
    const iso = '2026-03-01T07:05:09.042Z';
    expect(backupDate(iso, 'zh-CN')).toMatch(/^2026年3月1日 \d{2}:05:09$/);
    expect(backupDate(iso, 'en')).toMatch(/^Mar 1, 2026, \d{1,2}:05:09\s?[AP]M$/);
    expect(backupDate('not a date', 'en')).toBe('not a date');
  });
});
