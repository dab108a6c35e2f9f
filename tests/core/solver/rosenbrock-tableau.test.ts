import { describe, expect, it } from 'vitest';
import { ROS34PW2, transformTableau } from '../../../src/core/solver/rosenbrock-tableau';

describe('ROS34PW2 tableau', () => {
  it('has stage times α = (0, 0.8717…, 0.7316…, 1) and consistent weights', () => {
    expect(ROS34PW2.stages).toBe(4);
    expect(ROS34PW2.alpha[0]).toBe(0);
    expect(ROS34PW2.alpha[1]).toBeCloseTo(0.87173304301691801, 15);
    expect(ROS34PW2.alpha[2]).toBeCloseTo(0.84457060015369423 - 0.11299064236484185, 15);
    expect(ROS34PW2.alpha[3]).toBe(1);
  });

  it('reproduces y′ = λy to order 3: the stability function R(z) matches e^z up to z³', () => {
    // One step on y′ = λy (J = λ exact): R(z) = 1 + Σ m_i u_i with (1/(γ) − z) u_i = z(1 + Σ a_ij u_j) + Σ c_ij u_j, z = hλ.
    const { stages, gamma, a, c, m } = ROS34PW2;
    const R = (z: number) => {
      const u: number[] = [];
      for (let i = 0; i < stages; i++) {
        let arg = 1;
        let extra = 0;
        for (let j = 0; j < i; j++) {
          arg += a[i * stages + j]! * u[j]!;
          extra += c[i * stages + j]! * u[j]!;
        }
        u.push((z * arg + extra) / (1 / gamma - z));
      }
      return 1 + u.reduce((sum, ui, i) => sum + m[i]! * ui, 0);
    };
    for (const z of [1e-2, 5e-3]) expect(Math.abs(R(z) - Math.exp(z)) / z ** 4).toBeLessThan(0.1);
    // L-stable: R(z) → 0 as z → −∞.
    expect(Math.abs(R(-1e8))).toBeLessThan(1e-6);
  });

  it('transforms a one-stage method (linearly implicit Euler) as expected', () => {
    const t = transformTableau([[0]], [[1]], [1], [0]);
    expect(Array.from(t.m)).toEqual([1]);
    expect(Array.from(t.e)).toEqual([1]);
    expect(t.gamma).toBe(1);
  });
});
