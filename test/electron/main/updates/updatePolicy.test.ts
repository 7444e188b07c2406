import { describe, expect, it } from 'vitest';
import { checkRecord, decideCheck, errorCode, feedChanged, mayInstallOnQuit, type Activity } from '../../../../electron/main/updates/updatePolicy';

const URL = 'https://updates.example.cn/territory-grid';
const idle: Activity = { importing: false, migrating: false };
const on = { enabled: true, url: URL };

describe('when the app checks for updates', () => {
  it('never while updates are off, which is the default', () => {
    expect(decideCheck({ settings: { enabled: false, url: '' }, isPackaged: true, activity: idle })).toEqual({ check: false, reason: 'disabled' });
    expect(decideCheck({ settings: { enabled: false, url: URL }, isPackaged: true, activity: idle })).toEqual({ check: false, reason: 'disabled' });
  });

  it('on a packaged app that is idle, with the generic feed at the configured address', () => {
    expect(decideCheck({ settings: on, isPackaged: true, activity: idle })).toEqual({ check: true, feed: { provider: 'generic', url: URL } });
  });

  it('not from a dev build, not with an address that is not https, and later when busy', () => {
    expect(decideCheck({ settings: on, isPackaged: false, activity: idle })).toEqual({ check: false, reason: 'notPackaged' });
    expect(decideCheck({ settings: { enabled: true, url: 'http://updates.example.cn' }, isPackaged: true, activity: idle })).toEqual({ check: false, reason: 'invalidUrl' });
    expect(decideCheck({ settings: on, isPackaged: true, activity: { importing: true, migrating: false } })).toEqual({ check: false, reason: 'busy' });
    expect(decideCheck({ settings: on, isPackaged: true, activity: { importing: false, migrating: true } })).toEqual({ check: false, reason: 'busy' });
  });

  it('again when the switch or the address changes, not when only the last result does', () => {
    expect(feedChanged({ enabled: false, url: '' }, on)).toBe(true);
    expect(feedChanged(on, { enabled: true, url: `${URL}/beta` })).toBe(true);
    expect(feedChanged(on, { ...on })).toBe(false);
  });
});

describe('when a downloaded update may install', () => {
  it('on quit, unless an import or a migration runs, or updates were turned off', () => {
    expect(mayInstallOnQuit(idle, true)).toBe(true);
    expect(mayInstallOnQuit({ importing: true, migrating: false }, true)).toBe(false);
    expect(mayInstallOnQuit({ importing: false, migrating: true }, true)).toBe(false);
    expect(mayInstallOnQuit(idle, false)).toBe(false);
  });
});

describe('the record of a check', () => {
  const at = '2026-12-01T08:00:00.000Z';
  it('says what the feed answered', () => {
    expect(checkRecord({ kind: 'notAvailable' }, at)).toEqual({ at, outcome: 'upToDate' });
    expect(checkRecord({ kind: 'available', version: '0.2.0' }, at)).toEqual({ at, outcome: 'downloading', version: '0.2.0' });
    expect(checkRecord({ kind: 'downloaded', version: '0.2.0' }, at)).toEqual({ at, outcome: 'downloaded', version: '0.2.0' });
  });

  it('keeps a code of an error, never its message (addresses, paths)', () => {
    const error = Object.assign(new Error('net::ERR_NAME_NOT_RESOLVED https://updates.example.cn/latest.yml C:\\Users\\张伟\\AppData'), { code: 'ERR_UPDATER_LATEST_VERSION_NOT_FOUND' });
    expect(checkRecord({ kind: 'error', error }, at)).toEqual({ at, outcome: 'failed', error: 'ERR_UPDATER_LATEST_VERSION_NOT_FOUND' });
    expect(errorCode(new Error('C:\\Users\\张伟'))).toBe('unknown');
    expect(errorCode({ code: 'has spaces and 张伟' })).toBe('unknown');
    expect(errorCode('ENOTFOUND')).toBe('unknown');
    expect(errorCode(Object.assign(new Error('x'), { code: 'ENOTFOUND' }))).toBe('ENOTFOUND');
  });

  it('does not keep whatever a feed sends as its version', () => {
    expect(checkRecord({ kind: 'available', version: '<script>' }, at).version).toBe('unknown');
  });
});
