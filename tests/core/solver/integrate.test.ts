import { describe, expect, it } from 'vitest';
import { integrate } from '../../../src/core/solver/integrate';
import { SolverError } from '../../../src/core/solver/solver-error';
import type { CriticalEvent, IntegrateOptions, RightHandSide } from '../../../src/core/solver/types';
import { decay, linspace, oscillator, repeatedBolus, yearChain } from './test-problems';

const METHODS: ReadonlyArray<Omit<IntegrateOptions, 'outputTimes'>> = [
  { method: 'dopri5', rtol: 1e-8, atol: 1e-11 },
  { method: 'rosenbrock', rtol: 1e-6, atol: 1e-9 },
  { method: 'rk4', fixedStep: 0.05 },
];

/** Asserts |actual/expected − 1| < tol. */
function expectRelative(actual: number, expected: number, tol: number): void {
  expect(Math.abs(actual / expected - 1)).toBeLessThan(tol);
}

/** Catches the SolverError thrown by `run` (fails the test if none is thrown). */
function solverErrorOf(run: () => unknown): SolverError {
  try {
    run();
  } catch (e) {
    if (e instanceof SolverError) return e;
    throw e;
  }
  throw new Error('expected a SolverError');
}

describe.each(METHODS)('integrate with $method: critical events', (base) => {
  it('lands exactly on each event time and never evaluates rhs past it before applying it', () => {
    const eventTimes = [Math.PI / 7, 1 / 3, 2.7, Math.E, 7.123456789, 9.999999];
    const applied: number[] = [];
    let latestRhsTime = -Infinity;
    const rhs: RightHandSide = (t, y, dydt) => {
      latestRhsTime = Math.max(latestRhsTime, t);
      dydt[0] = -0.3 * y[0]! + Math.sin(t);
    };
    const events: CriticalEvent[] = eventTimes.map((time) => ({
      time,
      apply: (y, at) => {
        expect(latestRhsTime).toBeLessThanOrEqual(time);
        applied.push(at);
        y[0] = y[0]! + 1;
        latestRhsTime = -Infinity;
      },
    }));
    const result = integrate(rhs, Float64Array.of(0), 0, 12, { ...base, outputTimes: [12], events });
    expect(applied).toEqual([...eventTimes].sort((a, b) => a - b));
    expect(result.stats.events).toBe(eventTimes.length);
  });

  it('reports the post-event value at an event time (right-continuous) and the pre-event limit just before it', () => {
    const p = repeatedBolus;
    const result = integrate(p.rhs, new Float64Array(1), 0, 48, {
      ...base,
      outputTimes: [0, 24 - 1e-9, 24, 48],
      events: p.events().filter((e) => e.time <= 48),
    });
    const trough = 100 * Math.exp(-p.k * 24);
    expect(result.states[0]).toBe(100); // the dose at t0 is applied before the start
    expectRelative(result.states[1]!, trough, 1e-5);
    expectRelative(result.states[2]!, trough + 100, 1e-5);
    expectRelative(result.states[3]!, 100 + trough * (1 + Math.exp(-p.k * 24)), 1e-5); // the dose at t1 counts
  });

  it('applies events at equal times in the order given, and ignores events outside [t0, t1]', () => {
    const order: string[] = [];
    const event = (time: number, label: string, apply: (y: Float64Array) => void): CriticalEvent => ({
      time,
      apply: (y) => {
        order.push(label);
        apply(y);
      },
    });
    const events = [
      event(5, 'double', (y) => (y[0] = y[0]! * 2)),
      event(11, 'too late', (y) => (y[0] = NaN)),
      event(2, 'early', () => {}),
      event(5, 'add one', (y) => (y[0] = y[0]! + 1)),
      event(-1, 'too early', (y) => (y[0] = NaN)),
    ];
    const result = integrate(decay.rhs, Float64Array.of(1), 0, 10, { ...base, outputTimes: [5], events });
    expect(order).toEqual(['early', 'double', 'add one']);
    expectRelative(result.states[0]!, 2 * Math.exp(-2.5) + 1, 1e-5);
    expect(result.stats.events).toBe(3);
  });

  it('keeps the step size across events instead of restarting from a tiny step', () => {
    const events: CriticalEvent[] = linspace(0.5, 9.5, 19).map((time) => ({ time, apply: () => {} }));
    const without = integrate(decay.rhs, decay.y0(), 0, 10, { ...base, outputTimes: [10] }).stats;
    const withEvents = integrate(decay.rhs, decay.y0(), 0, 10, { ...base, outputTimes: [10], events }).stats;
    // Each event can split at most one step in two; a restart from a tiny step would cost several.
    expect(withEvents.rejectedSteps).toBe(0);
    expect(withEvents.steps).toBeLessThanOrEqual(without.steps + events.length);
  });

  it('returns to its step size after a sliver step forced by two nearly simultaneous events', () => {
    const events: CriticalEvent[] = [1, 1 + 1e-7].map((time) => ({ time, apply: () => {} }));
    const without = integrate(decay.rhs, decay.y0(), 0, 10, { ...base, outputTimes: [10] }).stats;
    const withEvents = integrate(decay.rhs, decay.y0(), 0, 10, { ...base, outputTimes: [10], events }).stats;
    // Growing back by at most 10× per step from 1e-7 would take several extra steps.
    expect(withEvents.steps).toBeLessThanOrEqual(without.steps + 3);
  });

  it('fills duplicate, first and last output times and leaves y0 untouched', () => {
    const y0 = decay.y0();
    const result = integrate(decay.rhs, y0, 0, 4, { ...base, outputTimes: [0, 0, 2, 2, 4] });
    expect(y0[0]).toBe(2);
    expect(Array.from(result.times)).toEqual([0, 0, 2, 2, 4]);
    expect(result.states[0]).toBe(2);
    expect(result.states[1]).toBe(2);
    expect(result.states[2]).toBe(result.states[3]);
    expectRelative(result.states[4]!, decay.exact(4)[0]!, 1e-5);
    expect(result.dimension).toBe(1);
  });

  it('with t1 = t0 only applies the events at t0', () => {
    const events: CriticalEvent[] = [{ time: 3, apply: (y) => void (y[0] = 7) }];
    const result = integrate(decay.rhs, Float64Array.of(1), 3, 3, { ...base, outputTimes: [3], events });
    expect(result.states[0]).toBe(7);
    expect(result.stats.rhsEvals).toBe(0);
  });

  it('is deterministic: two runs give identical states and stats', () => {
    const run = () =>
      integrate(repeatedBolus.rhs, new Float64Array(1), 0, 240, {
        ...base,
        outputTimes: linspace(0, 240, 50),
        events: repeatedBolus.events(),
      });
    const [a, b] = [run(), run()];
    expect(b.stats).toEqual(a.stats);
    expect(Array.from(b.states)).toEqual(Array.from(a.states));
  });
});

