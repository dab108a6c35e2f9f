/**
 * Eigenvalues of real general matrices (src/core/analysis/real-eigenvalues.ts):
 * closed forms, a companion matrix, a defective Jordan-like chain next to an
 * oscillator (trace, determinant and the ε^(1/m) perturbation radius), and a
 * random 40×40 matrix checked on its characteristic polynomial.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/core/analysis/prng';
import { realEigenvalues } from '../../../src/core/analysis/real-eigenvalues';

type Pair = [number, number];

const fromRows = (rows: number[][]): Float64Array => Float64Array.from(rows.flat());

/** Eigenvalues of a matrix that must succeed, sorted by real then imaginary part. */
function eig(a: Float64Array, n: number): Pair[] {
  const result = realEigenvalues(a, n);
  if (!result.ok) throw new Error(result.reason);
  expect(result.values).toHaveLength(n);
  return [...result.values].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

const sortPairs = (values: Pair[]): Pair[] => [...values].sort((p, q) => p[0] - q[0] || p[1] - q[1]);

function expectPairs(actual: Pair[], expected: Pair[], tolerance: number): void {
  expect(actual).toHaveLength(expected.length);
  const want = sortPairs(expected);
  actual.forEach(([re, im], k) => {
    expect(Math.hypot(re - want[k]![0], im - want[k]![1]), `λ${k} = ${re} + ${im}i`).toBeLessThan(tolerance);
  });
}

const trace = (a: Float64Array, n: number): number => {
  let s = 0;
  for (let i = 0; i < n; i++) s += a[i * n + i]!;
  return s;
};

/** Complex product Π λ. */
const product = (values: Pair[]): Pair =>
  values.reduce<Pair>(([pr, pi], [re, im]) => [pr * re - pi * im, pr * im + pi * re], [1, 0]);

/**
 * log|det(A − λI)| and the log of Hadamard's bound Π‖row_i(A − λI)‖₂ ≥ |det|, by
 * complex LU with partial pivoting (logs: no overflow at n = 40).
 */
function logDetShifted(a: Float64Array, n: number, [lr, li]: Pair): { logDet: number; logHadamard: number } {
  const re = new Float64Array(a);
  const im = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    re[i * n + i] = re[i * n + i]! - lr;
    im[i * n + i] = -li;
  }
  let logHadamard = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += re[i * n + j]! ** 2 + im[i * n + j]! ** 2;
    logHadamard += 0.5 * Math.log(s);
  }
  let logDet = 0;
  for (let k = 0; k < n; k++) {
    let pivot = k;
    for (let i = k + 1; i < n; i++) {
      if (Math.hypot(re[i * n + k]!, im[i * n + k]!) > Math.hypot(re[pivot * n + k]!, im[pivot * n + k]!)) pivot = i;
    }
    if (pivot !== k) {
      for (let j = 0; j < n; j++) {
        [re[k * n + j], re[pivot * n + j]] = [re[pivot * n + j]!, re[k * n + j]!];
        [im[k * n + j], im[pivot * n + j]] = [im[pivot * n + j]!, im[k * n + j]!];
      }
    }
    const pr = re[k * n + k]!;
    const pi = im[k * n + k]!;
    const size2 = pr * pr + pi * pi;
    if (size2 === 0) return { logDet: -Infinity, logHadamard };
    logDet += 0.5 * Math.log(size2);
    for (let i = k + 1; i < n; i++) {
      // m = a[i][k] / pivot
      const ar = re[i * n + k]!;
      const ai = im[i * n + k]!;
      const mr = (ar * pr + ai * pi) / size2;
      const mi = (ai * pr - ar * pi) / size2;
      for (let j = k + 1; j < n; j++) {
        const br = re[k * n + j]!;
        const bi = im[k * n + j]!;
        re[i * n + j] = re[i * n + j]! - (mr * br - mi * bi);
        im[i * n + j] = im[i * n + j]! - (mr * bi + mi * br);
      }
    }
  }
  return { logDet, logHadamard };
}

