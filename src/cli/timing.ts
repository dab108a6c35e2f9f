/** Wall-clock helpers of the benchmarks (CLI only: the core never reads the clock). */
import { performance } from 'node:perf_hooks';

/** Median of a sample. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds of each of `reps` calls of fn. */
export function time(fn: () => void, reps: number): number[] {
  const samples: number[] = [];
  for (let r = 0; r < reps; r++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}
