/** When mathjs `eigs` fails, analyzeMatrix balances and retries once, then fails softly. */
import { describe, expect, it, vi } from 'vitest';
import type * as MathJs from 'mathjs';

const failures = vi.hoisted(() => ({ remaining: 0, calls: [] as unknown[] }));
vi.mock('mathjs', async (importOriginal) => {
  const actual = await importOriginal<typeof MathJs>();
  return {
    ...actual,
    eigs: (...args: Parameters<typeof actual.eigs>) => {
      failures.calls.push(args[1]);
      if (failures.remaining > 0) {
        failures.remaining--;
        throw new Error('The eigenvalues failed to converge. Only found 0 eigenvalues.');
      }
      return actual.eigs(...args);
    },
  };
});

const { analyzeMatrix } = await import('../../../src/core/analysis/jacobian-eigen');

describe('analyzeMatrix retry', () => {
  const matrix = Float64Array.from([-0.5, 1, -1, -0.5]);

  it('retries once on a balanced matrix with a looser precision', () => {
    failures.remaining = 1;
    failures.calls.length = 0;
    const eigen = analyzeMatrix(matrix, 2);
    expect(eigen.ok).toBe(true);
    expect(eigen.attempts).toBe(2);
    expect(failures.calls).toEqual([{ eigenvectors: false }, { eigenvectors: false, precision: 1e-10 }]);
    if (eigen.ok) expect(eigen.modes.map((m) => m.re)).toEqual([expect.closeTo(-0.5, 10), expect.closeTo(-0.5, 10)]);
  });

  it('returns a typed failure after the second failure', () => {
    failures.remaining = 2;
    const eigen = analyzeMatrix(matrix, 2);
    expect(eigen).toEqual({ ok: false, reason: expect.stringMatching(/did not converge/), attempts: 2 });
  });
});
