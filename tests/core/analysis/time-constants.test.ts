/** Eigenvalues read as time constants and periods (src/core/analysis/time-constants.ts). */
import { describe, expect, it } from 'vitest';
import { eigenmode, formatHours } from '../../../src/core/analysis/time-constants';

describe('eigenmode', () => {
  it('a real negative eigenvalue decays with τ = 1/|λ| and has no period', () => {
    const m = eigenmode(-0.25, 0);
    expect(m).toMatchObject({ timeConstantHours: 4, timeConstantDays: 4 / 24, periodHours: null, periodDays: null, growing: false });
  });
  it('a complex eigenvalue has period 2π/|im|; a zero real part never decays', () => {
    const m = eigenmode(0, -Math.PI);
    expect(m.periodHours).toBeCloseTo(2, 12);
    expect(m.timeConstantHours).toBe(Infinity);
    expect(m.growing).toBe(false);
  });
  it('round-off imaginary parts are dropped', () => {
    expect(eigenmode(-1, 1e-17).periodHours).toBeNull();
  });
});

describe('formatHours', () => {
  it('picks a readable unit', () => {
    expect(formatHours(0.5)).toBe('30 min');
    expect(formatHours(5.2)).toBe('5.2 h');
    expect(formatHours(24 * 40)).toBe('40 days');
    expect(formatHours(24 * 365.25 * 3)).toBe('3 years');
    expect(formatHours(Infinity)).toBe('never');
  });
});