describe('realEigenvalues: closed forms', () => {
  it('diagonal: the diagonal entries, exactly real', () => {
    const values = eig(fromRows([[3, 0, 0, 0], [0, -1e-4, 0, 0], [0, 0, -7, 0], [0, 0, 0, 0]]), 4);
    expect(values).toEqual([[-7, 0], [-1e-4, 0], [0, 0], [3, 0]]);
  });

  it('upper and lower triangular: the diagonal', () => {
    const upper = fromRows([[-1, 2, 3, 4], [0, -0.02, 5, 6], [0, 0, -7, 8], [0, 0, 0, 2.5]]);
    const lower = fromRows([[-1, 0, 0, 0], [2, -0.02, 0, 0], [3, 5, -7, 0], [4, 6, 8, 2.5]]);
    const expected: Pair[] = [[-7, 0], [-1, 0], [-0.02, 0], [2.5, 0]];
    expectPairs(eig(upper, 4), expected, 1e-13);
    expectPairs(eig(lower, 4), expected, 1e-13);
    for (const values of [eig(upper, 4), eig(lower, 4)]) expect(values.every(([, im]) => im === 0)).toBe(true);
  });

  it('2×2 rotation: ±i', () => {
    expectPairs(eig(fromRows([[0, -1], [1, 0]]), 2), [[0, -1], [0, 1]], 1e-15);
  });

  it.each([3, 8])('%i×%i cyclic permutation: the roots of unity (the standard shifts stall; exceptional shifts needed)', (n) => {
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) a[((i + 1) % n) * n + i] = 1;
    const roots = Array.from({ length: n }, (_, j): Pair => [Math.cos((2 * Math.PI * j) / n), Math.sin((2 * Math.PI * j) / n)]);
    expectPairs(eig(a, n), roots, 1e-13);
  });

  it('1×1 and 0×0', () => {
    expect(eig(Float64Array.of(-0.25), 1)).toEqual([[-0.25, 0]]);
    expect(realEigenvalues(new Float64Array(0), 0)).toEqual({ ok: true, values: [], iterations: 0 });
  });

  it('companion matrix of a polynomial with known real and complex roots', () => {
    const roots: Pair[] = [[1, 0], [-2, 0], [3, 0], [0, 2], [0, -2], [-1, 1], [-1, -1], [0.5, 0]];
    // Monic polynomial Π (x − r): complex coefficients, real in the end.
    let cr = [1];
    let ci = [0];
    for (const [rr, ri] of roots) {
      const nr = new Array<number>(cr.length + 1).fill(0);
      const ni = new Array<number>(cr.length + 1).fill(0);
      for (let k = 0; k < cr.length; k++) {
        nr[k] = nr[k]! + cr[k]!;
        ni[k] = ni[k]! + ci[k]!;
        nr[k + 1] = nr[k + 1]! - (cr[k]! * rr - ci[k]! * ri);
        ni[k + 1] = ni[k + 1]! - (cr[k]! * ri + ci[k]! * rr);
      }
      cr = nr;
      ci = ni;
    }
    expect(Math.max(...ci.map(Math.abs))).toBeLessThan(1e-12);
    // x^n + c1·x^(n−1) + … + cn: first row −c1 … −cn, ones on the subdiagonal.
    const n = roots.length;
    const a = new Float64Array(n * n);
    for (let j = 0; j < n; j++) a[j] = -cr[j + 1]!;
    for (let i = 1; i < n; i++) a[i * n + i - 1] = 1;
    const input = new Float64Array(a);
    expectPairs(eig(a, n), roots, 1e-9);
    expect(a).toEqual(input); // not modified
  });
});