describe.each(METHODS)('integrate with $method: failures', (base) => {
  it('stops with a step-budget error, quickly, naming the time', () => {
    const error = solverErrorOf(() => integrate(oscillator.rhs, oscillator.y0(), 0, 1e6, { ...base, maxSteps: 50, outputTimes: [1e6] }));
    expect(error.kind).toBe('step-budget');
    expect(error.time).toBeGreaterThan(0);
    expect(error.time).toBeLessThan(1e6);
  });

  it('stops with a non-finite error naming the state when the rhs returns NaN', () => {
    const rhs: RightHandSide = (t, y, dydt) => {
      dydt[0] = -y[0]!;
      dydt[1] = t > 3 ? Math.log(-1) : -y[1]!;
    };
    const error = solverErrorOf(() => integrate(rhs, Float64Array.of(1, 1), 0, 10, { ...base, stateNames: ['LH', 'FSH'], outputTimes: [10] }));
    expect(error.kind).toBe('non-finite');
    expect(error.stateName).toBe('FSH');
    expect(error.time).toBeGreaterThan(3);
    expect(error.message).toContain('FSH');
  });

  it('stops with a non-finite error when an event makes the state NaN', () => {
    const events: CriticalEvent[] = [{ time: 2, apply: (y) => void (y[0] = NaN) }];
    const error = solverErrorOf(() => integrate(decay.rhs, decay.y0(), 0, 10, { ...base, outputTimes: [10], events }));
    expect(error.kind).toBe('non-finite');
    expect(error.time).toBe(2);
    expect(error.stateName).toBe('y[0]');
  });
});

