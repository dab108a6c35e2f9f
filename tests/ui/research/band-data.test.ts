/** The band chart's data: thinned points keep the ends, the band path closes, the sentence reads the percentiles. */
import { describe, expect, it } from 'vitest';
import { bandDomain, bandPoints, bandSentence } from '../../../src/ui/research/band-data';
import { bandPath } from '../../../src/ui/research/BandPaths';
import type { UncertaintyReport } from '../../../src/core/analysis/uncertainty';

const n = 101;
const days = Float64Array.from({ length: n }, (_, k) => k);
const report: UncertaintyReport = {
  days, outputIds: ['lh'], seed: 1, fraction: 0.2, parameters: ['a'], samples: 10, succeeded: 10, failures: [],
  bands: { lh: { p5: days.map(() => 0.5), p50: days.map(() => 1), p95: days.map((d) => 1.5 + d / 100) } },
};

describe('band data', () => {
  it('thins to about the requested number of points and keeps the last day', () => {
    const points = bandPoints(report, 'lh', 20);
    expect(points.length).toBeLessThanOrEqual(22);
    expect(points[0]!.x).toBe(0);
    expect(points.at(-1)!.x).toBe(100);
    expect(points.every((p) => p.p5 <= p.p50 && p.p50 <= p.p95)).toBe(true);
  });

  it('draws a closed band outline: forward along p95, back along p5', () => {
    const points = bandPoints(report, 'lh', 3);
    const d = bandPath(points, (x) => x, (y) => y * 100);
    expect(d.startsWith('M0.0 150.0')).toBe(true);
    expect(d.endsWith('L0.0 50.0Z')).toBe(true);
  });

  it('says the median and the 90% range on a day, and fits the domain to the band', () => {
    expect(bandSentence(report, 'lh', 'LH', 50)).toBe('LH on day 50: median 1, 90% of runs between 0.5 and 2 (relative to baseline).');
    expect(bandDomain(bandPoints(report, 'lh', 50))).toEqual([0, 3]);
  });
});
