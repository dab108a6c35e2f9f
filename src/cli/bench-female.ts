/**
 * `npm run bench:female`: what one simulated year of the female model costs.
 * Times, as medians over repeated runs after a warm-up:
 *   - the scenario run the app and `npm run sim` do (simulate: the registered model on
 *     the fused DOPRI5 path, one year from cycle day 1, outputs every 6 h),
 *   - the clinical-unit run of `npm run cycle` (simulateFemale: the same year, cycle
 *     metrics from a 2-h grid),
 *   - the bare integration of that year (outputs every 6 h, nothing else) by DOPRI5 and
 *     by the Rosenbrock–W method (finite-difference Jacobian), each with its largest
 *     error against a tight-tolerance run, so the methods are compared at their accuracy,
 *   - finding the reference cycle and its Floquet multipliers (done once per parameter set).
 * A benchmark, not a test: it asserts nothing. Its last line is one JSON object.
 * Options: --reps N (default 51). Bundled with esbuild and run by plain Node, like `npm run bench`.
 */
import { median, time } from './timing';
import { integrate } from '../core/solver/integrate';
import type { SolverMethod } from '../core/solver/types';
import { buildFemaleProblem } from '../core/model/female-hpg/problem';
import { simulateFemale, healthyReference, FEMALE_SOLVER } from '../core/model/female-hpg/simulate-female';
import { femaleCycleStability, femaleReferenceCycle } from '../core/model/female-hpg/reference-cycle';
import { simulate } from '../core/simulate';
import { assertValidScenario } from '../core/scenario/validate';
import { getModel } from '../core/model/registry';

const i = process.argv.indexOf('--reps');
const reps = i >= 0 && Number(process.argv[i + 1]) > 0 ? Math.floor(Number(process.argv[i + 1])) : 51;
const HOURS = 365 * 24;
const times = Array.from({ length: 365 * 4 + 1 }, (_, k) => k * 6);
const start = healthyReference().stateAtCycleStart;
const problem = buildFemaleProblem();

/** One bare year: states at 6-h outputs and the solver's counters. */
function year(method: SolverMethod, rtol: number, atol: number) {
  return integrate(problem.rhs, start, 0, HOURS, { method, rtol, atol, outputTimes: times, maxSteps: 1e7 });
}

/** Outputs (LH, FSH, E2, P4, inhibins) of row-major states; error = largest difference over each output's range. */
function outputs(states: Float64Array): Float64Array[] {
  const n = start.length;
  const out = new Float64Array(problem.outputCount);
  const columns = Array.from({ length: 6 }, () => new Float64Array(times.length));
  times.forEach((t, k) => {
    problem.readOutputs(t, states.subarray(k * n, (k + 1) * n), out);
    for (let j = 0; j < 6; j++) columns[j]![k] = out[j]!;
  });
  return columns;
}
const reference = outputs(year('dopri5', 1e-10, 1e-12).states);
function error(states: Float64Array): number {
  const cols = outputs(states);
  let worst = 0;
  cols.forEach((c, j) => {
    const r = reference[j]!;
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of r) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
    for (let k = 0; k < c.length; k++) worst = Math.max(worst, Math.abs(c[k]! - r[k]!) / (hi - lo));
  });
  return worst;
}

const scenario = assertValidScenario({ format: 'gonadostat-scenario/1', name: 'bench', model: 'female-hpg', days: 365, subject: { conditions: [] }, regimens: [], output: { everyHours: 6 } }, getModel);
time(() => simulate(scenario), 10);
const scenarioMs = median(time(() => simulate(scenario), reps));
const scenarioStats = simulate(scenario).stats;
time(() => simulateFemale({ days: 365, everyHours: 6 }), 10);
const runMs = median(time(() => simulateFemale({ days: 365, everyHours: 6 }), reps));
const methods = [
  { method: 'dopri5' as const, rtol: FEMALE_SOLVER.rtol, atol: FEMALE_SOLVER.atol },
  { method: 'dopri5' as const, rtol: 1e-3, atol: 1e-5 },
  { method: 'rosenbrock' as const, rtol: 1e-3, atol: 1e-5 },
  { method: 'rosenbrock' as const, rtol: 1e-4, atol: 1e-6 },
].map((m) => {
  time(() => year(m.method, m.rtol, m.atol), 5);
  const ms = median(time(() => year(m.method, m.rtol, m.atol), Math.max(5, Math.floor(reps / 3))));
  const run = year(m.method, m.rtol, m.atol);
  return { ...m, ms, steps: run.stats.steps, rhsEvals: run.stats.rhsEvals, error: error(run.states) };
});

// A fresh parameter value each time, so the reference-cycle cache does not answer.
let fresh = 0;
const searchMs = median(time(() => femaleReferenceCycle({ parameters: { gnrhDegradationRate: 0.4474673 * (1 + ++fresh * 1e-12) } }), 3));
const ref = healthyReference();
const floquetMs = median(time(() => femaleCycleStability(ref), 3));

console.log(`female-hpg, one simulated year from cycle day 1 (period ${ref.periodDays.toFixed(3)} d)`);
console.log(`simulate (scenario, fused DOPRI5, outputs every 6 h): median ${scenarioMs.toFixed(2)} ms over ${reps} runs (${scenarioStats.steps} steps)`);
console.log(`simulateFemale (outputs every 6 h, cycle metrics): median ${runMs.toFixed(2)} ms over ${reps} runs`);
console.log('bare integration, outputs every 6 h (error: largest |difference| over each hormone’s range, vs a 1e-10 run):');
console.log('  method       rtol     steps   rhs evals  error      median ms');
for (const m of methods) {
  console.log(`  ${m.method.padEnd(11)} ${m.rtol.toExponential(0).padStart(6)} ${String(m.steps).padStart(8)} ${String(m.rhsEvals).padStart(10)}  ${m.error.toExponential(2)}  ${m.ms.toFixed(2).padStart(8)}`);
}
console.log(`reference-cycle search: ${searchMs.toFixed(0)} ms; Floquet multipliers: ${floquetMs.toFixed(0)} ms`);
console.log(JSON.stringify({
  model: 'female-hpg', scenarioMedianMs: Number(scenarioMs.toFixed(3)), runMedianMs: Number(runMs.toFixed(3)),
  methods: methods.map((m) => ({ method: m.method, rtol: m.rtol, medianMs: Number(m.ms.toFixed(3)), steps: m.steps, rhsEvals: m.rhsEvals, error: Number(m.error.toExponential(2)) })),
  referenceSearchMs: Number(searchMs.toFixed(1)), floquetMs: Number(floquetMs.toFixed(1)),
}));
