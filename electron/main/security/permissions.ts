/**
 * The app needs no web permission: no camera, microphone, location, notifications,
 * devices, clipboard reads or fullscreen requests. Copying goes through IPC to
 * Electron's clipboard module, which needs no web permission.
 */
export const ALLOWED_PERMISSIONS: readonly string[] = [];

/** The single decision used by the request, check and device handlers. */
export function permissionPolicy(permission: string): boolean {
  return ALLOWED_PERMISSIONS.includes(permission);
}

/** Handlers in the shapes `session.setPermission*Handler` expect; all deny. */
export const permissionHandlers = {
  request(_contents: unknown, permission: string, callback: (granted: boolean) => void): void {
    callback(permissionPolicy(permission));
  },
  check(_contents: unknown, permission: string): boolean {
    return permissionPolicy(permission);
  },
  device(_details: unknown): boolean {
    return false;
  },
};
