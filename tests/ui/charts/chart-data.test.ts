/** Chart data (src/ui/charts/chart-data.ts): downsampled lines, log clamping, y domains and ticks. */
import { describe, expect, it } from 'vitest';
import { chartLines, LOG_FLOOR, logTicks, yDomain } from '../../../src/ui/charts/chart-data';
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

describe('yDomain / logTicks', () => {
  it('covers baseline and every line on round bounds', () => {
    const lines = chartLines(result, MALE_HPG_OUTPUTS, ['lh'], 300, 'linear');
    expect(yDomain(lines, 'linear')).toEqual([0, 3.5]);
    expect(yDomain([], 'linear')).toEqual([0, 1.25]);
    const log = yDomain(chartLines(result, MALE_HPG_OUTPUTS, ['lh'], 300, 'log'), 'log');
    expect(log).toEqual([0.001, 10]);
    expect(logTicks(log)).toEqual([0.001, 0.01, 0.1, 1, 10]);
  });
});
