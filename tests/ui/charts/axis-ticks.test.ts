/** Ticks a reader can count with (src/ui/charts/axis-ticks.ts). */
import { describe, expect, it } from 'vitest';
import { DAYS_PER_MONTH, inAxisUnit, linearAxis, logAxis, niceStep, timeAxis } from '../../../src/ui/charts/axis-ticks';

const isNice = (step: number): boolean => {
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  return [1, 2, 2.5, 5].some((m) => Math.abs(mantissa - m) < 1e-9);
};

describe('level ticks', () => {
  it('step by 1, 2, 2.5 or 5 × 10^k', () => {
    expect(niceStep(0.35)).toBe(0.5);
    expect(niceStep(0.21)).toBe(0.25);
    expect(niceStep(1.2)).toBe(2);
    expect(niceStep(30)).toBe(50);
    for (let hi = 0.05; hi < 500; hi *= 1.37) {
      const { ticks, top } = linearAxis(hi, 5);
      expect(top).toBeGreaterThanOrEqual(hi);
      expect(ticks.length - 1).toBeLessThanOrEqual(5);
      expect(isNice(ticks[1]! - ticks[0]!), `hi ${hi}`).toBe(true);
      for (let k = 1; k < ticks.length; k++) expect(ticks[k]! - ticks[k - 1]!).toBeCloseTo(ticks[1]!, 9);
    }
  });

  it('on a log axis sit at decades, with 2–9 × 10^k between', () => {
    expect(logAxis(0.004, 2.6)).toEqual({
      domain: [0.001, 10],
      major: [0.001, 0.01, 0.1, 1, 10],
      minor: [0.002, 0.003, 0.004, 0.005, 0.006, 0.007, 0.008, 0.009, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 2, 3, 4, 5, 6, 7, 8, 9],
    });
  });
});

describe('time ticks', () => {
  it('count days in short runs', () => {
    expect(timeAxis(7, 7)).toMatchObject({ unit: 'day', ticks: [0, 1, 2, 3, 4, 5, 6, 7], title: 'Day' });
  });

  it('fall on whole weeks up to four months', () => {
    expect(timeAxis(28, 7)).toMatchObject({ unit: 'week', ticks: [0, 7, 14, 21, 28], labels: ['0', '7', '14', '21', '28'] });
    expect(timeAxis(90, 7).ticks).toEqual([0, 14, 28, 42, 56, 70, 84]);
  });

  it('fall on whole months in longer runs, labelled in months', () => {
    const axis = timeAxis(547, 7);
    expect(axis.unit).toBe('month');
    // 547 days are just short of 18 months.
    expect(axis.labels).toEqual(['0', '3', '6', '9', '12', '15']);
    expect(axis.ticks[2]).toBeCloseTo(6 * DAYS_PER_MONTH, 9);
    expect(timeAxis(365, 4).labels).toEqual(['0', '3', '6', '9', '12']);
    expect(inAxisUnit(182, axis)).toBe('month 6.0');
  });

  it('never crowd more intervals than asked for', () => {
    for (const days of [1, 3, 10, 14, 15, 30, 60, 120, 121, 200, 365, 730, 3650]) {
      for (const max of [2, 4, 7, 12]) expect(timeAxis(days, max).ticks.length - 1, `${days} d, ${max}`).toBeLessThanOrEqual(max);
    }
  });
});
