/**
 * The simulation worker: runs the core's `simulate` off the main thread so a
 * dragged slider never blocks painting. One request at a time; the app
 * coalesces requests, so this file stays a plain loop.
 */
/// <reference lib="webworker" />
import { SCENARIO_LIMITS } from '../core/scenario/limits';
import type { Scenario } from '../core/scenario/types';
import { simulate } from '../core/simulate';
import { failureMessage, resultBuffers, type SimulationReply, type SimulationRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Runs after the first reply: how many nearby scenarios are simulated to warm up the solver. */
const WARM_UP_RUNS = 4;
let warmedUp = false;

/**
 * A few runs of scenarios next to the first one (every dose a little higher or
 * lower) while the user is still reading the page: the engine compiles the
 * solver's hot code now, so the user's first edit is answered as fast as the
 * later ones (cold, it took several times longer). Results are discarded.
 */
function warmUp(scenario: Scenario): void {
  for (let k = 0; k < WARM_UP_RUNS; k++) {
    const factor = k % 2 === 0 ? 1.05 : 0.95;
    try {
      simulate({ ...scenario, regimens: scenario.regimens.map((r) => ({ ...r, dose: Math.min(SCENARIO_LIMITS.maxDose, r.dose * factor) })) });
    } catch {
      return;
    }
  }
}

scope.onmessage = (event: MessageEvent<SimulationRequest>) => {
  const { id, scenario } = event.data;
  const started = performance.now();
  let reply: SimulationReply;
  try {
    const result = simulate(scenario);
    reply = { id, ok: true, result, elapsedMs: performance.now() - started };
    scope.postMessage(reply, resultBuffers(result));
  } catch (error) {
    reply = { id, ok: false, message: failureMessage(error) };
    scope.postMessage(reply);
  }
  if (!warmedUp) {
    warmedUp = true;
    // After this reply has gone; a request arriving meanwhile waits the few tens of ms this takes.
    setTimeout(() => warmUp(scenario), 0);
  }
};
