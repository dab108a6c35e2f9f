/**
 * The benchmark's peers: other JavaScript ODE solvers from npm (dev
 * dependencies only) run on the same generated model problem as ours, the way
 * a user of each would: restarted at every dose time (none of them applies
 * jumps), with output times reached by its dense output where it has one
 * (`dopri`, `odex`) and by stopping at each one where it has not
 * (`ode45-cash-karp`, mathjs `solveODE`). Switch branches are chosen from the
 * state at every right-hand-side call (none of them has state events).
 * Each returns the outputs (relative to baseline) at the output times, row-major.
 */
import { Dopri } from 'dopri';
import ode45 from 'ode45-cash-karp';
import { createRequire } from 'node:module';
import type { ModelProblem } from '../core/model/model-definition';
import { solveODE } from 'mathjs';

/** A peer: integrates `problem` at tolerance `tol` (rtol; atol = tol/100 where it has one). */
export interface PeerSolver {
  readonly id: string;
  readonly solve: (problem: ModelProblem, times: Float64Array, nOut: number, tol: number) => Float64Array;
  /** Tolerances for its work–precision curve. */
  readonly tolerances: readonly number[];
}

type SegmentSolver = (rhs: ModelProblem['rhs'], y: Float64Array, a: number, b: number, inside: Float64Array, into: (k: number, y: ArrayLike<number>) => void, tol: number) => void;

/** Restart at each event time; `segment` integrates [a, b] and reports states at `inside` (a < t < b). */
function segmented(segment: SegmentSolver) {
  return (problem: ModelProblem, times: Float64Array, nOut: number, tol: number): Float64Array => {
    const n = problem.y0.length;
    const out = new Float64Array(times.length * nOut);
    const row = new Float64Array(nOut);
    const y = new Float64Array(problem.y0);
    const state = new Float64Array(n);
    const events = [...problem.events].sort((p, q) => p.time - q.time);
    const end = times[times.length - 1]!;
    const stops = [...new Set([...events.map((e) => e.time).filter((t) => t > 0 && t < end), end])].sort((p, q) => p - q);
    let e = 0;
    let k = 0;
    const emit = (index: number, t: number, values: ArrayLike<number>): void => {
      for (let i = 0; i < n; i++) state[i] = values[i]!;
      problem.readOutputs(t, state, row);
      out.set(row, index * nOut);
    };
    const applyAt = (t: number): void => { while (e < events.length && events[e]!.time <= t) events[e++]!.apply(y, t); };
    applyAt(0);
    while (k < times.length && times[k] === 0) emit(k++, 0, y);
    let a = 0;
    for (const b of stops) {
      const base = k;
      while (k < times.length && times[k]! < b) k++;
      const inside = times.subarray(base, k);
      segment(problem.rhs, y, a, b, inside, (j, values) => emit(base + j, times[base + j]!, values), tol);
      applyAt(b);
      while (k < times.length && times[k] === b) emit(k++, b, y);
      a = b;
    }
    return out;
  };
}

/** odex's solver (loaded untyped: the package ships TypeScript sources that do not pass our strict checks). */
interface OdexSolver {
  maxSteps: number;
  denseOutput: boolean;
  relativeTolerance: number;
  absoluteTolerance: number;
  solve(
    f: (x: number, y: number[]) => number[], x: number, y0: number[], xEnd: number,
    solOut?: (nr: number, xold: number, x: number, y: number[], dense?: (c: number, x: number) => number) => boolean | void,
  ): { y: number[] };
}
const Odex = (createRequire(import.meta.url)('odex') as { Solver: new (n: number) => OdexSolver }).Solver;

const asArrays = (rhs: ModelProblem['rhs']) => (t: number, y: ArrayLike<number>, dydt: ArrayLike<number>): void =>
  rhs(t, y as Float64Array, dydt as Float64Array);

/** mrc-ide's `dopri` (TypeScript DOPRI5 with dense output). */
const DOPRI: PeerSolver = {
  id: 'dopri',
  tolerances: [1e-3, 3e-4, 1e-4, 3e-5, 1e-5, 1e-6, 1e-7, 1e-8],
  solve: segmented((rhs, y, a, b, inside, into, tol) => {
    const f = asArrays(rhs);
    const solver = new Dopri((t, yy, dydt) => f(t, yy, dydt), y.length, { rtol: tol, atol: tol / 100, maxSteps: 1e6 });
    solver.initialise(a, Array.from(y));
    const solution = solver.run(b);
    if (inside.length > 0) solution(Array.from(inside)).forEach((values, j) => into(j, values));
    y.set(solution([b])[0]!);
  }),
};

/** scijs `ode45-cash-karp` (no dense output: it stops at each output time). */
const CASH_KARP: PeerSolver = {
  id: 'ode45-cash-karp',
  tolerances: [1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7],
  solve: segmented((rhs, y, a, b, inside, into, tol) => {
    const f = asArrays(rhs);
    const state = Array.from(y);
    const integrator = ode45(state, (dydt, yy, t) => f(t, yy, dydt), a, Math.min(0.1, b - a), { tol, verbose: false });
    inside.forEach((t, j) => {
      while (integrator.step(t));
      into(j, integrator.y);
    });
    while (integrator.step(b));
    y.set(integrator.y);
  }),
};

/** `odex` (Hairer's ODEX extrapolation method, with dense output). */
const ODEX: PeerSolver = {
  id: 'odex',
  tolerances: [1e-3, 1e-4, 1e-5, 1e-6, 1e-7],
  solve: segmented((rhs, y, a, b, inside, into, tol) => {
    const n = y.length;
    const solver = new Odex(n);
    solver.denseOutput = true;
    solver.relativeTolerance = tol;
    solver.absoluteTolerance = tol / 100;
    solver.maxSteps = 1e6;
    const dydt = new Float64Array(n);
    const values = new Float64Array(n);
    let j = 0;
    const result = solver.solve((t, yy) => { rhs(t, yy as unknown as Float64Array, dydt); return Array.from(dydt); }, a, Array.from(y), b, (_nr, _xold, x, _y, dense) => {
      while (j < inside.length && inside[j]! <= x && dense) {
        for (let i = 0; i < n; i++) values[i] = dense(i, inside[j]!);
        into(j++, values);
      }
    });
    y.set(result.y);
  }),
};

/** mathjs `solveODE` (RK45, no dense output or events: one call per interval between output and dose times). */
const MATHJS: PeerSolver = {
  id: 'mathjs',
  tolerances: [1e-3, 1e-4, 1e-5, 1e-6],
  solve: segmented((rhs, y, a, b, inside, into, tol) => {
    const n = y.length;
    const yBuffer = new Float64Array(n);
    const dBuffer = new Float64Array(n);
    const f = (t: number, yy: number[]): number[] => {
      for (let i = 0; i < n; i++) yBuffer[i] = yy[i]!;
      rhs(t, yBuffer, dBuffer);
      return Array.from(dBuffer);
    };
    let t = a;
    let state = Array.from(y);
    const advance = (to: number): void => {
      if (to <= t) return;
      const solution = solveODE(f, [t, to], state, { method: 'RK45', tol, maxIter: 1e6 });
      state = solution.y[solution.y.length - 1]!;
      t = to;
    };
    inside.forEach((time, j) => { advance(time); into(j, state); });
    advance(b);
    y.set(state);
  }),
};

/** Every peer, in the order the table prints them. */
export const PEERS: readonly PeerSolver[] = [DOPRI, CASH_KARP, ODEX, MATHJS];
