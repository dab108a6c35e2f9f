/** Exact (closed-form) compartments, and one that follows another, against a fine numerical integration. */
import { describe, expect, it } from 'vitest';
import { exactValueAt } from '../../../src/core/model/compiled-problem';

describe('exactValueAt', () => {
  // u: c[0] = rate 1.7/h, fed by input u[0]; A follows u at c[1] = 1/h. Anchors: u at slots 1–2, A at 3–4.
  const exact = [
    { time: 1, input: 0, rate: 0, follows: -1 },
    { time: 3, input: 0, rate: 1, follows: 0 },
  ];
  const c = new Float64Array([1.7, 1]);

  /** dA/dt = kA·(u − A), du/dt = input − k·u, by RK4 with small steps. */
  function integrated(u0: number, a0: number, input: number, t: number): [number, number] {
    let u = u0, a = a0;
    const h = 1e-4;
    const f = (uu: number, aa: number): [number, number] => [input - 1.7 * uu, 1 * (uu - aa)];
    for (let s = 0; s < Math.round(t / h); s++) {
      const k1 = f(u, a), k2 = f(u + (h / 2) * k1[0], a + (h / 2) * k1[1]);
      const k3 = f(u + (h / 2) * k2[0], a + (h / 2) * k2[1]), k4 = f(u + h * k3[0], a + h * k3[1]);
      u += (h / 6) * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
      a += (h / 6) * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
    }
    return [u, a];
  }

  for (const [label, u0, a0, input] of [['a bolus decaying', 5, 0.3, 0], ['an infusion switched on', 0, 0, 2], ['both', 3, 1, 0.5]] as const) {
    it(`matches the ODE for ${label}`, () => {
      const u = new Float64Array([input, 10, u0, 10, a0]);
      for (const t of [0.1, 0.5, 2, 6]) {
        const [uRef, aRef] = integrated(u0, a0, input, t);
        expect(exactValueAt(exact, 0, c, u, 10 + t)).toBeCloseTo(uRef, 9);
        expect(exactValueAt(exact, 1, c, u, 10 + t)).toBeCloseTo(aRef, 9);
      }
    });
  }

  it('handles a follower as fast as its leader (the limit rate = r_s)', () => {
    const same = new Float64Array([1.7, 1.7]);
    const u = new Float64Array([0, 0, 4, 0, 0]);
    // u = 4e^{−kt}; A = 4·k·t·e^{−kt}.
    expect(exactValueAt(exact, 1, same, u, 0.8)).toBeCloseTo(4 * 1.7 * 0.8 * Math.exp(-1.7 * 0.8), 12);
  });
});
