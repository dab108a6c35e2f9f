/** Output times without drift (src/core/scenario/output-times.ts). */
import { describe, expect, it } from 'vitest';
import { outputRowCount, outputTimesHours } from '../../../src/core/scenario/output-times';

describe('outputTimesHours', () => {
  it.each([
    [2, 6, 9],
    [14, 12, 29],
    [1.1, 5, 7],
    [7, 0.07, 2401],
    [33, 1.1, 721],
    [3650, 720, 123],
  ])('%s days every %s h: %s rows, the last exactly the end, increasing', (days, every, rows) => {
    const times = outputTimesHours(days, every);
    expect(times.length).toBe(rows);
    expect(outputRowCount(days, every)).toBe(rows);
    expect(times[0]).toBe(0);
    expect(times[times.length - 1]).toBe(days * 24);
    for (let k = 1; k < times.length; k++) expect(times[k]!).toBeGreaterThan(times[k - 1]!);
  });

  it('agrees with the row count for many awkward spacings', () => {
    for (let i = 1; i <= 400; i++) {
      const days = i * 0.37;
      const every = 0.05 + (i % 37) * 0.113;
      const times = outputTimesHours(days, every);
      expect(times.length).toBe(outputRowCount(days, every));
      expect(times[times.length - 1]).toBe(days * 24);
      expect(times[times.length - 2]!).toBeLessThan(days * 24);
    }
  });
});
