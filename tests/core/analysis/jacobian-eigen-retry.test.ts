/** When the balanced QR iteration fails, analyzeMatrix retries once unbalanced, then fails softly. */
import { describe, expect, it, vi } from 'vitest';
import type * as RealEigen from '../../../src/core/analysis/real-eigenvalues';

const failures = vi.hoisted(() => ({ remaining: 0, calls: [] as unknown[] }));
vi.mock('../../../src/core/analysis/real-eigenvalues', async (importOriginal) => {
  const actual = await importOriginal<typeof RealEigen>();
  return {
    ...actual,
    realEigenvalues: (...args: Parameters<typeof actual.realEigenvalues>) => {
      failures.calls.push(args[2]);
      if (failures.remaining > 0) {
        failures.remaining--;
        return { ok: false, reason: 'no convergence after 60 QR iterations (30·n), at eigenvalue 2 of 2' };
      }
      return actual.realEigenvalues(...args);
    },
  };
});

const { analyzeMatrix } = await import('../../../src/core/analysis/jacobian-eigen');

describe('analyzeMatrix retry', () => {
  const matrix = Float64Array.from([-0.5, 1, -1, -0.5]);

  it('converges at once on the balanced matrix', () => {
    failures.remaining = 0;
    failures.calls.length = 0;
    const eigen = analyzeMatrix(matrix, 2);
    expect(eigen.ok && eigen.attempts).toBe(1);
    expect(failures.calls).toEqual([undefined]);
  });

  it('retries once without balancing', () => {
    failures.remaining = 1;
    failures.calls.length = 0;
    const eigen = analyzeMatrix(matrix, 2);
    expect(eigen.ok).toBe(true);
    expect(eigen.attempts).toBe(2);
    expect(failures.calls).toEqual([undefined, { balance: false }]);
    if (eigen.ok) expect(eigen.modes.map((m) => m.re)).toEqual([expect.closeTo(-0.5, 10), expect.closeTo(-0.5, 10)]);
  });

  it('returns a typed failure after the second failure', () => {
    failures.remaining = 2;
    const eigen = analyzeMatrix(matrix, 2);
    expect(eigen).toEqual({ ok: false, reason: expect.stringMatching(/did not converge.*no convergence after 60 QR iterations/), attempts: 2 });
  });
});
