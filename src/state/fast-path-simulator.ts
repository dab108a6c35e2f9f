/**
 * Fast runs on the main thread, the rest in the worker. Through the worker a
 * result arrives after the browser has already painted the input that asked
 * for it, so it shows one frame later (≈ 17 ms); a run known to take only a
 * few milliseconds is therefore simulated on the main thread just before the
 * next frame is drawn (in requestAnimationFrame), so the input and its result
 * are painted together, and inputs that arrive within one frame (a fast
 * drag) cost one run, for the latest. "Known": the recent runs
 * of a scenario of the same shape (model, duration, output spacing, pulses,
 * which agents are given) took under `fastRunMs`; dragging a dose or a start
 * day keeps the shape. Any other run (a new shape, a slow one, or while the
 * core is not yet loaded here) goes to the worker, which keeps the page
 * responsive. The core is loaded and warmed up on the main thread when the
 * page is idle after the first result, so that the first edit is as quick as
 * the later ones.
 */
import type { Scenario } from '../core/scenario/types';
import { explicitPulses } from '../core/scenario/explicit-pulses';
import type { SimulationResult } from '../core/simulate';
import { runBeforeFrame } from './frame-phase';
import { SIMULATED_MARK, simulateHere, type SimulationOutcome, type Simulator } from './simulator';

type Simulate = (scenario: Scenario) => SimulationResult;

/** How the fast path is set up (tests pass fakes). */
export interface FastPathOptions {
  /** Loads the core's `simulate` for the main thread. */
  readonly load: () => Promise<Simulate>;
  /** Runs below this on the main thread, ms (default 10: the worker's detour costs a whole frame, ≈ 17 ms). */
  readonly fastRunMs?: number;
  /** Calls `task` when the page is idle (default requestIdleCallback, else a timeout). */
  readonly whenIdle?: (task: () => void) => void;
  /** Calls `task` before the next frame is drawn (default runBeforeFrame: requestAnimationFrame, else a microtask). */
  readonly beforeFrame?: (task: () => void) => void;
  /** Main-thread runs of the first scenario that warm the core up before it is used (default 5). */
  readonly warmUpRuns?: number;
}

/** What decides a run's cost: everything but doses and days of the regimens. */
export function shapeOf(scenario: Scenario): string {
  const agents = [...new Set(scenario.regimens.map((r) => `${r.agent}:${r.mode}`))].sort().join(',');
  return [scenario.model, scenario.days, scenario.output.everyHours, explicitPulses(scenario), scenario.regimens.length, agents, scenario.subject.conditions.length].join('|');
}

/** Performance mark left when the main thread's fast path is warm and in use. */
export const FAST_PATH_READY_MARK = 'gonadostat:fast-path-ready';

function idle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 2000 });
  else setTimeout(task, 200);
}

export function createFastPathSimulator(worker: Simulator, options: FastPathOptions): Simulator {
  const fastRunMs = options.fastRunMs ?? 10;
  const whenIdle = options.whenIdle ?? idle;
  const beforeFrame = options.beforeFrame ?? runBeforeFrame;
  let waiting: { scenario: Scenario; resolve: (outcome: SimulationOutcome) => void } | null = null;
  /** Last known cost of each shape, ms. */
  const cost = new Map<string, number>();
  let simulate: Simulate | null = null;
  let loading = false;

  const prepare = (scenario: Scenario): void => {
    if (loading) return;
    loading = true;
    whenIdle(() => {
      void options.load().then((loaded) => {
        // Warm up one idle slice at a time, then use the fast path, knowing the warm cost of this shape.
        let left = options.warmUpRuns ?? 5;
        const step = (): void => {
          const outcome = simulateHere(loaded, scenario);
          if (--left > 0 && outcome.kind === 'done') return whenIdle(step);
          // The warm main-thread cost is what decides: it replaces the cold worker run of the page's first scenario.
          if (outcome.kind === 'done' && outcome.elapsedMs !== undefined) cost.set(shapeOf(scenario), outcome.elapsedMs);
          simulate = loaded;
          performance.mark(FAST_PATH_READY_MARK);
        };
        step();
      });
    });
  };

  // A moving average, so one run slowed by garbage collection does not send the next to the worker.
  const remember = (scenario: Scenario, outcome: SimulationOutcome): SimulationOutcome => {
    if (outcome.kind !== 'done' || outcome.elapsedMs === undefined) return outcome;
    const key = shapeOf(scenario);
    const old = cost.get(key);
    cost.set(key, old === undefined ? outcome.elapsedMs : 0.7 * old + 0.3 * outcome.elapsedMs);
    return outcome;
  };

  return {
    run(scenario) {
      const known = cost.get(shapeOf(scenario));
      const here = simulate;
      if (here !== null && known !== undefined && known < fastRunMs) {
        return new Promise((resolve) => {
          const first = waiting === null;
          waiting?.resolve({ kind: 'superseded' });
          waiting = { scenario, resolve };
          if (!first) return;
          beforeFrame(() => {
            const job = waiting!;
            waiting = null;
            const outcome = simulateHere(here, job.scenario);
            if (outcome.kind === 'done') performance.mark(SIMULATED_MARK, { detail: { workerMs: outcome.elapsedMs, mainThread: true } });
            job.resolve(remember(job.scenario, outcome));
          });
        });
      }
      return worker.run(scenario).then((outcome) => {
        if (outcome.kind === 'done') prepare(scenario);
        return remember(scenario, outcome);
      });
    },
    dispose() {
      waiting?.resolve({ kind: 'superseded' });
      waiting = null;
      worker.dispose();
    },
  };
}
