/**
 * The simulation worker: runs the core's `simulate` off the main thread so a
 * dragged slider never blocks painting. One request at a time; the app
 * coalesces requests, so this file stays a plain loop.
 */
/// <reference lib="webworker" />
import { simulate } from '../core/simulate';
import { failureMessage, resultBuffers, type SimulationReply, type SimulationRequest } from './protocol';
import { warmUp } from './warm-up';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let warmedUp = false;


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
    setTimeout(() => warmUp(scenario, () => performance.now()), 0);
  }
};