describe('realEigenvalues: a 12-stage chain (defective) next to an oscillator', () => {
  // dx₁/dt = −k·x₁ + u, dx_i/dt = k·(x_{i−1} − x_i): −k on the diagonal, k on the subdiagonal,
  // one Jordan block of size 12 for λ = −k. The oscillator (u, v) has λ = −a ± iω and drives
  // the first stage; the last stage feeds back weakly onto u only when `feedback` ≠ 0.
  const m = 12;
  const k = 0.00646;
  const a = 0.004;
  const w = 0.0125;
  const n = m + 2;

  function chain(feedback: number): Float64Array {
    const mat = new Float64Array(n * n);
    const set = (i: number, j: number, x: number): void => { mat[i * n + j] = x; };
    set(0, 0, -a); set(0, 1, w); set(1, 0, -w); set(1, 1, -a);
    set(2, 0, 0.3); // u → x₁
    for (let i = 0; i < m; i++) {
      set(2 + i, 2 + i, -k);
      if (i > 0) set(2 + i, 1 + i, k);
    }
    set(0, n - 1, feedback); // x₁₂ → u
    return mat;
  }

  /** P·A·Pᵀ for a permutation: the same eigenvalues exactly, the structure scrambled. */
  function permuted(mat: Float64Array, seed: number): Float64Array {
    const next = mulberry32(seed);
    const p = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [p[i], p[j]] = [p[j]!, p[i]!];
    }
    const out = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[i * n + j] = mat[p[i]! * n + p[j]!]!;
    return out;
  }

  /** det by real LU with partial pivoting. */
  function det(mat: Float64Array): number {
    const lu = new Float64Array(mat);
    let d = 1;
    for (let c = 0; c < n; c++) {
      let pivot = c;
      for (let i = c + 1; i < n; i++) if (Math.abs(lu[i * n + c]!) > Math.abs(lu[pivot * n + c]!)) pivot = i;
      if (pivot !== c) {
        d = -d;
        for (let j = 0; j < n; j++) [lu[c * n + j], lu[pivot * n + j]] = [lu[pivot * n + j]!, lu[c * n + j]!];
      }
      const u = lu[c * n + c]!;
      d *= u;
      if (u === 0) return 0;
      for (let i = c + 1; i < n; i++) {
        const f = lu[i * n + c]! / u;
        for (let j = c + 1; j < n; j++) lu[i * n + j] = lu[i * n + j]! - f * lu[c * n + j]!;
      }
    }
    return d;
  }

  const radius = k * Math.pow(Number.EPSILON, 1 / m); // ≈ 0.05·k

  it.each([
    ['one-way coupling', chain(0), true],
    ['one-way coupling, permuted', permuted(chain(0), 7), true],
    ['weak feedback, permuted', permuted(chain(-1e-3), 11), false],
  ] as const)('%s: Σλ = trace, Πλ = det, and the chain lies within ε^(1/12) of −k', (_name, mat, closedForm) => {
    const values = eig(mat, n);
    const tr = trace(mat, n);
    const sum = values.reduce((s, [re]) => s + re, 0);
    expect(Math.abs(values.reduce((s, [, im]) => s + im, 0))).toBeLessThan(1e-15);
    expect(Math.abs(sum - tr) / Math.abs(tr)).toBeLessThan(1e-13);
    const [pr, pi] = product(values);
    const d = det(mat);
    expect(Math.abs(pr - d) / Math.abs(d)).toBeLessThan(1e-10);
    expect(Math.abs(pi) / Math.abs(d)).toBeLessThan(1e-10);
    if (!closedForm) return; // feedback moves the chain's eigenvalues: no closed form
    // The oscillator's pair exactly, the 12 chain eigenvalues inside the perturbation radius of −k.
    const pair = values.filter(([, im]) => Math.abs(im) > 0.5 * w);
    expectPairs(pair, [[-a, w], [-a, -w]], 1e-14);
    const cluster = values.filter(([, im]) => Math.abs(im) <= 0.5 * w);
    expect(cluster).toHaveLength(m);
    for (const [re, im] of cluster) expect(Math.hypot(re + k, im)).toBeLessThan(2 * radius);
    // Their mean is far better determined than each one: the cluster's trace.
    expect(Math.abs(cluster.reduce((s, [re]) => s + re, 0) / m + k)).toBeLessThan(1e-13);
  });
});

describe('realEigenvalues: random 40×40', () => {
  const n = 40;
  const next = mulberry32(2024);
  const a = Float64Array.from({ length: n * n }, () => 2 * next() - 1);
  const values = eig(a, n);

  it('Σλ = trace and the imaginary parts cancel in conjugate pairs', () => {
    const sum = values.reduce((s, [re]) => s + re, 0);
    expect(Math.abs(sum - trace(a, n))).toBeLessThan(1e-12 * n);
    expect(Math.abs(values.reduce((s, [, im]) => s + im, 0))).toBeLessThan(1e-12);
    expect(values.filter(([, im]) => im > 0)).toHaveLength(values.filter(([, im]) => im < 0).length);
  });

  it('every λ is a root of det(A − λI): |det| ≪ Hadamard bound, unlike nearby points', () => {
    for (const lambda of values) {
      const { logDet, logHadamard } = logDetShifted(a, n, lambda);
      expect(logDet - logHadamard, `λ = ${lambda[0]} + ${lambda[1]}i`).toBeLessThan(Math.log(1e-16));
      // Control: a point 0.1 + 0.1i away is not a root (the ratio there is ~ 1e-10 … 1e-6; at the roots ~ 1e-20).
      const off = logDetShifted(a, n, [lambda[0] + 0.1, lambda[1] + 0.1]);
      expect(off.logDet - off.logHadamard).toBeGreaterThan(Math.log(1e-12));
    }
  });

  it('analyzes a 45×45 matrix in well under 10 ms', () => {
    const m = 45;
    const b = Float64Array.from({ length: m * m }, () => 2 * next() - 1);
    realEigenvalues(b, m); // warm up
    const runs = 20;
    const start = performance.now();
    for (let r = 0; r < runs; r++) expect(realEigenvalues(b, m).ok).toBe(true);
    expect((performance.now() - start) / runs).toBeLessThan(10);
  });
});

describe('realEigenvalues: failures', () => {
  it('a NaN or infinite entry gives { ok: false } naming it, and nothing throws', () => {
    const withNaN = realEigenvalues(fromRows([[-1, NaN], [0, -1]]), 2);
    expect(withNaN).toEqual({ ok: false, reason: 'non-finite entry at row 0, column 1' });
    expect(realEigenvalues(fromRows([[-1, 0], [Infinity, -1]]), 2).ok).toBe(false);
  });

  it('a wrong size gives { ok: false }', () => {
    expect(realEigenvalues(new Float64Array(5), 2).ok).toBe(false);
  });
});
