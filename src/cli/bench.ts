/**
 * `npm run bench`: median wall time of the reference one-year scenario with
 * the Gonadostat solver, and of the same model integrated by mathjs.solveODE,
 * with the accuracy of each against a tight-tolerance run so the comparison is
 * at comparable accuracy. A benchmark, not a test: it asserts nothing. Its last
 * line is one JSON object:
 *   {"scenario", "medianMs", "mathjsMedianMs", "ratio", "rhsEvals", ...}
 * Options: --reps N (default 200), --mathjs-reps N (default 5).
 */
import { performance } from 'node:perf_hooks';
import { assertValidScenario } from '../core/scenario/validate';
import { MODELS, getModel } from '../core/model/registry';
import { simulate, outputTimesHours } from '../core/simulate';
import { integrate } from '../core/solver/integrate';
import { integrateWithMathjs } from './mathjs-reference';
import { BENCH_SCENARIO } from './bench-scenario';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(fn: () => void, reps: number): number[] {
  const samples: number[] = [];
  for (let r = 0; r < reps; r++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

function maxRelativeError(a: Float64Array, reference: Float64Array): number {
  let scale = 0;
  for (const v of reference) scale = Math.max(scale, Math.abs(v));
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - reference[i]!) / Math.max(Math.abs(reference[i]!), 1e-3 * scale));
  return worst;
}

const reps = option('--reps', 200);
const mathjsReps = option('--mathjs-reps', 5);
const scenario = assertValidScenario(BENCH_SCENARIO, (id) => MODELS[id]);
const model = getModel(scenario.model);
const times = outputTimesHours(scenario.days, scenario.output.everyHours);
const end = scenario.days * 24;

// Warm up the JIT, then time whole simulations (build + integrate + outputs).
time(() => simulate(scenario), 20);
const ours = time(() => simulate(scenario), reps);
const stats = simulate(scenario).stats;

const solve = (rtol: number, atol: number): Float64Array => {
  const p = model.buildProblem(scenario);
  return integrate(p.rhs, p.y0, 0, end, { method: p.solver.method, rtol, atol, maxStep: p.solver.maxStep, outputTimes: times, events: p.events }).states;
};
const reference = solve(1e-11, 1e-13);
const defaults = model.buildProblem(scenario).solver;
const oursError = maxRelativeError(solve(defaults.rtol, defaults.atol), reference);

const mathjsTol = defaults.atol * 1e3;
let mathjsStates: Float64Array = new Float64Array();
const theirs = time(() => { mathjsStates = integrateWithMathjs(model.buildProblem(scenario), times, mathjsTol); }, mathjsReps);
const mathjsError = maxRelativeError(mathjsStates, reference);

const medianMs = median(ours);
const mathjsMedianMs = median(theirs);
console.log(`scenario: ${scenario.name} (${model.id}, ${scenario.days} days, ${scenario.regimens.length} regimens)`);
console.log(`gonadostat ${defaults.method}: median ${medianMs.toFixed(3)} ms over ${reps} runs; ${stats.steps} steps, ${stats.rhsEvals} rhs evaluations; max relative error ${oursError.toExponential(2)}`);
console.log(`mathjs.solveODE RK45 tol ${mathjsTol}: median ${mathjsMedianMs.toFixed(1)} ms over ${mathjsReps} runs; max relative error ${mathjsError.toExponential(2)}`);
console.log(JSON.stringify({
  scenario: scenario.name,
  medianMs: Number(medianMs.toFixed(4)),
  mathjsMedianMs: Number(mathjsMedianMs.toFixed(2)),
  ratio: Number((mathjsMedianMs / medianMs).toFixed(1)),
  rhsEvals: stats.rhsEvals,
  steps: stats.steps,
  maxRelErr: Number(oursError.toExponential(2)),
  mathjsMaxRelErr: Number(mathjsError.toExponential(2)),
}));
