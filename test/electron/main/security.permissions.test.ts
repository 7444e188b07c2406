import { describe, expect, it, vi } from 'vitest';
import { permissionHandlers, permissionPolicy } from '../../../electron/main/security/permissions';

/** Every permission string Electron 45 passes to the session handlers (electron.d.ts). */
const ELECTRON_PERMISSIONS = [
  'ar',
  'automatic-fullscreen',
  'background-fetch',
  'background-sync',
  'captured-surface-control',
  'clipboard-read',
  'clipboard-sanitized-write',
  'deprecated-sync-clipboard-read',
  'display-capture',
  'fileSystem',
  'fullscreen',
  'geolocation',
  'geolocation-approximate',
  'hand-tracking',
  'hid',
  'idle-detection',
  'keyboardLock',
  'local-fonts',
  'local-network',
  'local-network-access',
  'loopback-network',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'nfc',
  'notifications',
  'openExternal',
  'payment-handler',
  'periodic-background-sync',
  'persistent-storage',
  'pointerLock',
  'screen-wake-lock',
  'sensors',
  'serial',
  'smart-card',
  'speaker-selection',
  'storage-access',
  'system-wake-lock',
  'top-level-storage-access',
  'usb',
  'vr',
  'web-app-installation',
  'web-printing',
  'window-management',
  'unknown',
] as const;

describe('permissionPolicy', () => {
  it.each(ELECTRON_PERMISSIONS)('denies %s', (permission) => {
    expect(permissionPolicy(permission)).toBe(false);
    expect(permissionHandlers.check(null, permission)).toBe(false);
    const callback = vi.fn();
    permissionHandlers.request(null, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('denies names Electron may add later', () => {
    expect(permissionPolicy('some-future-permission')).toBe(false);
  });

  it('denies every device', () => {
    expect(permissionHandlers.device({ deviceType: 'usb', origin: 'app://bundle' })).toBe(false);
    expect(permissionHandlers.device({ deviceType: 'hid', origin: 'app://bundle' })).toBe(false);
  });
});
