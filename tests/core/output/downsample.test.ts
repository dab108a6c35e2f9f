/** Min/max downsampling (src/core/output/downsample.ts) keeps every column's extremes and few points. */
import { describe, expect, it } from 'vitest';
import { downsampleMinMax, minMaxIndices } from '../../../src/core/output/downsample';

function series(n: number, f: (x: number) => number): { xs: Float64Array; ys: Float64Array } {
  const xs = Float64Array.from({ length: n }, (_, k) => k / 4);
  return { xs, ys: xs.map(f) };
}

describe('minMaxIndices', () => {
  it('keeps every point when there are few', () => {
    const { xs, ys } = series(10, Math.sin);
    expect(minMaxIndices(xs, ys, 100)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('keeps at most two points per column plus the ends, ascending', () => {
    const { xs, ys } = series(14_600, (x) => Math.sin(x) + 0.3 * Math.sin(7 * x));
    const kept = minMaxIndices(xs, ys, 400);
    expect(kept.length).toBeLessThanOrEqual(2 * 400 + 2);
    expect(kept[0]).toBe(0);
    expect(kept[kept.length - 1]).toBe(14_599);
    for (let i = 1; i < kept.length; i++) expect(kept[i]!).toBeGreaterThan(kept[i - 1]!);
  });

  it('keeps a one-sample spike and a one-sample trough', () => {
    const { xs, ys } = series(10_000, () => 1);
    ys[3_333] = 3.1;
    ys[7_777] = 0.02;
    const points = downsampleMinMax(xs, ys, 200);
    expect(Math.max(...points.map((p) => p.y))).toBe(3.1);
    expect(Math.min(...points.map((p) => p.y))).toBe(0.02);
    expect(points.find((p) => p.y === 3.1)?.x).toBe(xs[3_333]);
  });

  it('keeps each column’s full vertical extent', () => {
    const { xs, ys } = series(5_000, (x) => Math.sin(3 * x) * Math.exp(-x / 400));
    const columns = 100;
    const kept = minMaxIndices(xs, ys, columns);
    const span = xs[xs.length - 1]! - xs[0]!;
    const bucketOf = (k: number) => Math.min(columns - 1, Math.floor(((xs[k]! - xs[0]!) / span) * columns));
    for (let b = 0; b < columns; b++) {
      const all = [...ys.keys()].filter((k) => k > 0 && k < ys.length - 1 && bucketOf(k) === b).map((k) => ys[k]!);
      const drawn = kept.filter((k) => k > 0 && k < ys.length - 1 && bucketOf(k) === b).map((k) => ys[k]!);
      expect(Math.max(...drawn)).toBe(Math.max(...all));
      expect(Math.min(...drawn)).toBe(Math.min(...all));
    }
  });
});
