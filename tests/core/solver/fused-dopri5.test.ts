/** The fused DOPRI5 path: identical to `integrate` without switches; switches located as state events. */
import { describe, expect, it } from 'vitest';
import { integrateFused, type FlatSystem } from '../../../src/core/solver/fused-dopri5';
import { integrate } from '../../../src/core/solver/integrate';

const none = { c: new Float64Array(0), o: new Int32Array(0) };

describe('integrateFused', () => {
  it('gives the numbers of integrate(dopri5) bit for bit on a system without switches, events included', () => {
    // A damped oscillator driven by a dose at t = 3 and an input switched on at t = 5.
    const u = new Float64Array(1);
    const system: FlatSystem = {
      ...none, u,
      rhs: (_t, y, f, _c, uu) => { f[0] = y[1]!; f[1] = -y[0]! - 0.1 * y[1]! + uu[0]!; },
      observe: (_t, y, _c, _u, _o, out) => { out[0] = y[0]! * y[0]!; },
      observationSize: 1,
    };
    const events = [
      { time: 3, apply: (y: Float64Array) => { y[1] = y[1]! + 1; } },
      { time: 5, apply: () => { u[0] = 2; } },
    ];
    const times = Float64Array.from({ length: 41 }, (_, k) => k * 0.25);
    const fused = integrateFused(system, Float64Array.of(1, 0), 0, 10, { rtol: 1e-6, atol: 1e-9, outputTimes: times, events, maxSteps: 1e5, keepStates: true });
    u[0] = 0;
    const plain = integrate((t, y, f) => system.rhs(t, y, f, none.c, u, none.o), Float64Array.of(1, 0), 0, 10, {
      rtol: 1e-6, atol: 1e-9, outputTimes: times, events, observe: (t, y, out) => system.observe(t, y, none.c, u, none.o, out), observationSize: 1,
    });
    expect(Array.from(fused.states!)).toEqual(Array.from(plain.states));
    expect(Array.from(fused.observations)).toEqual(Array.from(plain.observations!));
    expect(fused.stats.steps).toBe(plain.stats.steps);
    expect(fused.stats.rhsEvals).toBe(plain.stats.rhsEvals);
  });

  it('takes an absolute tolerance per state: a small state weighed against a scale of 1 (atol + rtol·1), for a state read through its distance from 1', () => {
    // z' = −z from 1e-3: a small state that a model would read as 1 − z.
    const system: FlatSystem = {
      ...none, u: new Float64Array(0),
      rhs: (_t, y, f) => { f[0] = -y[0]!; },
      observe: (_t, y, _c, _u, _o, out) => { out[0] = y[0]!; },
      observationSize: 1,
    };
    const times = Float64Array.from({ length: 11 }, (_, k) => k);
    const options = { rtol: 1e-6, atol: 1e-12, outputTimes: times, events: [], maxSteps: 1e5 };
    const own = integrateFused(system, Float64Array.of(1e-3), 0, 10, options);
    const scaled = integrateFused(system, Float64Array.of(1e-3), 0, 10, { ...options, atol: Float64Array.of(1e-12 + 1e-6 * 1) });
    expect(scaled.stats.steps).toBeLessThan(own.stats.steps);
    const worst = (r: typeof own) => Math.max(...times.map((t, k) => Math.abs(r.observations[k]! - 1e-3 * Math.exp(-t))));
    expect(worst(own)).toBeLessThan(1e-3 * 1e-6 * 10); // relative to z itself
    expect(worst(scaled)).toBeLessThan(1e-6 * 10); // relative to the scale, 1
    expect(worst(scaled)).toBeGreaterThan(worst(own));
  });

  it('changes a switch branch exactly at the crossing (y rises at rate 1 until y = 1, then stops)', () => {
    const u = new Float64Array(1);
    const system: FlatSystem = {
      ...none, u,
      rhs: (_t, _y, f, _c, uu) => { f[0] = uu[0] !== 0 ? 1 : 0; },
      switches: (_t, y, _c, _u, _o, g) => { g[0] = y[0]! - 1; },
      switchWhen: ['<'],
      switchSlot: 0,
      observe: (_t, y, _c, _u, _o, out) => { out[0] = y[0]!; },
      observationSize: 1,
    };
    const times = Float64Array.of(0, 0.5, 0.999, 1.5, 3);
    const r = integrateFused(system, Float64Array.of(0), 0, 3, { rtol: 1e-6, atol: 1e-9, outputTimes: times, events: [], maxSteps: 1e4 });
    expect(r.stats.stateEvents).toBe(1);
    expect(r.observations[1]).toBeCloseTo(0.5, 12);
    expect(r.observations[2]).toBeCloseTo(0.999, 12);
    expect(Math.abs(r.observations[3]! - 1)).toBeLessThan(1e-9);
    expect(Math.abs(r.observations[4]! - 1)).toBeLessThan(1e-9);
  });

  it('settles a switch that reads another switch’s branch at the same instant', () => {
    // Switch A turns on when y > 1; switch B tests a quantity that A's branch sets (q = 5 or 0)
    // and stops y. B changes with A, at A's crossing, with no state event of its own.
    const u = new Float64Array(2);
    const q = (uu: Float64Array): number => (uu[0] !== 0 ? 5 : 0);
    const system = (): FlatSystem => ({
      ...none, u: new Float64Array(u),
      rhs: (_t, _y, f, _c, uu) => { f[0] = uu[1] !== 0 ? 0 : 1; },
      switches: (_t, y, _c, uu, _o, g) => { g[0] = y[0]! - 1; g[1] = q(uu) - 2; },
      switchWhen: ['>', '>'],
      switchSlot: 0,
      observe: (_t, y, _c, _u, _o, out) => { out[0] = y[0]!; },
      observationSize: 1,
    });
    const times = Float64Array.of(0, 0.5, 1.5, 3);
    const rising = integrateFused(system(), Float64Array.of(0), 0, 3, { rtol: 1e-6, atol: 1e-9, outputTimes: times, events: [], maxSteps: 1e4 });
    expect(rising.stats.stateEvents).toBe(1);
    expect(rising.observations[1]).toBeCloseTo(0.5, 12);
    expect(Math.abs(rising.observations[2]! - 1)).toBeLessThan(1e-9);
    expect(Math.abs(rising.observations[3]! - 1)).toBeLessThan(1e-9);
    // Starting beyond A's threshold, both branches are on from the first step.
    const above = integrateFused(system(), Float64Array.of(2), 0, 3, { rtol: 1e-6, atol: 1e-9, outputTimes: times, events: [], maxSteps: 1e4 });
    expect(above.stats.stateEvents).toBe(0);
    expect(Array.from(above.observations)).toEqual([2, 2, 2, 2]);
  });

  it('names the state whose derivative is not finite', () => {
    const system: FlatSystem = {
      ...none, u: new Float64Array(0),
      rhs: (t, _y, f) => { f[0] = 0; f[1] = t > 1 ? NaN : 0; },
      observe: () => {}, observationSize: 0,
    };
    expect(() => integrateFused(system, Float64Array.of(0, 0), 0, 2, { rtol: 1e-6, atol: 1e-9, outputTimes: new Float64Array(0), events: [], maxSteps: 100, stateNames: ['a', 'b'] })).toThrow(/derivative of b/);
  });
});