describe('one simulated year: a 5-state transit chain with weekly boluses (the reference use, scaled down)', () => {
  const outputTimes = linspace(0, 8760, 8761);
  // Bounds are regression guards on deterministic counts (measured: dopri5 7520 steps, rosenbrock 53567).
  it.each([
    ['dopri5', 8000],
    ['rosenbrock', 56000],
  ] as const)('%s at rtol 1e-6 matches the closed form within 2e-5 relative, in fewer than %i steps', (method, maxSteps) => {
    const result = integrate(yearChain.rhs, new Float64Array(5), 0, 8760, {
      method,
      rtol: 1e-6,
      atol: 1e-9,
      outputTimes,
      events: yearChain.events(),
    });
    let worst = 0;
    // Every 7th hourly output (the closed form costs more than the integration).
    for (let k = 0; k < outputTimes.length; k += 7) {
      const exact = yearChain.exact(outputTimes[k]!);
      for (let i = 0; i < 5; i++) worst = Math.max(worst, Math.abs(result.states[5 * k + i]! - exact[i]!) / (1 + Math.abs(exact[i]!)));
    }
    expect(worst).toBeLessThan(2e-5);
    expect(result.stats.steps).toBeLessThan(maxSteps);
    expect(result.stats.events).toBe(53);
  });
});

describe('integrate input validation', () => {
  const ok = { outputTimes: [0, 1] };
  const cases: ReadonlyArray<[string, () => unknown]> = [
    ['empty y0', () => integrate(decay.rhs, new Float64Array(0), 0, 1, ok)],
    ['non-finite y0', () => integrate(decay.rhs, Float64Array.of(NaN), 0, 1, ok)],
    ['t1 before t0', () => integrate(decay.rhs, decay.y0(), 1, 0, ok)],
    ['infinite t1', () => integrate(decay.rhs, decay.y0(), 0, Infinity, ok)],
    ['descending outputs', () => integrate(decay.rhs, decay.y0(), 0, 1, { outputTimes: [1, 0] })],
    ['output outside span', () => integrate(decay.rhs, decay.y0(), 0, 1, { outputTimes: [0, 2] })],
    ['NaN output time', () => integrate(decay.rhs, decay.y0(), 0, 1, { outputTimes: [NaN] })],
    ['rtol zero', () => integrate(decay.rhs, decay.y0(), 0, 1, { ...ok, rtol: 0 })],
    ['rtol negative', () => integrate(decay.rhs, decay.y0(), 0, 1, { ...ok, rtol: -1e-6 })],
    ['atol zero', () => integrate(decay.rhs, decay.y0(), 0, 1, { ...ok, atol: 0 })],
    ['atol wrong length', () => integrate(decay.rhs, decay.y0(), 0, 1, { ...ok, atol: new Float64Array(2) })],
    ['maxSteps zero', () => integrate(decay.rhs, decay.y0(), 0, 1, { ...ok, maxSteps: 0 })],
    ['maxStep negative', () => integrate(decay.rhs, decay.y0(), 0, 1, { ...ok, maxStep: -1 })],
    ['initialStep NaN', () => integrate(decay.rhs, decay.y0(), 0, 1, { ...ok, initialStep: NaN })],
    ['rk4 without fixedStep', () => integrate(decay.rhs, decay.y0(), 0, 1, { ...ok, method: 'rk4' })],
    ['event at NaN', () => integrate(decay.rhs, decay.y0(), 0, 1, { ...ok, events: [{ time: NaN, apply: () => {} }] })],
    ['stateNames wrong length', () => integrate(decay.rhs, decay.y0(), 0, 1, { ...ok, stateNames: ['a', 'b'] })],
  ];
  it.each(cases)('rejects %s with an invalid-input SolverError', (_label, run) => {
    expect(solverErrorOf(run).kind).toBe('invalid-input');
  });
});

describe('critical times within round-off of the current time', () => {
  it('applies an event at a denormal time without failing on an underflowing step', () => {
    const result = integrate(
      (_t, y, d) => { d[0] = -y[0]!; },
      new Float64Array([1]),
      0,
      1,
      { outputTimes: [0, 1], events: [{ time: 5e-324, apply: (y) => { y[0] = y[0]! + 1; } }] },
    );
    expect(result.states[1]).toBeCloseTo(2 * Math.exp(-1), 6);
  });
});
