import { describe, expect, it } from 'vitest';
import { decideRenderGone } from '../../../electron/main/renderProcessGone';
import { systemLocale } from '../../../electron/main/systemLocale';
import { affectsMenuLocale } from '../../../electron/main/menuLocale';
import { DIALOG_TEXT } from '../../../electron/main/dialogText';

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
