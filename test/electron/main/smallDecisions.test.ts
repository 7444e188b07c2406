import { describe, expect, it } from 'vitest';
import { createRenderRecovery, decideRenderGone } from '../../../electron/main/renderProcessGone';
import { systemLocale } from '../../../electron/main/systemLocale';
import { affectsMenuLocale } from '../../../electron/main/menuLocale';
import { DIALOG_TEXT, aboutDetail } from '../../../electron/main/dialogText';

describe('decideRenderGone', () => {
  it.each([
    ['crashed', 0, 'reload'],
    ['oom', 0, 'reload'],
    ['killed', 0, 'reload'],
    ['crashed', 1, 'giveUp'],
    ['clean-exit', 0, 'ignore'],
  ] as const)('%s after %i reloads -> %s', (reason, reloads, action) => {
    expect(decideRenderGone(reason, reloads)).toBe(action);
  });
});

describe('createRenderRecovery', () => {
  it('reloads once, leaves a notice the reloaded page takes once, then gives up', () => {
    const recovery = createRenderRecovery();
    expect(recovery.takeNotice()).toBe(false);
    expect(recovery.gone('crashed')).toBe('reload');
    expect(recovery.takeNotice()).toBe(true);
    expect(recovery.takeNotice()).toBe(false);
    expect(recovery.gone('oom')).toBe('giveUp');
    expect(recovery.takeNotice()).toBe(false);
  });

  it('leaves no notice for a clean exit', () => {
    const recovery = createRenderRecovery();
    expect(recovery.gone('clean-exit')).toBe('ignore');
    expect(recovery.takeNotice()).toBe(false);
    expect(recovery.gone('crashed')).toBe('reload');
  });
});

describe('aboutDetail', () => {
  const versions = {
    app: '0.1.0',
    electron: '45.4.1',
    chromium: '142.0.7444.52',
    node: '22.20.0',
    v8: '14.2.231.17',
    sqlite: '3.50.4',
    schemaVersion: 7,
    latestSchemaVersion: 7,
    os: 'Windows_NT 10.0.22631 (x64)',
  };
  it('lists every version in Chinese', () => {
    expect(aboutDetail(versions, 'zh-CN').split('\n')).toEqual([
      '版本 0.1.0',
      'Electron 45.4.1',
      'Chromium 142.0.7444.52',
      'Node.js 22.20.0',
      'V8 14.2.231.17',
      'SQLite 3.50.4',
      '数据版本 7',
      '操作系统 Windows_NT 10.0.22631 (x64)',
    ]);
  });
  it('says unknown in English for what the stopped core could not tell', () => {
    const detail = aboutDetail({ ...versions, sqlite: undefined, schemaVersion: undefined, electron: null }, 'en');
    expect(detail).toContain('Version 0.1.0');
    expect(detail).toContain('Electron unknown');
    expect(detail).toContain('SQLite unknown');
    expect(detail).toContain('Data version unknown');
    expect(detail).toContain('OS Windows_NT 10.0.22631 (x64)');
  });
});

describe('systemLocale', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['ZH-hans', 'zh-CN'],
    ['en-US', 'en'],
    ['de', 'en'],
    ['', 'en'],
  ] as const)('%s -> %s', (os, locale) => {
    expect(systemLocale(os)).toBe(locale);
  });
});

describe('affectsMenuLocale', () => {
  it.each([
    [{ scopes: ['settings'] }, true],
    [{ scopes: ['clients', 'settings'] }, true],
    [{ scopes: ['clients', 'settings'] }, true],
    [{ scopes: ['clients'] }, false],
    [null, false],
    [{}, false],
  ])('%j -> %s', (payload, expected) => {
    expect(affectsMenuLocale('data:changed', payload)).toBe(expected);
  });
});

describe('DIALOG_TEXT', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(DIALOG_TEXT.en).sort()).toEqual(Object.keys(DIALOG_TEXT['zh-CN']).sort());
  });
});
