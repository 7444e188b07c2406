import { describe, expect, it } from 'vitest';
import { validateSender, type SenderFrame } from '../../../electron/main/security/validateSender';

const top = (url: string): SenderFrame => ({ url, parent: null });
const child = (url: string, parentUrl = 'app://bundle/index.html'): SenderFrame => ({ url, parent: top(parentUrl) });

describe('validateSender', () => {
  it.each([
    ['main frame on the app origin', top('app://bundle/index.html#/board'), true],
    ['print window', top('app://bundle/print.html#/plan/1'), true],
    ['null frame (navigated away or destroyed)', null, false],
    ['undefined frame', undefined, false],
    ['sub-frame on the app origin', child('app://bundle/index.html'), false],
    ['sub-frame of another origin', child('https://evil.example/'), false],
    ['other origin', top('https://evil.example/'), false],
    ['look-alike host', top('app://bundle.evil/index.html'), false],
    ['file URL', top('file:///C:/x.html'), false],
    ['dev server without dev mode', top('http://localhost:5173/'), false],
    ['empty url (about:blank child window)', top(''), false],
  ])('%s', (_name, frame, expected) => {
    expect(validateSender(frame)).toBe(expected);
  });

  it('accepts the dev server only when it is given', () => {
    expect(validateSender(top('http://localhost:5173/'), { devServerUrl: 'http://localhost:5173' })).toBe(true);
    expect(validateSender(top('http://localhost:9999/'), { devServerUrl: 'http://localhost:5173' })).toBe(false);
  });
});
