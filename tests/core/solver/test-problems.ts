/**
 * Test problems with closed-form solutions, shared by the per-method test files
 * (dopri5, rosenbrock, rk4). Each problem gives the right-hand side, initial
 * state, span, events and the exact solution; `checkClosedForms` registers the
 * same describe-block of checks for one method with that method's tolerances.
 * Time unit: hours where the problem is pharmacokinetic.
 */
import { describe, expect, it } from 'vitest';
import { integrate } from '../../../src/core/solver/integrate';
import type { CriticalEvent, IntegrateOptions, IntegrationResult, RightHandSide } from '../../../src/core/solver/types';

/** Largest |computed − exact| over all output times and states. */
export function maxAbsError(result: IntegrationResult, exact: (t: number) => readonly number[]): number {
  let worst = 0;
  const n = result.dimension;
  for (let k = 0; k < result.times.length; k++) {
    const expected = exact(result.times[k]!);
    for (let i = 0; i < n; i++) worst = Math.max(worst, Math.abs(result.states[k * n + i]! - expected[i]!));
  }
  return worst;
}

/** Evenly spaced times from a to b inclusive. */
export function linspace(a: number, b: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => a + ((b - a) * k) / (count - 1));
}

/** Exponential decay y' = −k·y, y(0) = 2, k = 0.5 per hour: y = 2·e^(−k t). */
export const decay = {
  k: 0.5,
  rhs: ((_t, y, dydt) => {
    dydt[0] = -0.5 * y[0]!;
  }) as RightHandSide,
  y0: () => Float64Array.of(2),
  exact: (t: number): number[] => [2 * Math.exp(-0.5 * t)],
};

/** One compartment, half-life 8 h, bolus of 100 every 24 h from t = 0 (10 doses): y = Σ 100·e^(−k(t − τ)). */
export const repeatedBolus = {
  k: Math.LN2 / 8,
  doseTimes: Array.from({ length: 10 }, (_, j) => 24 * j),
  rhs: ((_t, y, dydt) => {
    dydt[0] = -(Math.LN2 / 8) * y[0]!;
  }) as RightHandSide,
  events(): CriticalEvent[] {
    return this.doseTimes.map((time) => ({
      time,
      apply: (y: Float64Array) => {
        y[0] = y[0]! + 100;
      },
    }));
  },
  /** Right-continuous: a dose at τ counts at t = τ. */
  exact(t: number): number[] {
    let sum = 0;
    for (const tau of this.doseTimes) if (tau <= t) sum += 100 * Math.exp(-this.k * (t - tau));
    return [sum];
  },
};

/**
 * Bateman absorption chain, depot → central → out: A' = −ka·A, C' = ka·A − ke·C,
 * boluses of 50 into the depot every 24 h from t = 0 (8 doses). Superposition of
 * A = D e^(−ka s), C = D·ka/(ka − ke)·(e^(−ke s) − e^(−ka s)), s = t − τ (Bateman 1910).
 */
export const bateman = {
  ka: 1.2,
  ke: 0.15,
  doseTimes: Array.from({ length: 8 }, (_, j) => 24 * j),
  rhs: ((_t, y, dydt) => {
    dydt[0] = -1.2 * y[0]!;
    dydt[1] = 1.2 * y[0]! - 0.15 * y[1]!;
  }) as RightHandSide,
  events(): CriticalEvent[] {
    return this.doseTimes.map((time) => ({
      time,
      apply: (y: Float64Array) => {
        y[0] = y[0]! + 50;
      },
    }));
  },
  exact(t: number): number[] {
    let depot = 0;
    let central = 0;
    for (const tau of this.doseTimes) {
      if (tau > t) continue;
      const s = t - tau;
      depot += 50 * Math.exp(-this.ka * s);
      central += ((50 * this.ka) / (this.ka - this.ke)) * (Math.exp(-this.ke * s) - Math.exp(-this.ka * s));
    }
    return [depot, central];
  },
};

