import type { ModelPreview } from '../../../../shared/contract';

export interface CellDelta {
  code: string;
  before: number;
  after: number;
  delta: number;
}

/** Counts before and after for each cell in board order (missing counts are 0). */
export function cellDeltas(codes: readonly string[], before: Readonly<Record<string, number>>, after: Readonly<Record<string, number>>): CellDelta[] {
  return codes.map((code) => {
    const b = before[code] ?? 0;
    const a = after[code] ?? 0;
    return { code, before: b, after: a, delta: a - b };
  });
}

/** '+3', '−2' (a real minus sign), '0'. */
export function formatDelta(delta: number): string {
  if (delta > 0) return `+${delta}`;
  if (delta < 0) return `−${Math.abs(delta)}`;
  return '0';
}

/** ↑ a better cell, ↓ a worse one, → sideways or not comparable. */
export function directionMarker(direction: -1 | 0 | 1): string {
  return direction > 0 ? '↑' : direction < 0 ? '↓' : '→';
}

/** How many movers are not listed. */
export function moversNotShown(movers: ModelPreview['movers'], shown: number): number {
  return Math.max(0, movers.total - Math.min(shown, movers.rows.length));
}

/** A preview with nothing to compare (problems stop the core before grading). */
export function isEmptyPreview(preview: ModelPreview): boolean {
  return Object.keys(preview.before).length === 0 && Object.keys(preview.after).length === 0;
}
