import { describe, expect, it } from 'vitest';
import { referenceAt, referenceCurve, relativeToReference, type PeriodicReference } from '../../../src/core/analysis/cycle-baseline';

// One period of 10 days sampled every 2.5 days: 0, 2.5, 5, 7.5.
const reference: PeriodicReference = { periodDays: 10, sampleEveryDays: 2.5, values: Float64Array.of(1, 3, 5, 3), mean: 3 };

describe('cycle baseline', () => {
  it('interpolates within a period and wraps around it', () => {
    expect(referenceAt(reference, 1.25)).toBeCloseTo(2);
    expect(referenceAt(reference, 8.75)).toBeCloseTo(2); // between 7.5 (3) and 10 ≡ 0 (1)
    expect(referenceAt(reference, 21.25)).toBeCloseTo(2);
    expect(referenceAt(reference, -5)).toBeCloseTo(5);
  });

  it('continues the reference from a start phase', () => {
    expect(Array.from(referenceCurve(reference, [0, 2.5, 5], 5))).toEqual([5, 3, 1]);
  });

  it('divides by the cycle mean or by the same cycle day', () => {
    const days = [0, 2.5];
    const values = [6, 6];
    expect(Array.from(relativeToReference(reference, days, values, 0, 'cycle-mean'))).toEqual([2, 2]);
    expect(Array.from(relativeToReference(reference, days, values, 0, 'same-cycle-day'))).toEqual([6, 2]);
  });
});
