/** Chart data (src/ui/charts/chart-data.ts): downsampled lines, log clamping, y axes with nice ticks, the shared x scale. */
import { describe, expect, it } from 'vitest';
import { chartGeometry, chartLines, dayToX, LOG_FLOOR, plotSpan, xToDay, yAxisFor } from '../../../src/ui/charts/chart-data';
import type { SimulationResult } from '../../../src/core/simulate';
import { MODELS } from '../../../src/core/model/registry';

const MALE_HPG_OUTPUTS = MODELS['male-hpg'].outputs;

const days = Float64Array.from({ length: 4001 }, (_, k) => k * 0.25);
const result = {
  days,
  series: { lh: days.map((d) => (d === 500 ? 3 : d > 700 ? 0 : 1)), fsh: days.map(() => 1) },
} as unknown as SimulationResult;

describe('chartLines', () => {
  it('keeps about one point per pixel column and keeps the peak', () => {
    const [lh] = chartLines(result, MALE_HPG_OUTPUTS, ['lh'], 300, 'linear');
    expect(lh!.points.length).toBeLessThanOrEqual(602);
    expect(Math.max(...lh!.points.map((p) => p.y))).toBe(3);
    expect(lh!.label).toBe('LH');
  });

  it('draws values below the log floor on it', () => {
    const [lh] = chartLines(result, MALE_HPG_OUTPUTS, ['lh'], 300, 'log');
    expect(Math.min(...lh!.points.map((p) => p.y))).toBe(LOG_FLOOR);
  });

  it('skips outputs the result does not have', () => {
    expect(chartLines(result, MALE_HPG_OUTPUTS, ['sperm', 'fsh'], 300, 'linear').map((l) => l.id)).toEqual(['fsh']);
  });
});

describe('yAxisFor', () => {
  it('covers baseline and every line from 0 with ticks at 1, 2, 2.5 or 5 × 10^k', () => {
    const lines = chartLines(result, MALE_HPG_OUTPUTS, ['lh'], 300, 'linear');
    expect(yAxisFor(lines, 'linear')).toEqual({ domain: [0, 4], ticks: [0, 1, 2, 3, 4], minor: [] });
    expect(yAxisFor([], 'linear')).toEqual({ domain: [0, 1.25], ticks: [0, 0.25, 0.5, 0.75, 1, 1.25], minor: [] });
  });

  it('puts a log axis on whole decades with minor ticks between', () => {
    const log = yAxisFor(chartLines(result, MALE_HPG_OUTPUTS, ['lh'], 300, 'log'), 'log');
    expect(log.domain).toEqual([0.001, 10]);
    expect(log.ticks).toEqual([0.001, 0.01, 0.1, 1, 10]);
    expect(log.minor).toHaveLength(32);
    expect(log.minor.slice(0, 3)).toEqual([0.002, 0.003, 0.004]);
  });
});

describe('the shared x scale', () => {
  it('puts day 0 at the plot\'s left edge and the last day at its right, for charts and timeline alike', () => {
    for (const font of [14, 22]) {
      const g = chartGeometry(font);
      const { left, right } = plotSpan(800, g);
      expect(dayToX(0, 547, 800, g)).toBe(left);
      expect(dayToX(547, 547, 800, g)).toBe(right);
      expect(xToDay(dayToX(182, 547, 800, g), 547, 800, g)).toBeCloseTo(182, 9);
    }
  });
});
