import { describe, expect, it } from 'vitest';
import { readSettings, writeSetting, writeSettings } from '../../../../../electron/core/db/repos/settingsRepo';
import { useTempDir } from '../../../../harness/tempDir';
import { useTestCores } from '../../../../harness/openTestCore';

const openCore = useTestCores(useTempDir());

describe('the settings repository', () => {
  it('keeps update settings and the last check beside the language', async () => {
    const { db } = (await openCore()).context;
    expect(readSettings(db)).toEqual({ locale: 'zh-CN' });
    writeSettings(db, { updates: { enabled: true, url: 'https://updates.example.cn/tg/' } });
    writeSettings(db, { updateCheck: { at: '2026-12-01T08:00:00.000Z', outcome: 'upToDate' } });
    expect(readSettings(db)).toEqual({
      locale: 'zh-CN',
      updates: { enabled: true, url: 'https://updates.example.cn/tg/' },
      updateCheck: { at: '2026-12-01T08:00:00.000Z', outcome: 'upToDate' },
    });
    expect(() => writeSettings(db, { updates: { enabled: true, url: 'http://updates.example.cn' } })).toThrow();
  });

  it('drops only the value that no longer validates, not the user’s other settings', async () => {
    const { db } = (await openCore()).context;
    // Say a later version accepted a feed this one refuses, then the user went back.
    writeSetting(db, 'user', { locale: 'en', updates: { enabled: true, url: 'http://intranet/tg' } });
    expect(readSettings(db)).toEqual({ locale: 'en' });
    writeSetting(db, 'user', { locale: 'xx', clientGridColumns: [{ colId: 'name', width: 120 }] });
    expect(readSettings(db)).toEqual({ locale: 'zh-CN', clientGridColumns: [{ colId: 'name', width: 120 }] });
  });
});
