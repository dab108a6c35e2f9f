/**
 * `npm run bench`: our solver against other JavaScript ODE solvers on the same
 * generated model and the same reference scenario (./bench-scenario.ts), side
 * by side in one process. A benchmark, not a test: it asserts nothing.
 *
 * Ours: `simulate` (build + fused DOPRI5 + outputs), median over --reps runs
 * (default 200) after warm-up. Peers (./peer-solvers.ts): npm `dopri`,
 * `ode45-cash-karp`, `odex` and mathjs `solveODE`, each restarted at dose
 * times. Every solver is run over a range of its own tolerances; accuracy is
 * the largest relative error of any output at any output time against our
 * run at rtol 1e-11 (values below 1% of baseline count as 1%). Each peer's
 * time is read off its own work–precision curve at the error of our default
 * tolerance (./work-precision.ts), so the comparison is at equal accuracy
 * whatever tolerance each peer needs for it.
 *
 * Last line, one JSON object: {scenario, medianMs, peers: {id: ms at equal
 * accuracy | null}, bestPeerRatio, mathjsRatio, steps, rhsEvals, stateEvents, switchEvals,
 * maxRelErr, presetsMs, ghIgf1 and femaleHpg: {scenario, medianMs, steps, rhsEvals} (the
 * somatotropic axis' and the female cycle's reference years), workPrecision}. Options: --reps N, --peer-reps N (default 9).
 * `npm run bench` bundles this file with esbuild and runs it with plain Node, so
 * the code is timed as it ships.
 */
import { median, time } from './timing';
import { assertValidScenario } from '../core/scenario/validate';
import { MODELS, getModel } from '../core/model/registry';
import { simulate, outputTimesHours } from '../core/simulate';
import { BENCH_SCENARIO, FEMALE_BENCH_SCENARIO, GH_BENCH_SCENARIO } from './bench-scenario';
import { PRESETS } from '../core/scenario/presets';
import { timeAtError, type WorkPrecisionPoint } from './work-precision';
import { PEERS } from './peer-solvers';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

/** Largest error of outputs relative to the reference, with a floor of 1% of baseline for values near zero. */
function maxRelativeError(a: Float64Array, reference: Float64Array): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - reference[i]!) / Math.max(Math.abs(reference[i]!), 0.01));
  return Number.isFinite(worst) ? worst : Infinity;
}

const reps = option('--reps', 200);
const peerReps = option('--peer-reps', 9);
const scenario = assertValidScenario(BENCH_SCENARIO, (id) => MODELS[id]);
const model = getModel(scenario.model);
const times = outputTimesHours(scenario.days, scenario.output.everyHours);
const nOut = model.outputs.length;

/** Our outputs, row-major like the peers'. */
const ours = (rtol?: number, atol?: number): Float64Array => {
  const r = simulate(scenario, rtol === undefined ? {} : { rtol, atol: atol! });
  const out = new Float64Array(times.length * nOut);
  r.outputIds.forEach((id, j) => r.series[id]!.forEach((v, k) => { out[k * nOut + j] = v; }));
  return out;
};

// Warm up the JIT, then time whole simulations (build + integrate + outputs).
time(() => simulate(scenario), 30);
const medianMs = median(time(() => simulate(scenario), reps));
const stats = simulate(scenario).stats;
// The somatotropic axis' reference year (issue 14: ≤ 5 ms median).
const ghScenario = assertValidScenario(GH_BENCH_SCENARIO, (id) => MODELS[id]);
time(() => simulate(ghScenario), 30);
const ghMedianMs = median(time(() => simulate(ghScenario), reps));
const ghStats = simulate(ghScenario).stats;
const femaleScenario = assertValidScenario(FEMALE_BENCH_SCENARIO, (id) => MODELS[id]);
time(() => simulate(femaleScenario), 30);
const femaleMedianMs = median(time(() => simulate(femaleScenario), reps));
const femaleStats = simulate(femaleScenario).stats;
const reference = ours(1e-11, 1e-13);
const defaults = model.buildProblem(scenario).solver;
const oursError = maxRelativeError(ours(), reference);

const oursCurve: WorkPrecisionPoint[] = [1e-3, 3e-4, 1e-4, 3e-5, 1e-5, 1e-6].map((rtol) => {
  const atol = rtol / 100;
  if (rtol === defaults.rtol && atol === defaults.atol) return { tolerance: rtol, error: oursError, ms: medianMs };
  return { tolerance: rtol, error: maxRelativeError(ours(rtol, atol), reference), ms: median(time(() => simulate(scenario, { rtol, atol }), Math.min(reps, 50))) };
});