/** Logistic growth y' = r·y·(1 − y/K), r = 0.8, K = 10, y(0) = 0.1: y = K y0 e^(rt)/(K + y0 (e^(rt) − 1)). */
export const logistic = {
  rhs: ((_t, y, dydt) => {
    dydt[0] = 0.8 * y[0]! * (1 - y[0]! / 10);
  }) as RightHandSide,
  y0: () => Float64Array.of(0.1),
  exact: (t: number): number[] => {
    const e = Math.exp(0.8 * t);
    return [(10 * 0.1 * e) / (10 + 0.1 * (e - 1))];
  },
};

/** Harmonic oscillator x'' = −ω²x with period 1 (ω = 2π), x(0) = 1, v(0) = 0: x = cos ωt, v = −ω sin ωt. */
export const oscillator = {
  omega: 2 * Math.PI,
  rhs: ((_t, y, dydt) => {
    dydt[0] = y[1]!;
    dydt[1] = -(2 * Math.PI) * (2 * Math.PI) * y[0]!;
  }) as RightHandSide,
  y0: () => Float64Array.of(1, 0),
  exact(t: number): number[] {
    return [Math.cos(this.omega * t), -this.omega * Math.sin(this.omega * t)];
  },
  /** ½v² + ½ω²x², 2π² at the start. */
  energy(x: number, v: number): number {
    return 0.5 * v * v + 0.5 * this.omega * this.omega * x * x;
  },
};

/**
 * Infusion y' = R(t) − k·y, k = 0.4 per hour, R = 3 on [2, 5) and [10, 12), else 0,
 * switched by events that change a variable the rhs reads. On each piece
 * y = R/k + (y(ts) − R/k)·e^(−k(t − ts)).
 */
export function infusion(): { rhs: RightHandSide; events: CriticalEvent[]; exact: (t: number) => number[] } {
  const k = 0.4;
  const switches: ReadonlyArray<readonly [number, number]> = [[2, 3], [5, 0], [10, 3], [12, 0]];
  let rate = 0;
  const rhs: RightHandSide = (_t, y, dydt) => {
    dydt[0] = rate - k * y[0]!;
  };
  const events = switches.map(([time, r]) => ({
    time,
    apply: () => {
      rate = r;
    },
  }));
  const exact = (t: number): number[] => {
    let y = 0;
    let start = 0;
    let r = 0;
    for (const [time, next] of switches) {
      if (time > t) break;
      y = r / k + (y - r / k) * Math.exp(-k * (time - start));
      start = time;
      r = next;
    }
    return [r / k + (y - r / k) * Math.exp(-k * (t - start))];
  };
  return { rhs, events, exact };
}

/** Tolerances one method must meet on the closed forms. */
export interface ClosedFormTolerances {
  readonly decay: number;
  readonly bolus: number;
  readonly bateman: number;
  readonly logistic: number;
  readonly oscillatorPhase: number;
  readonly oscillatorEnergy: number;
  readonly infusion: number;
}

