/**
 * The same model problem integrated with mathjs.solveODE, for the benchmark's
 * speed ratio. mathjs has no events or dense output, so it is called once per
 * interval between consecutive output or event times, and events are applied
 * between calls (the way a user of mathjs would have to do it).
 */
import { solveODE } from 'mathjs';
import type { ModelProblem } from '../core/model/model-definition';

/** Integrates `problem` with mathjs RK45 at absolute tolerance `tol`; returns states at `outputTimes` (row-major). */
export function integrateWithMathjs(problem: ModelProblem, outputTimes: Float64Array, tol: number): Float64Array {
  const n = problem.y0.length;
  const yBuffer = new Float64Array(n);
  const dBuffer = new Float64Array(n);
  const f = (t: number, y: number[]): number[] => {
    for (let i = 0; i < n; i++) yBuffer[i] = y[i]!;
    problem.rhs(t, yBuffer, dBuffer);
    return Array.from(dBuffer);
  };
  const events = [...problem.events].sort((a, b) => a.time - b.time);
  const stops = Array.from(new Set([...outputTimes, ...events.map((e) => e.time)])).sort((a, b) => a - b);
  const out = new Float64Array(outputTimes.length * n);
  const state = new Float64Array(problem.y0);
  let eventIndex = 0;
  let outIndex = 0;
  let t = stops[0] ?? 0;
  for (const stop of stops) {
    if (stop > t) {
      const solution = solveODE(f, [t, stop], Array.from(state), { method: 'RK45', tol, maxIter: 1e6 });
      state.set(solution.y[solution.y.length - 1]!);
      t = stop;
    }
    while (eventIndex < events.length && events[eventIndex]!.time <= t) events[eventIndex++]!.apply(state, t);
    while (outIndex < outputTimes.length && outputTimes[outIndex]! <= t) out.set(state, n * outIndex++);
  }
  return out;
}
