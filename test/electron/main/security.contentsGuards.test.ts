import { describe, expect, it, vi } from 'vitest';
import {
  installContentsGuards,
  preventWebviewAttach,
  windowOpenHandler,
  type GuardedContents,
} from '../../../electron/main/security/contentsGuards';

type Listener = (event: { url: string; preventDefault(): void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: (() => { action: 'deny' }) | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: () => { action: 'deny' }) {
      openHandler = handler;
    },
  };
  const fire = (name: string, url = '') => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as GuardedContents, listeners, fire, openHandler: () => openHandler };
}

describe('windowOpenHandler', () => {
  it('denies every new window', () => {
    expect(windowOpenHandler()).toEqual({ action: 'deny' });
  });
});

describe('preventWebviewAttach', () => {
  it('prevents attaching', () => {
    const event = { preventDefault: vi.fn() };
    preventWebviewAttach(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('installContentsGuards', () => {
  it('hooks every navigation event, webview attach and window.open', () => {
    const fake = fakeContents();
    installContentsGuards(fake.contents, {});
    expect([...fake.listeners.keys()].sort()).toEqual(
      ['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect'].sort(),
    );
    expect(fake.openHandler()?.()).toEqual({ action: 'deny' });
    expect(fake.fire('will-attach-webview')).toBe(true);
  });

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('%s: blocks foreign URLs, allows the app', (name) => {
    const blocked = vi.fn();
    const fake = fakeContents();
    installContentsGuards(fake.contents, {}, blocked);
    expect(fake.fire(name, 'app://bundle/index.html#/board')).toBe(false);
    expect(fake.fire(name, 'https://evil.example/')).toBe(true);
    expect(fake.fire(name, 'file:///C:/Users/me/clients.xlsx')).toBe(true);
    expect(fake.fire(name, 'http://localhost:5173/')).toBe(true);
    expect(blocked).toHaveBeenCalledTimes(3);
    expect(blocked).toHaveBeenCalledWith(name, 'https://evil.example/');
  });

  it('allows the dev server only when configured', () => {
    const fake = fakeContents();
    installContentsGuards(fake.contents, { devServerUrl: 'http://localhost:5173' });
    expect(fake.fire('will-navigate', 'http://localhost:5173/#/x')).toBe(false);
    expect(fake.fire('will-navigate', 'http://localhost:5174/')).toBe(true);
  });
});