const peerCurves = PEERS.map((peer) => {
  const curve: WorkPrecisionPoint[] = [];
  for (const tol of peer.tolerances) {
    const run = (): Float64Array => peer.solve(model.buildProblem(scenario), times, nOut, tol);
    let out: Float64Array;
    try {
      out = run(); // also warms it up
    } catch (error) {
      console.log(`  ${peer.id} at tol ${tol} failed: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const repsHere = peer.id === 'mathjs' ? Math.max(1, Math.min(peerReps, 3)) : peerReps;
    curve.push({ tolerance: tol, error: maxRelativeError(out, reference), ms: median(time(() => { out = run(); }, repsHere)) });
  }
  return { id: peer.id, curve, atOurError: timeAtError(curve, oursError) };
});

const runAllPresets = (): void => { for (const preset of PRESETS) simulate(preset.scenario); };
time(runAllPresets, 3);
const presetsMs = median(time(runAllPresets, 20));

const peers: Record<string, number | null> = {};
for (const p of peerCurves) peers[p.id] = p.atOurError === null ? null : Number(p.atOurError.toFixed(3));
const jsPeers = peerCurves.filter((p) => p.id !== 'mathjs' && p.atOurError !== null);
const best = jsPeers.length === 0 ? null : Math.min(...jsPeers.map((p) => p.atOurError!));
const mathjs = peerCurves.find((p) => p.id === 'mathjs')!.atOurError;
const row = (label: string, p: WorkPrecisionPoint): string =>
  `  ${label.padEnd(16)} ${p.tolerance.toExponential(0).padStart(6)}  ${p.error.toExponential(2).padStart(9)}  ${p.ms.toFixed(p.ms < 10 ? 3 : 1).padStart(9)}`;

console.log(`scenario: ${scenario.name} (${model.id}, ${scenario.days} days, ${scenario.regimens.length} regimens)`);
console.log(`gonadostat fused dopri5: median ${medianMs.toFixed(3)} ms over ${reps} runs; ${stats.steps} steps, ${stats.rhsEvals} rhs evaluations, ${stats.stateEvents ?? 0} state events, ${stats.switchEvals ?? 0} switch-function calls; max relative error ${oursError.toExponential(2)}`);
console.log('work–precision (max relative error of the outputs against our rtol 1e-11 run; median ms):');
console.log('  solver             tol      error         ms');
for (const p of oursCurve) console.log(row('gonadostat', p));
for (const peer of peerCurves) for (const p of peer.curve) console.log(row(peer.id, p));
console.log(`at equal accuracy (error ${oursError.toExponential(2)}), ms and ratio to ours (${medianMs.toFixed(3)} ms):`);
for (const peer of peerCurves) {
  console.log(`  ${peer.id.padEnd(16)} ${peer.atOurError === null ? 'outside its measured curve' : `${peer.atOurError.toFixed(2)} ms, ${(peer.atOurError / medianMs).toFixed(1)}×`}`);
}
console.log(`all ${PRESETS.length} presets: median ${presetsMs.toFixed(1)} ms in total`);
console.log(`${ghScenario.name} (${ghScenario.model}): median ${ghMedianMs.toFixed(3)} ms over ${reps} runs; ${ghStats.steps} steps, ${ghStats.rhsEvals} rhs evaluations`);
console.log(`${femaleScenario.name} (${femaleScenario.model}): median ${femaleMedianMs.toFixed(3)} ms over ${reps} runs; ${femaleStats.steps} steps, ${femaleStats.rhsEvals} rhs evaluations`);
console.log(JSON.stringify({
  scenario: scenario.name,
  medianMs: Number(medianMs.toFixed(4)),
  peers,
  bestPeerRatio: best === null ? null : Number((best / medianMs).toFixed(2)),
  mathjsRatio: mathjs === null ? null : Number((mathjs / medianMs).toFixed(1)),
  steps: stats.steps,
  rhsEvals: stats.rhsEvals,
  stateEvents: stats.stateEvents ?? 0,
  switchEvals: stats.switchEvals ?? 0,
  maxRelErr: Number(oursError.toExponential(2)),
  presetsMs: Number(presetsMs.toFixed(2)),
  ghIgf1: { scenario: ghScenario.name, medianMs: Number(ghMedianMs.toFixed(4)), steps: ghStats.steps, rhsEvals: ghStats.rhsEvals },
  femaleHpg: { scenario: femaleScenario.name, medianMs: Number(femaleMedianMs.toFixed(4)), steps: femaleStats.steps, rhsEvals: femaleStats.rhsEvals },
  workPrecision: {
    gonadostat: oursCurve.map((p) => [p.tolerance, Number(p.error.toExponential(2)), Number(p.ms.toFixed(3))]),
    ...Object.fromEntries(peerCurves.map((peer) => [peer.id, peer.curve.map((p) => [p.tolerance, Number(p.error.toExponential(2)), Number(p.ms.toFixed(2))])])),
  },
}));
