/**
 * How the store runs simulations: in a module web worker when the browser has
 * one, else on the calling thread (tests, old environments). Both coalesce:
 * while one run is in flight, only the latest new request waits; requests it
 * replaces resolve as `superseded` without being run. A slider dragged across
 * fifty values thus costs at most two simulations, the second for its final value.
 */
import type { Scenario } from '../core/scenario/types';
import type { SimulationResult } from '../core/simulate';
import { failureMessage, type SimulationReply, type SimulationRequest } from '../worker/protocol';

/** The outcome of one request. */
export type SimulationOutcome =
  /** `elapsedMs`: time spent simulating (not waiting), ms, when known. */
  | { readonly kind: 'done'; readonly result: SimulationResult; readonly elapsedMs?: number }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'superseded' };

/** Runs simulations for the store. */
export interface Simulator {
  run(scenario: Scenario): Promise<SimulationOutcome>;
  dispose(): void;
}

/** Performance mark left when a worker result reaches the main thread (detail.workerMs: time spent simulating). */
export const SIMULATED_MARK = 'gonadostat:simulated';

type Job = { readonly scenario: Scenario; readonly resolve: (outcome: SimulationOutcome) => void };

/** The coalescing queue both simulators share: one job running, at most one waiting. */
function coalescing(execute: (scenario: Scenario) => Promise<SimulationOutcome>): Simulator {
  let running = false;
  let waiting: Job | null = null;
  let disposed = false;
  const start = (job: Job): void => {
    running = true;
    void execute(job.scenario)
      .catch((error: unknown): SimulationOutcome => ({ kind: 'failed', message: failureMessage(error) }))
      .then((outcome) => {
        job.resolve(outcome);
        running = false;
        const next = waiting;
        waiting = null;
        if (next !== null && !disposed) start(next);
      });
  };
  return {
    run(scenario) {
      return new Promise((resolve) => {
        const job = { scenario, resolve };
        if (!running) return start(job);
        waiting?.resolve({ kind: 'superseded' });
        waiting = job;
      });
    },
    dispose() {
      disposed = true;
      waiting?.resolve({ kind: 'superseded' });
      waiting = null;
    },
  };
}

/** Simulates on the calling thread now, timing the run. */
export function simulateHere(simulate: (scenario: Scenario) => SimulationResult, scenario: Scenario): SimulationOutcome {
  const started = performance.now();
  try {
    const result = simulate(scenario);
    return { kind: 'done', result, elapsedMs: performance.now() - started };
  } catch (error) {
    return { kind: 'failed', message: failureMessage(error) };
  }
}

/** Runs on the calling thread; the core is loaded on first use, so it stays out of the initial bundle. */
export function createInlineSimulator(): Simulator {
  return coalescing(async (scenario) => {
    return simulateHere(await loadSimulate(), scenario);
  });
}

/**
 * Runs in a module web worker. If the worker cannot start or crashes, this
 * and later runs fall back to the inline simulator (and say so once in the console).
 */
export function createWorkerSimulator(makeWorker: () => Worker): Simulator {
  let worker: Worker | null = null;
  let fallback: Simulator | null = null;
  let nextId = 1;
  const pending = new Map<number, (outcome: SimulationOutcome) => void>();
  const fail = (reason: string): void => {
    console.warn(`Simulation worker unavailable (${reason}); simulating on the main thread.`);
    worker?.terminate();
    worker = null;
    fallback ??= createInlineSimulator();
    const stranded = [...pending.values()];
    pending.clear();
    for (const resolve of stranded) resolve({ kind: 'failed', message: 'the simulation worker stopped; please try again' });
  };
  try {
    worker = makeWorker();
    worker.onmessage = (event: MessageEvent<SimulationReply>) => {
      const reply = event.data;
      const resolve = pending.get(reply.id);
      pending.delete(reply.id);
      // Timing marks for the e2e latency report: when a result arrives, and how long the worker computed.
      if (reply.ok) performance.mark(SIMULATED_MARK, { detail: { workerMs: reply.elapsedMs } });
      resolve?.(reply.ok ? { kind: 'done', result: reply.result, elapsedMs: reply.elapsedMs } : { kind: 'failed', message: reply.message });
    };
    worker.onerror = (event) => fail(event.message || 'worker error');
  } catch (error) {
    fail(failureMessage(error));
  }
  const queue = coalescing((scenario) => {
    if (worker === null) return (fallback ??= createInlineSimulator()).run(scenario);
    const request: SimulationRequest = { id: nextId++, scenario };
    return new Promise<SimulationOutcome>((resolve) => {
      pending.set(request.id, resolve);
      worker!.postMessage(request);
    });
  });
  return {
    run: (scenario) => queue.run(scenario),
    dispose() {
      queue.dispose();
      worker?.terminate();
      fallback?.dispose();
    },
  };
}

/** Loads the core's `simulate` for the calling thread (a separate chunk). */
export async function loadSimulate(): Promise<(scenario: Scenario) => SimulationResult> {
  return (await import('../core/simulate')).simulate;
}
