import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  captureWindowState,
  clampWindowState,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  windowStatePath,
  type Rect,
} from '../../../electron/main/windowState';

const PRIMARY: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const RIGHT: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };
const LAPTOP: Rect = { x: 0, y: 0, width: 1366, height: 728 };

describe('parseWindowState', () => {
  it.each([
    [null, DEFAULT_WINDOW_STATE],
    ['x', DEFAULT_WINDOW_STATE],
    [{}, DEFAULT_WINDOW_STATE],
    [{ width: '1200', height: 700 }, DEFAULT_WINDOW_STATE],
    [{ width: Number.NaN, height: 700 }, DEFAULT_WINDOW_STATE],
    [{ width: 1200.4, height: 700 }, { width: 1200, height: 700, maximized: false }],
    [{ width: 1200, height: 700, x: 10, y: 20, maximized: true }, { width: 1200, height: 700, x: 10, y: 20, maximized: true }],
    [{ width: 1200, height: 700, x: 10 }, { width: 1200, height: 700, maximized: false }],
    [{ width: 1200, height: 700, maximized: 'yes' }, { width: 1200, height: 700, maximized: false }],
  ])('%j -> %j', (input, expected) => {
    expect(parseWindowState(input)).toEqual(expected);
  });
});

describe('clampWindowState', () => {
  it('defaults to 1280x800 centred', () => {
    expect(DEFAULT_WINDOW_STATE).toEqual({ width: 1280, height: 800, maximized: false });
    expect(clampWindowState(DEFAULT_WINDOW_STATE, [PRIMARY])).toEqual({ width: 1280, height: 800, maximized: false });
  });

  it('keeps a position that is on a screen', () => {
    const state = { width: 1200, height: 800, x: 2000, y: 100, maximized: false };
    expect(clampWindowState(state, [PRIMARY, RIGHT])).toEqual(state);
  });

  it('drops the position when its monitor is gone', () => {
    const state = { width: 1200, height: 800, x: 2000, y: 100, maximized: true };
    expect(clampWindowState(state, [PRIMARY])).toEqual({ width: 1200, height: 800, maximized: true });
  });

  it.each([
    ['far left', -5000, 100],
    ['title bar above the screen', 100, -700],
    ['only a sliver visible on the right', 1900, 100],
    ['below the screen', 100, 1030],
  ])('drops an off-screen position (%s)', (_name, x, y) => {
    const clamped = clampWindowState({ width: 1200, height: 800, x, y, maximized: false }, [PRIMARY]);
    expect(clamped.x).toBeUndefined();
    expect(clamped.y).toBeUndefined();
  });

  it('shrinks a size larger than any screen and grows a tiny one', () => {
    expect(clampWindowState({ width: 4000, height: 3000, maximized: false }, [LAPTOP])).toEqual({
      width: 1366,
      height: 728,
      maximized: false,
    });
    expect(clampWindowState({ width: 10, height: 10, maximized: false }, [PRIMARY])).toMatchObject({ width: 960, height: 600 });
  });

  it('falls back to defaults without displays', () => {
    expect(clampWindowState({ width: 900, height: 700, x: 1, y: 1, maximized: true }, [])).toEqual({
      ...DEFAULT_WINDOW_STATE,
      maximized: true,
    });
  });
});

describe('load and save', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tg-window-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores window-state.json in userData and reads it back', () => {
    const file = windowStatePath(dir);
    expect(file).toBe(join(dir, 'window-state.json'));
    const state = captureWindowState({ x: 50, y: 60, width: 1300, height: 850 }, true);
    saveWindowState(file, state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
    expect(loadWindowState(file, [PRIMARY])).toEqual(state);
    expect(readdirSync(dir)).toEqual(['window-state.json']);
  });

  it('replaces the file atomically', () => {
    const file = windowStatePath(dir);
    saveWindowState(file, { width: 1000, height: 700, maximized: false });
    saveWindowState(file, { width: 1100, height: 700, maximized: false });
    expect(parseWindowState(JSON.parse(readFileSync(file, 'utf8'))).width).toBe(1100);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('creates the folder when missing', () => {
    const file = windowStatePath(join(dir, 'new', 'profile'));
    saveWindowState(file, DEFAULT_WINDOW_STATE);
    expect(loadWindowState(file, [PRIMARY])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('uses defaults for a missing or corrupt file', () => {
    const file = windowStatePath(dir);
    expect(loadWindowState(file, [PRIMARY])).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(file, '{"width": 12');
    expect(loadWindowState(file, [PRIMARY])).toEqual(DEFAULT_WINDOW_STATE);
  });
});
