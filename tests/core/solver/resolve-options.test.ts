import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../../src/core/solver/resolve-options';
import type { RightHandSide } from '../../../src/core/solver/types';

const rhs: RightHandSide = (_t, y, dydt) => dydt.set(y);

describe('resolveOptions', () => {
  it('fills the documented defaults', () => {
    const r = resolveOptions(rhs, Float64Array.of(1, 2), 0, 24, { outputTimes: [0, 24] });
    expect(r.method).toBe('dopri5');
    expect(r.rtol).toBe(1e-6);
    expect(Array.from(r.atol)).toEqual([1e-9, 1e-9]);
    expect(r.maxSteps).toBe(1e6);
    expect(r.maxStep).toBe(24);
    expect(r.initialStep).toBeUndefined();
    expect(Number.isNaN(r.fixedStep)).toBe(true);
  });

  it('copies per-state atol and output times, and caps maxStep at the span', () => {
    const atol = Float64Array.of(1e-6, 1e-12);
    const outputTimes = [0, 1, 2];
    const r = resolveOptions(rhs, Float64Array.of(1, 2), 0, 2, { atol, outputTimes, maxStep: 100 });
    atol[0] = 5;
    outputTimes[0] = 7;
    expect(Array.from(r.atol)).toEqual([1e-6, 1e-12]);
    expect(Array.from(r.outputTimes)).toEqual([0, 1, 2]);
    expect(r.maxStep).toBe(2);
  });

  it('names the offending state when y0 is not finite', () => {
    expect(() => resolveOptions(rhs, Float64Array.of(1, NaN), 0, 1, { outputTimes: [], stateNames: ['LH', 'FSH'] })).toThrow(/FSH/);
  });
});
