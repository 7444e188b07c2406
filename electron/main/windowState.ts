import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** x/y are absent when the window should be centred by the OS. */
export interface WindowState {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;
/** How much of the window must stay on a screen for a remembered position to be reused. */
const MIN_VISIBLE = { width: 200, height: 80 } as const;

const isFiniteInt = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Reads the stored JSON defensively: anything malformed falls back to the defaults. */
export function parseWindowState(value: unknown): WindowState {
  if (typeof value !== 'object' || value === null) return { ...DEFAULT_WINDOW_STATE };
  const raw = value as Record<string, unknown>;
  if (!isFiniteInt(raw['width']) || !isFiniteInt(raw['height'])) return { ...DEFAULT_WINDOW_STATE };
  const state: WindowState = {
    width: Math.round(raw['width']),
    height: Math.round(raw['height']),
    maximized: raw['maximized'] === true,
  };
  if (isFiniteInt(raw['x']) && isFiniteInt(raw['y'])) {
    state.x = Math.round(raw['x']);
    state.y = Math.round(raw['y']);
  }
  return state;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * Fits remembered bounds to the screens present now: the size shrinks to the largest work
 * area, and a position that would leave the window (nearly) off every screen, e.g. after
 * unplugging a monitor, is dropped so the window opens centred.
 */
export function clampWindowState(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (workAreas.length === 0) return { ...DEFAULT_WINDOW_STATE, maximized: state.maximized };
  const maxWidth = Math.max(...workAreas.map((area) => area.width));
  const maxHeight = Math.max(...workAreas.map((area) => area.height));
  const width = Math.min(Math.max(state.width, MIN_WINDOW_SIZE.width), maxWidth);
  const height = Math.min(Math.max(state.height, MIN_WINDOW_SIZE.height), maxHeight);
  const clamped: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return clamped;
  const rect: Rect = { x: state.x, y: state.y, width, height };
  // The title bar (top strip) must be reachable, or the user cannot drag the window back.
  const titleBar: Rect = { x: state.x, y: state.y, width, height: Math.min(height, MIN_VISIBLE.height) };
  const visible = workAreas.some((area) => {
    const body = overlap(rect, area);
    const bar = overlap(titleBar, area);
    return body.width >= MIN_VISIBLE.width && body.height >= MIN_VISIBLE.height && bar.height > 0 && bar.width >= MIN_VISIBLE.width;
  });
  if (visible) {
    clamped.x = state.x;
    clamped.y = state.y;
  }
  return clamped;
}

export function windowStatePath(userDataDir: string): string {
  return join(userDataDir, WINDOW_STATE_FILE);
}

/** Missing or unreadable files give the defaults; the window state is never worth an error. */
export function loadWindowState(filePath: string, workAreas: readonly Rect[]): WindowState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(filePath, 'utf8'));
  } catch {
    parsed = null;
  }
  return clampWindowState(parseWindowState(parsed), workAreas);
}

/**
 * Synchronous and atomic (temp file, then rename): it runs while the window closes and
 * the app may exit right after, and a half-written file must never replace a good one.
 */
export function saveWindowState(filePath: string, state: WindowState): void {
  mkdirSync(dirname(filePath), { recursive: true });
  const temp = `${filePath}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  renameSync(temp, filePath);
}

/** What to remember from a window: its normal (restored) bounds plus the maximised flag. */
export function captureWindowState(normalBounds: Rect, maximized: boolean): WindowState {
  return { ...normalBounds, maximized };
}
