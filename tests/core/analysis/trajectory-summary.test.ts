/** Chart summaries in words (src/core/analysis/trajectory-summary.ts). */
import { describe, expect, it } from 'vitest';
import { relativeLevel, summarizeSeries, summarizeTrajectories } from '../../../src/core/analysis/trajectory-summary';

const days = Float64Array.from({ length: 57 }, (_, k) => k * 0.5);

describe('summarizeSeries', () => {
  it('says a flat series stays near baseline', () => {
    expect(summarizeSeries('GnRH', days, days.map(() => 1.01))).toBe('GnRH stays within 5% of baseline.');
  });

  it('gives the nadir and its day, then the end value', () => {
    const lh = days.map((d) => (d <= 14 ? 1 - 0.95 * (d / 14) : 0.05 + 0.75 * ((d - 14) / 14)));
    expect(summarizeSeries('LH', days, lh)).toBe('LH falls to 5.0% of baseline by day 14 and ends at 80% of baseline.');
  });

  it('tells a rise then a fall in the order they happen', () => {
    const t = days.map((d) => (d < 3 ? 1 + d / 3 : d <= 20 ? 2 - (1.7 * (d - 3)) / 17 : 0.3 + 0.001 * (d - 20)));
    expect(summarizeSeries('Testosterone', days, t)).toBe(
      'Testosterone rises to 2.0 times baseline by day 3 and falls to 30% of baseline by day 20.',
    );
  });

  it('mentions a start away from baseline', () => {
    const fsh = days.map((d) => 0.25 + (0.75 * d) / 28);
    expect(summarizeSeries('FSH', days, fsh)).toBe('FSH starts at 25% of baseline and rises to 100% of baseline by day 28.');
  });

  it('says a constant off-baseline series stays there', () => {
    expect(summarizeSeries('Inhibin B', days, days.map(() => 0))).toBe('Inhibin B stays near zero.');
  });
});

describe('summarizeTrajectories / relativeLevel', () => {
  it('joins one sentence per series', () => {
    const text = summarizeTrajectories(days, [
      { label: 'A', values: days.map(() => 1) },
      { label: 'B', values: days.map(() => 1) },
    ]);
    expect(text).toBe('A stays within 5% of baseline. B stays within 5% of baseline.');
  });

  it('words levels', () => {
    expect(relativeLevel(0.004)).toBe('0.40% of baseline');
    expect(relativeLevel(0.5)).toBe('50% of baseline');
    expect(relativeLevel(1.94)).toBe('190% of baseline');
    expect(relativeLevel(2.46)).toBe('2.5 times baseline');
    expect(relativeLevel(12.3)).toBe('12 times baseline');
    expect(relativeLevel(0.0009)).toBe('near zero');
  });

  it('says "near zero" below 0.1% of baseline, in every position of a sentence', () => {
    const falling = days.map((d) => (d < 5 ? 1 - d / 5 : 0));
    expect(summarizeSeries('Inhibin B', days, falling)).toBe('Inhibin B falls to near zero by day 5.');
    const rising = days.map((d) => Math.min(1, d / 10));
    expect(summarizeSeries('LH', days, rising)).toBe('LH starts near zero and rises to 100% of baseline by day 10.');
  });
});
