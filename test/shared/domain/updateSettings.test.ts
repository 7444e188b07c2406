import { describe, expect, it } from 'vitest';
import { SettingsSchema } from '../../../shared/domain/schemas';
import { DEFAULT_UPDATE_SETTINGS, UpdateSettingsSchema, isHttpsFeedUrl, updateSettingsOf } from '../../../shared/domain/updateSettings';

describe('update settings', () => {
  it('are off with no address by default, also for a database that never stored them', () => {
    expect(DEFAULT_UPDATE_SETTINGS).toEqual({ enabled: false, url: '' });
    expect(updateSettingsOf({})).toEqual({ enabled: false, url: '' });
    expect(updateSettingsOf({ updates: { enabled: true, url: 'https://u.example.cn/tg' } })).toEqual({ enabled: true, url: 'https://u.example.cn/tg' });
  });

  it.each([
    'https://updates.example.cn/territory-grid/',
    'https://updates.example.cn',
    'https://cdn.example.com:8443/tg/stable',
    'https://10.0.0.8/tg',
    'https://[2001:db8::1]/tg',
    'https://xn--fiqs8s.example/tg',
  ])('accepts the https feed %s', (url) => {
    expect(isHttpsFeedUrl(url)).toBe(true);
    expect(UpdateSettingsSchema.safeParse({ enabled: true, url }).success).toBe(true);
  });

  it.each([
    ['plain http', 'http://updates.example.cn/tg'],
    ['another scheme', 'file:///C:/updates'],
    ['credentials in the address', 'https://user:secret@updates.example.cn/tg'],
    ['a query', 'https://updates.example.cn/tg?token=1'],
    ['a fragment', 'https://updates.example.cn/tg#x'],
    ['spaces', 'https://updates.example.cn/t g'],
    ['no host', 'https:///tg'],
    ['a port out of range', 'https://updates.example.cn:70000/tg'],
    ['a backslash', 'https://updates.example.cn\\tg'],
    ['not an address', '更新服务器'],
    ['too long', `https://updates.example.cn/${'a'.repeat(500)}`],
  ])('refuses %s', (_what, url) => {
    expect(isHttpsFeedUrl(url)).toBe(false);
    expect(UpdateSettingsSchema.safeParse({ enabled: true, url }).success).toBe(false);
    expect(UpdateSettingsSchema.safeParse({ enabled: false, url }).success).toBe(false);
  });

  it('needs an address to be switched on, and keeps an empty one while off', () => {
    expect(UpdateSettingsSchema.safeParse({ enabled: true, url: '' }).success).toBe(false);
    expect(UpdateSettingsSchema.safeParse({ enabled: false, url: '' }).success).toBe(true);
    expect(UpdateSettingsSchema.parse({ enabled: true, url: '  https://u.example.cn/tg  ' })).toEqual({ enabled: true, url: 'https://u.example.cn/tg' });
  });

  it('are part of the settings the contract validates', () => {
    expect(SettingsSchema.safeParse({ locale: 'zh-CN', updates: { enabled: false, url: '' } }).success).toBe(true);
    expect(SettingsSchema.safeParse({ locale: 'zh-CN', updates: { enabled: true, url: 'http://x.cn' } }).success).toBe(false);
    expect(SettingsSchema.partial().strict().safeParse({ updateCheck: { at: '2026-12-01T08:00:00.000Z', outcome: 'upToDate' } }).success).toBe(true);
  });
});