/** Registers the closed-form checks for one method, run with `options`. */
export function checkClosedForms(label: string, options: Omit<IntegrateOptions, 'outputTimes'>, tol: ClosedFormTolerances): void {
  const run = (rhs: RightHandSide, y0: Float64Array, t1: number, outputTimes: number[], events?: CriticalEvent[]) =>
    integrate(rhs, y0, 0, t1, { ...options, outputTimes, events });

  describe(`${label} on closed-form problems`, () => {
    it('follows exponential decay', () => {
      const result = run(decay.rhs, decay.y0(), 10, linspace(0, 10, 41));
      expect(maxAbsError(result, decay.exact)).toBeLessThan(tol.decay);
    });

    it('matches the superposition of exponentials under daily boluses, right after and right before each dose', () => {
      const p = repeatedBolus;
      const after = p.doseTimes;
      const before = p.doseTimes.slice(1).map((tau) => tau - 1e-6);
      const times = [...after, ...before, ...linspace(0, 240, 97)].sort((a, b) => a - b);
      const result = run(p.rhs, new Float64Array(1), 240, times, p.events());
      expect(maxAbsError(result, (t) => p.exact(t))).toBeLessThan(tol.bolus);
      // Right after the second dose: trough + 100; right before it: the trough alone.
      const at = (t: number) => result.states[times.indexOf(t)]!;
      const trough = 100 * Math.exp(-p.k * 24);
      expect(Math.abs(at(24) - (trough + 100))).toBeLessThan(tol.bolus);
      expect(Math.abs(at(24 - 1e-6) - 100 * Math.exp(-p.k * (24 - 1e-6)))).toBeLessThan(tol.bolus);
    });

    it('matches the Bateman solution of a two-compartment absorption chain with boluses into the depot', () => {
      const p = bateman;
      const result = run(p.rhs, new Float64Array(2), 192, linspace(0, 192, 385), p.events());
      expect(maxAbsError(result, (t) => p.exact(t))).toBeLessThan(tol.bateman);
    });

    it('follows logistic growth', () => {
      const result = run(logistic.rhs, logistic.y0(), 20, linspace(0, 20, 81));
      expect(maxAbsError(result, logistic.exact)).toBeLessThan(tol.logistic);
    });

    it('keeps the phase and energy of a harmonic oscillator over 10 periods', () => {
      const o = oscillator;
      const result = run(o.rhs, o.y0(), 10, linspace(0, 10, 201));
      // Phase error scaled to x: compare x with cos ωt and v/ω with −sin ωt.
      let phase = 0;
      let energy = 0;
      const e0 = o.energy(1, 0);
      for (let k = 0; k < result.times.length; k++) {
        const [x, v] = [result.states[2 * k]!, result.states[2 * k + 1]!];
        const [xe, ve] = o.exact(result.times[k]!);
        phase = Math.max(phase, Math.abs(x - xe!), Math.abs((v - ve!) / o.omega));
        energy = Math.max(energy, Math.abs(o.energy(x, v) / e0 - 1));
      }
      expect(phase).toBeLessThan(tol.oscillatorPhase);
      expect(energy).toBeLessThan(tol.oscillatorEnergy);
    });

    it('matches a piecewise-constant infusion switched by events', () => {
      const p = infusion();
      const times = [...linspace(0, 20, 81), 5 - 1e-9, 12 - 1e-9].sort((a, b) => a - b);
      const result = run(p.rhs, new Float64Array(1), 20, times, p.events);
      expect(maxAbsError(result, p.exact)).toBeLessThan(tol.infusion);
    });
  });
}

/**
 * Linear transit chain y1 → y2 → … → y5 → out with rates k (per hour), boluses of
 * 100 into y1 every week for a year (53 doses, t = 0 … 8736 h). Closed form by
 * superposition of Bateman's (1910) chain solution for one dose D at s = 0:
 *   y_m(s) = D · Π_{j<m} k_j · Σ_{i≤m} e^(−k_i s) / Π_{j≤m, j≠i} (k_j − k_i).
 */
export const yearChain = {
  rates: [1.0, 0.3, 0.1, 0.05, 0.02],
  doseTimes: Array.from({ length: 53 }, (_, w) => 168 * w),
  rhs: ((_t, y, dydt) => {
    const k = yearChain.rates;
    dydt[0] = -k[0]! * y[0]!;
    for (let i = 1; i < 5; i++) dydt[i] = k[i - 1]! * y[i - 1]! - k[i]! * y[i]!;
  }) as RightHandSide,
  events(): CriticalEvent[] {
    return this.doseTimes.map((time) => ({
      time,
      apply: (y: Float64Array) => {
        y[0] = y[0]! + 100;
      },
    }));
  },
  exact(t: number): number[] {
    const k = this.rates;
    const y = [0, 0, 0, 0, 0];
    for (const tau of this.doseTimes) {
      if (tau > t) continue;
      const s = t - tau;
      let factor = 100;
      for (let m = 0; m < 5; m++) {
        let sum = 0;
        for (let i = 0; i <= m; i++) {
          let denominator = 1;
          for (let j = 0; j <= m; j++) if (j !== i) denominator *= k[j]! - k[i]!;
          sum += Math.exp(-k[i]! * s) / denominator;
        }
        y[m] = y[m]! + factor * sum;
        factor *= k[m]!;
      }
    }
    return y;
  },
};
