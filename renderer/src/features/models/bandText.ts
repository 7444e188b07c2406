import type { Band } from '../../../../shared/grading';

/** Plain digits (no grouping) so the text matches what the inputs show. */
function num(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}

/**
 * A band as an inequality around its subject: '7 ≤ 分值 ≤ 9', '3 ≤ 分值 < 7', '分值 > 20000',
 * or `anything` when both ends are open.
 */
export function bandRangeText(band: Band, subject: string, anything: string): string {
  const lower = band.min === null ? '' : `${num(band.min)} ${band.minInclusive ? '≤' : '<'} `;
  const upper = band.max === null ? '' : ` ${band.maxInclusive ? '≤' : '<'} ${num(band.max)}`;
  if (band.min === null && band.max === null) return anything;
  if (band.min !== null && band.max === null) return `${subject} ${band.minInclusive ? '≥' : '>'} ${num(band.min)}`;
  return `${lower}${subject}${upper}`;
}

/** The band a number falls in, by index; -1 when none (for highlighting a score's band). */
export function bandIndexOf(bands: readonly Band[], x: number): number {
  return bands.findIndex(
    (band) =>
      (band.min === null || (band.minInclusive ? x >= band.min : x > band.min)) &&
      (band.max === null || (band.maxInclusive ? x <= band.max : x < band.max)),
  );
}
