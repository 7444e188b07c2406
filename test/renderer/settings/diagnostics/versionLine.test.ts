import { describe, expect, it } from 'vitest';
import { versionLine } from '../../../../renderer/src/features/settings/diagnostics/versionLine';

const versions = {
  app: '0.1.0',
  electron: '45.4.1',
  chromium: '142.0.7444.52',
  node: '22.20.0',
  v8: '14.2.231.17',
  sqlite: '3.50.4',
  schemaVersion: 7,
  latestSchemaVersion: 7,
  os: 'Linux 6.1.0 (x64)',
};

describe('versionLine', () => {
  it('lists the desktop app’s versions', () => {
    expect(versionLine(versions)).toBe('0.1.0 · Electron 45.4.1 · Chromium 142.0.7444.52 · Node.js 22.20.0 · V8 14.2.231.17 · SQLite 3.50.4 · Linux 6.1.0 (x64)');
  });
  it('leaves out what the browser preview does not know', () => {
    expect(versionLine({ ...versions, electron: null, chromium: null })).toBe('0.1.0 · Node.js 22.20.0 · V8 14.2.231.17 · SQLite 3.50.4 · Linux 6.1.0 (x64)');
  });
});
