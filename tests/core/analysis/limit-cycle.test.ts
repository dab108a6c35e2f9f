/**
 * The limit-cycle finder and Floquet multipliers on the Hopf normal form, whose
 * answers are known exactly: in polar form ṙ = λ·r·(1 − r²), θ̇ = ω, the unit
 * circle is a stable cycle of period 2π/ω with multipliers 1 and e^{−2λT}.
 */
import { describe, expect, it } from 'vitest';
import { findLimitCycle } from '../../../src/core/analysis/limit-cycle';
import { floquetMultipliers } from '../../../src/core/analysis/floquet';
import type { RightHandSide } from '../../../src/core/solver/types';

const period = 24;
const omega = (2 * Math.PI) / period;

function hopf(lambda: number): RightHandSide {
  return (_t, y, dydt) => {
    const r2 = y[0]! * y[0]! + y[1]! * y[1]!;
    dydt[0] = lambda * y[0]! * (1 - r2) - omega * y[1]!;
    dydt[1] = lambda * y[1]! * (1 - r2) + omega * y[0]!;
  };
}

const marker = (y: Float64Array): number => y[0]!;

describe('findLimitCycle', () => {
  it('finds the period and a state on the cycle from a start off it', () => {
    const lc = findLimitCycle(hopf(0.05), Float64Array.of(0.2, 0), { marker, minPeak: 0.5, maxHours: 2000, chunkHours: 100 });
    if (!lc.ok) throw new Error(lc.reason);
    expect(lc.periodHours).toBeCloseTo(period, 3);
    expect(Math.hypot(lc.stateAtPeak[0]!, lc.stateAtPeak[1]!)).toBeCloseTo(1, 4);
    // Phase 0 is the marker's peak: x = 1, y = 0.
    expect(lc.stateAtPeak[0]!).toBeCloseTo(1, 4);
    expect(lc.closure).toBeLessThan(1e-4);
  });

  it('reports no oscillation when the origin is stable', () => {
    const lc = findLimitCycle(hopf(-0.05), Float64Array.of(0.9, 0), { marker, minPeak: 0.5, maxHours: 500, chunkHours: 100 });
    expect(lc.ok).toBe(false);
  });
});

describe('floquetMultipliers', () => {
  it('gives 1 and e^{−2λT} on the Hopf normal form, and a stable verdict', () => {
    const lambda = 0.03;
    const f = floquetMultipliers(hopf(lambda), Float64Array.of(1, 0), period, Float64Array.of(1, 1));
    if (!f.ok) throw new Error(f.reason);
    expect(f.trivial.re).toBeCloseTo(1, 5);
    expect(f.multipliers).toHaveLength(1);
    expect(f.multipliers[0]!.abs).toBeCloseTo(Math.exp(-2 * lambda * period), 5);
    expect(f.verdict).toBe('stable');
    expect(f.slowestReturnHours).toBeCloseTo(1 / (2 * lambda), 3);
  });

  it('calls a cycle with a growing mode unstable', () => {
    // Repelling cycle: ṙ = −λ·r·(1 − r²) has the unit circle unstable.
    const f = floquetMultipliers(hopf(-0.03), Float64Array.of(1, 0), period, Float64Array.of(1, 1));
    if (!f.ok) throw new Error(f.reason);
    expect(f.multipliers[0]!.abs).toBeCloseTo(Math.exp(2 * 0.03 * period), 4);
    expect(f.verdict).toBe('unstable');
  });
});
