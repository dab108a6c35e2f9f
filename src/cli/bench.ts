/**
 * `npm run bench`: median wall time of the reference one-year scenario with
 * the Gonadostat solver, and of the same model integrated by mathjs.solveODE,
 * with the accuracy of each against a tight-tolerance run so the comparison is
 * at comparable accuracy. A benchmark, not a test: it asserts nothing. Its last
 * line is one JSON object:
 *   {"scenario", "medianMs", "mathjsMedianMs", "ratio", "rhsEvals", ...}
 * It also times all presets run one after another.
 * Options: --reps N (default 200), --mathjs-reps N (default 5), --mathjs-tol X (default 1e-5,
 * which gives mathjs an error comparable to ours; both errors are printed).
 *
 * Comparable accuracy, made exact: both solvers are also run over a range of
 * tolerances (work–precision curves, printed as a table), and `matchedRatio`
 * is mathjs's time read off its curve at our default error (work-precision.ts)
 * divided by our median: the speed-up at equal accuracy, whichever tolerance
 * mathjs would need for it.
 * `npm run bench` bundles this file with esbuild and runs it with plain Node, so
 * the code is timed as it ships (a TypeScript loader adds its own overhead).
 */
import { median, time } from './timing';
import { assertValidScenario } from '../core/scenario/validate';
import { MODELS, getModel } from '../core/model/registry';
import { simulate, outputTimesHours } from '../core/simulate';
import { integrate } from '../core/solver/integrate';
import { integrateWithMathjs } from './mathjs-reference';
import { BENCH_SCENARIO } from './bench-scenario';
import { PRESETS } from '../core/scenario/presets';
import { timeAtError, type WorkPrecisionPoint } from './work-precision';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

/** The model's outputs (relative to baseline) for row-major states at `times`. */
function outputsOf(states: Float64Array, times: Float64Array): Float64Array {
  const problem = model.buildProblem(scenario);
  const n = problem.y0.length;
  const m = model.outputs.length;
  const out = new Float64Array(times.length * m);
  const row = new Float64Array(m);
  for (let k = 0; k < times.length; k++) {
    problem.readOutputs(times[k]!, states.subarray(k * n, (k + 1) * n), row);
    out.set(row, k * m);
  }
  return out;
}

/** Largest error of outputs relative to the reference, with a floor of 1% of baseline for values near zero. */
function maxRelativeError(a: Float64Array, reference: Float64Array): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - reference[i]!) / Math.max(Math.abs(reference[i]!), 0.01));
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
const medianMs = median(ours);
const stats = simulate(scenario).stats;

const solve = (rtol: number, atol: number): Float64Array => {
  const p = model.buildProblem(scenario);
  return outputsOf(integrate(p.rhs, p.y0, 0, end, { method: p.solver.method, rtol, atol, maxStep: p.solver.maxStep, outputTimes: times, events: p.events }).states, times);
};
const reference = solve(1e-11, 1e-13);
const defaults = model.buildProblem(scenario).solver;
const oursError = maxRelativeError(solve(defaults.rtol, defaults.atol), reference);

// Work–precision curves. Ours: rtol with atol = rtol/100 (the model's default pair is 1e-4, 1e-6).
const oursCurve: WorkPrecisionPoint[] = [1e-3, 3e-4, 1e-4, 3e-5, 1e-5, 1e-6].map((rtol) => {
  const atol = rtol / 100;
  // The default pair is the headline run above: reuse its numbers rather than measure it twice.
  if (rtol === defaults.rtol && atol === defaults.atol) return { tolerance: rtol, error: oursError, ms: medianMs };
  return { tolerance: rtol, error: maxRelativeError(solve(rtol, atol), reference), ms: median(time(() => simulate(scenario, { rtol, atol }), Math.min(reps, 50))) };
});

