import { describe, expect, it } from 'vitest';
import { findPeaks } from '../../../src/core/analysis/peaks';

describe('findPeaks', () => {
  it('recovers the vertex of a sampled parabola exactly', () => {
    const times = Array.from({ length: 11 }, (_, k) => k);
    const values = times.map((t) => 10 - (t - 4.3) ** 2);
    const peaks = findPeaks(times, values, 0);
    expect(peaks).toHaveLength(1);
    expect(peaks[0]!.time).toBeCloseTo(4.3, 12);
    expect(peaks[0]!.value).toBeCloseTo(10, 12);
  });

  it('refines a smooth peak to a small fraction of the sampling interval', () => {
    const times = Array.from({ length: 200 }, (_, k) => k * 0.5);
    const values = times.map((t) => Math.exp(-(((t - 37.21) / 4) ** 2)));
    const [peak] = findPeaks(times, values, 0.5);
    expect(Math.abs(peak!.time - 37.21)).toBeLessThan(0.01);
  });

  it('ignores maxima below the threshold, endpoints, and counts a plateau once', () => {
    const values = [5, 1, 3, 1, 2, 7, 7, 7, 2, 1, 9];
    const times = values.map((_, k) => k);
    const peaks = findPeaks(times, values, 2.5);
    expect(peaks.map((p) => p.time)).toEqual([2, 5]);
  });
});
