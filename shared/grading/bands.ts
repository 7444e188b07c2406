import type { Band } from './rules';

export type BandProblem =
  | { code: 'bands.empty'; value: string }
  | { code: 'bands.overlap'; a: string; b: string }
  | { code: 'bands.gap'; from: number; to: number };

export function bandContains(band: Band, x: number): boolean {
  if (band.min !== null && (band.minInclusive ? x < band.min : x <= band.min)) return false;
  if (band.max !== null && (band.maxInclusive ? x > band.max : x >= band.max)) return false;
  return true;
}

/** The value of the band holding x, or undefined when no band does. */
export function bandValueOf(bands: readonly Band[], x: number): string | undefined {
  for (const band of bands) if (bandContains(band, x)) return band.value;
  return undefined;
}

function isEmpty(band: Band): boolean {
  if (band.min === null || band.max === null) return false;
  return band.min > band.max || (band.min === band.max && !(band.minInclusive && band.maxInclusive));
}

/** Lower ends first; at the same number an inclusive start comes first. */
function byStart(a: Band, b: Band): number {
  if (a.min === null || b.min === null) return (a.min === null ? 0 : 1) - (b.min === null ? 0 : 1);
  if (a.min !== b.min) return a.min - b.min;
  return (a.minInclusive ? 0 : 1) - (b.minInclusive ? 0 : 1);
}

/**
 * Overlaps and gaps between the lowest and highest band. Sorted by start, bands are disjoint
 * exactly when each one ends before the next begins, so checking neighbours is enough.
 */
export function checkBands(bands: readonly Band[]): BandProblem[] {
  const problems: BandProblem[] = [];
  const usable: Band[] = [];
  for (const band of bands) {
    if (isEmpty(band)) problems.push({ code: 'bands.empty', value: band.value });
    else usable.push(band);
  }
  usable.sort(byStart);
  for (let i = 1; i < usable.length; i++) {
    const a = usable[i - 1];
    const b = usable[i];
    if (a === undefined || b === undefined) continue;
    if (a.max === null || b.min === null) {
      problems.push({ code: 'bands.overlap', a: a.value, b: b.value });
    } else if (a.max > b.min || (a.max === b.min && a.maxInclusive && b.minInclusive)) {
      problems.push({ code: 'bands.overlap', a: a.value, b: b.value });
    } else if (a.max < b.min || (a.max === b.min && !a.maxInclusive && !b.minInclusive)) {
      problems.push({ code: 'bands.gap', from: a.max, to: b.min });
    }
  }
  return problems;
}

/** '[3, 7)' style text for messages and the UI. */
export function formatBand(band: Band): string {
  const lo = band.min === null ? '(-∞' : `${band.minInclusive ? '[' : '('}${band.min}`;
  const hi = band.max === null ? '+∞)' : `${band.max}${band.maxInclusive ? ']' : ')'}`;
  return `${lo}, ${hi}`;
}
