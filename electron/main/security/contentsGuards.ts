import type { OriginOptions } from './appOrigin';
import { isAllowedNavigation } from './navigation';

/** Every new window request is denied; external links go through openExternalSafe. */
export function windowOpenHandler(): { action: 'deny' } {
  return { action: 'deny' };
}

interface Preventable {
  preventDefault(): void;
}

/** The app never uses <webview>; attaching one would embed unrestricted content. */
export function preventWebviewAttach(event: Preventable): void {
  event.preventDefault();
}

/** The slice of WebContents the guards attach to (kept narrow so tests can fake it). */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', listener: (event: Preventable & { url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

/**
 * Installed on every webContents (app 'web-contents-created'): navigation, redirects and
 * sub-frame navigation leave the app origin only to be refused.
 */
export function installContentsGuards(
  contents: GuardedContents,
  options: OriginOptions,
  onBlocked: (kind: string, url: string) => void = () => {},
): void {
  const guard = (kind: string) => (event: Preventable & { url: string }) => {
    if (isAllowedNavigation(event.url, options)) return;
    event.preventDefault();
    onBlocked(kind, event.url);
  };
  contents.on('will-navigate', guard('will-navigate'));
  contents.on('will-redirect', guard('will-redirect'));
  contents.on('will-frame-navigate', guard('will-frame-navigate'));
  contents.on('will-attach-webview', preventWebviewAttach);
  contents.setWindowOpenHandler(windowOpenHandler);
}