// mathjs's tol is one absolute tolerance on states of order 1 (relative units); the headline
// value 1e-5 gives errors comparable to ours (both are printed).
const mathjsTol = Number(process.argv[process.argv.indexOf('--mathjs-tol') + 1]) || 1e-5;
const mathjsTolerances = [...new Set([1e-4, 3e-5, 1e-5, 3e-6, mathjsTol])].sort((a, b) => b - a);
const mathjsCurve: WorkPrecisionPoint[] = mathjsTolerances.map((tol) => {
  let states: Float64Array = new Float64Array();
  const ms = median(time(() => { states = integrateWithMathjs(model.buildProblem(scenario), times, tol); }, mathjsReps));
  return { tolerance: tol, error: maxRelativeError(outputsOf(states, times), reference), ms };
});
const headline = mathjsCurve.find((p) => p.tolerance === mathjsTol)!;

// All presets, one after another (what the app does when a class clicks through them).
const runAllPresets = (): void => { for (const preset of PRESETS) simulate(preset.scenario); };
time(runAllPresets, 3);
const presetsMs = median(time(runAllPresets, 20));

const mathjsMedianMs = headline.ms;
const mathjsError = headline.error;
const mathjsAtOurError = timeAtError(mathjsCurve, oursError);
const matchedRatio = mathjsAtOurError === null ? null : mathjsAtOurError / medianMs;
const row = (label: string, p: WorkPrecisionPoint): string =>
  `  ${label.padEnd(12)} ${p.tolerance.toExponential(0).padStart(6)}  ${p.error.toExponential(2).padStart(9)}  ${p.ms.toFixed(p.ms < 10 ? 3 : 1).padStart(9)}`;
console.log(`scenario: ${scenario.name} (${model.id}, ${scenario.days} days, ${scenario.regimens.length} regimens)`);
console.log(`gonadostat ${defaults.method}: median ${medianMs.toFixed(3)} ms over ${reps} runs; ${stats.steps} steps, ${stats.rhsEvals} rhs evaluations; max relative error ${oursError.toExponential(2)}`);
console.log(`mathjs.solveODE RK45 tol ${mathjsTol}: median ${mathjsMedianMs.toFixed(1)} ms over ${mathjsReps} runs; max relative error ${mathjsError.toExponential(2)}`);
console.log('work–precision (max relative error of the outputs against a 1e-11 run; median ms):');
console.log('  solver        tol      error         ms');
for (const p of oursCurve) console.log(row('gonadostat', p));
for (const p of mathjsCurve) console.log(row('mathjs', p));
console.log(
  matchedRatio === null
    ? `at our default error (${oursError.toExponential(2)}) mathjs's time is outside its measured curve`
    : `at equal accuracy (error ${oursError.toExponential(2)}): mathjs ${mathjsAtOurError!.toFixed(1)} ms, ${matchedRatio.toFixed(1)}× ours`,
);
console.log(`all ${PRESETS.length} presets: median ${presetsMs.toFixed(1)} ms in total`);
console.log(JSON.stringify({
  scenario: scenario.name,
  medianMs: Number(medianMs.toFixed(4)),
  mathjsMedianMs: Number(mathjsMedianMs.toFixed(2)),
  ratio: Number((mathjsMedianMs / medianMs).toFixed(1)),
  matchedRatio: matchedRatio === null ? null : Number(matchedRatio.toFixed(1)),
  rhsEvals: stats.rhsEvals,
  steps: stats.steps,
  maxRelErr: Number(oursError.toExponential(2)),
  mathjsMaxRelErr: Number(mathjsError.toExponential(2)),
  presetsMs: Number(presetsMs.toFixed(2)),
  workPrecision: {
    gonadostat: oursCurve.map((p) => [p.tolerance, Number(p.error.toExponential(2)), Number(p.ms.toFixed(3))]),
    mathjs: mathjsCurve.map((p) => [p.tolerance, Number(p.error.toExponential(2)), Number(p.ms.toFixed(1))]),
  },
}));
