import { describe, expect, it } from 'vitest';
import { UpdateCheckOutcome } from '../../../../shared/domain/updateSettings';
import { lastCheckText, updateFormProblem } from '../../../../renderer/src/features/settings/updates/updateText';
import { translator } from '../../clients/translate';

describe('设置 → 更新 texts', () => {
  it('asks for an https address, and for one at all before updates go on', () => {
    expect(updateFormProblem({ enabled: false, url: '' })).toBeNull();
    expect(updateFormProblem({ enabled: true, url: '  ' })).toBe('updates.urlRequired');
    expect(updateFormProblem({ enabled: true, url: 'http://updates.example.cn/tg' })).toBe('updates.urlInvalid');
    expect(updateFormProblem({ enabled: false, url: 'updates.example.cn' })).toBe('updates.urlInvalid');
    expect(updateFormProblem({ enabled: true, url: ' https://updates.example.cn/tg/ ' })).toBeNull();
  });

  it('says how the last check ended, in both languages, for every outcome', () => {
    const at = '2026-12-01T08:00:00.000Z';
    for (const locale of ['zh-CN', 'en'] as const) {
      const t = translator(locale);
      expect(t(lastCheckText(undefined, locale).key)).toBe(locale === 'zh-CN' ? '还没有检查过。' : 'Not checked yet.');
      for (const outcome of UpdateCheckOutcome.options) {
        const { key, values } = lastCheckText({ at, outcome, version: '0.2.0', error: 'ENOTFOUND' }, locale);
        const text = t(key, values);
        expect(text, `${locale} ${outcome}`).not.toBe(key);
        expect(text).not.toContain('{{');
        expect(text).toContain('2026');
      }
    }
    const zh = translator('zh-CN');
    const downloaded = lastCheckText({ at, outcome: 'downloaded', version: '0.2.0' }, 'zh-CN');
    expect(zh(downloaded.key, downloaded.values)).toContain('新版本 0.2.0 已下载，退出应用时安装');
    const failed = lastCheckText({ at, outcome: 'failed', error: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' }, 'en');
    expect(translator('en')(failed.key, failed.values)).toContain('(ERR_UPDATER_CHANNEL_FILE_NOT_FOUND)');
  });
});
