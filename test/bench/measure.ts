export interface Measurement {
  name: string;
  value: number;
  unit: string;
  /** The name of the baseline measured in the same run, when the target is a ratio. */
  baseline: string | null;
  ratio: number | null;
  target: string;
  pass: boolean;
}

/** Median wall time in ms of `runs` calls, after `warmup` unmeasured calls. */
export function medianMs(fn: () => void, runs = 5, warmup = 1, before?: () => void): number {
  for (let i = 0; i < warmup; i++) {
    before?.();
    fn();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export const round = (value: number, digits = 1): number => Number(value.toFixed(digits));
