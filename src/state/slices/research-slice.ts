/**
 * The research slice: parameter overrides (validated by applyScenario, so the
 * scenario file carries them), the held steady state of the current scenario
 * (computed in a worker), and sensitivity and uncertainty sweeps run on a pool
 * of workers with progress and cancel. The sweep machinery and the analysis
 * modules load on first use, so none of it is in the initial bundle.
 */
import { getModel } from '../../core/model/registry';
import type { JobResult, SweepJob } from '../../core/analysis/sweep';
import type { Scenario } from '../../core/scenario/types';
import type { ResearchSlice, SweepKind, SweepStatus } from '../research-types';
import type { SliceCreator, StoreDeps } from '../store-types';
import type * as SweepPoolModule from '../sweep-pool';
import type { SweepRun, SweepWorkerFactory, SweepWorkerLike } from '../sweep-pool';

/** Least time between two progress updates of the store, ms. */
const PROGRESS_MS = 50;

/** Runs per second as a short phrase. */
function rate(done: number, elapsedMs: number): string {
  return `${(done / Math.max(elapsedMs / 1000, 1e-3)).toFixed(1)} runs/s`;
}

/** Warm sweep workers kept between sweeps (one per core of a typical laptop). */
const MAX_IDLE_WORKERS = 2;

export function createResearchSlice(deps: StoreDeps): SliceCreator<ResearchSlice> {
  return (set, get) => {
    let factory: SweepWorkerFactory | null = deps.sweepWorkers ?? null;
    const idleWorkers: SweepWorkerLike[] = [];
    const workerFactory = async (): Promise<SweepWorkerFactory> => {
      factory ??= (await import('../sweep-workers')).defaultSweepWorkerFactory();
      return factory;
    };
    let steadyWorker: SweepWorkerLike | null = null;
    let steadyId = 0;
    let current: SweepRun | null = null;
    let sweepSeq = 0;

    const withParameters = (parameters: Record<string, number>): boolean => {
      const { scenario } = get();
      return get().applyScenario({ ...scenario, parameters });
    };
    const clearError = (id: string): void => {
      const { [id]: _dropped, ...rest } = get().parameterErrors;
      set({ parameterErrors: rest });
    };
    const progress = (patch: Partial<SweepStatus>): void => {
      const sweep = get().sweep;
      if (sweep !== null) set({ sweep: { ...sweep, ...patch } });
    };

    /** Plans, runs and combines one sweep; the latest sweep wins, and a new one cancels the old. */
    async function runSweep<P extends { readonly jobs: readonly SweepJob[] }>(
      kind: SweepKind,
      workers: number,
      plan: (scenario: Scenario) => Promise<P>,
      combine: (plan: P, results: JobResult[], scenario: Scenario) => Promise<void>,
    ): Promise<void> {
      current?.cancel();
      current = null;
      const seq = ++sweepSeq;
      // The sweep belongs to the scenario as it is now; later edits make its result stale, not different.
      const { scenario } = get();
      set({ sweep: { kind, phase: 'running', done: 0, total: 0, workers, elapsedMs: null, message: 'Planning the runs…' } });
      let planned: P;
      try {
        planned = await plan(scenario);
      } catch (error) {
        if (seq === sweepSeq) progress({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
        return;
      }
      let loaded: [typeof SweepPoolModule, SweepWorkerFactory];
      try {
        loaded = await Promise.all([import('../sweep-pool'), workerFactory()]);
      } catch (error) {
        // After a deploy without a service worker, this version's chunk can be gone from the server.
        if (seq === sweepSeq) progress({ phase: 'failed', message: `The sweep code could not be loaded (${error instanceof Error ? error.message : String(error)}); reload the page.` });
        return;
      }
      const [{ runSweepPool }, makeWorker] = loaded;
      if (seq !== sweepSeq) return;
      const total = planned.jobs.length;
      progress({ total, message: `Running ${total} simulations on ${workers} worker${workers === 1 ? '' : 's'}…` });
      // Progress reaches the store at most every PROGRESS_MS, so re-rendering never starves the workers of their next chunk.
      let shown = 0;
      const onProgress = (done: number): void => {
        const t = performance.now();
        if (seq !== sweepSeq || (done < total && t - shown < PROGRESS_MS)) return;
        shown = t;
        progress({ done });
      };
      // Workers that finished a sweep are kept warm for the next one (their module is loaded).
      const take = (): ReturnType<typeof makeWorker> => idleWorkers.pop() ?? makeWorker();
      const release = (worker: ReturnType<typeof makeWorker>): void => {
        if (idleWorkers.length < MAX_IDLE_WORKERS) idleWorkers.push(worker);
        else worker.terminate();
      };
      const run = runSweepPool(planned.jobs, { makeWorker: take, workers, onProgress, release });
      current = run;
      const outcome = await run.outcome;
      if (seq !== sweepSeq) return;
      current = null;
      switch (outcome.kind) {
        case 'done':
          await combine(planned, outcome.results, scenario);
          if (seq !== sweepSeq) return;
          progress({
            phase: 'done', done: total, elapsedMs: outcome.elapsedMs,
            message: `Done: ${total} simulations in ${(outcome.elapsedMs / 1000).toFixed(1)} s (${rate(total, outcome.elapsedMs)}, ${workers} worker${workers === 1 ? '' : 's'}).`,
          });
          break;
        case 'cancelled':
          progress({ phase: 'cancelled', message: `Cancelled after ${outcome.completed} of ${total} simulations.` });
          break;
        case 'failed':
          progress({ phase: 'failed', message: `The sweep failed: ${outcome.message}` });
          break;
      }
    }

    return {
      parameterErrors: {},
      steady: { phase: 'idle', scenario: null, result: null, cycle: null, message: null },
      sweep: null,
      sensitivity: null,
      uncertainty: null,

      setParameter(id, value) {
        const definition = getModel(get().scenario.model).parameters.find((p) => p.id === id);
        if (definition === undefined) return false;
        const { [id]: _old, ...rest } = get().scenario.parameters;
        const ok = withParameters(value === definition.value ? rest : { ...rest, [id]: value });
        if (ok) {
          clearError(id);
          return true;
        }
        const issue = get().issues.find((i) => i.path === `parameters.${id}`);
        const unit = definition.unit === '' || definition.unit === 'dimensionless' ? '' : ` ${definition.unit}`;
        const why = issue?.message ?? `must be between ${definition.min} and ${definition.max}${unit}`;
        set({ parameterErrors: { ...get().parameterErrors, [id]: `${id} ${why}; the last good value is kept.` } });
        return false;
      },

      resetParameter(id) {
        clearError(id);
        const { [id]: _dropped, ...rest } = get().scenario.parameters;
        withParameters(rest);
      },

      resetAllParameters() {
        set({ parameterErrors: {} });
        withParameters({});
      },

      computeSteadyState() {
        const { scenario, steady } = get();
        if (steady.scenario === scenario && steady.phase !== 'failed') return;
        const id = ++steadyId;
        set({ steady: { ...steady, phase: 'running', scenario, message: null } });
        void workerFactory().then((make) => {
          if (id !== steadyId) return;
          const fail = (message: string): void => {
            steadyWorker?.terminate();
            steadyWorker = null;
            set({ steady: { ...get().steady, phase: 'failed', message } });
          };
          try {
            steadyWorker ??= make();
          } catch (error) {
            return fail(error instanceof Error ? error.message : String(error));
          }
          steadyWorker.onmessage = (event) => {
            const reply = event.data;
            if (reply.type !== 'steady' || reply.id !== steadyId) return;
            set({ steady: { phase: 'done', scenario: get().steady.scenario, result: reply.result, cycle: reply.cycle, message: null } });
          };
          steadyWorker.onerror = (event) => fail(event.message || 'the steady-state worker stopped');
          steadyWorker.postMessage({ type: 'steady', id, scenario });
        });
      },

      runSensitivity: ({ metric, fraction, parameters, workers }) =>
        runSweep(
          'sensitivity',
          workers,
          async (scenario) => {
            const { planSensitivity } = await import('../../core/analysis/sensitivity');
            return planSensitivity(scenario, { metric, fraction, parameters });
          },
          async (plan, results, scenario) => {
            const { combineSensitivity } = await import('../../core/analysis/sensitivity');
            set({ sensitivity: { report: combineSensitivity(plan, results), scenarioName: scenario.name, scenario } });
          },
        ),

      runUncertainty: ({ samples, seed, fraction, workers }) =>
        runSweep(
          'uncertainty',
          workers,
          async (scenario) => {
            const { planUncertainty } = await import('../../core/analysis/uncertainty');
            return planUncertainty(scenario, { samples, seed, fraction });
          },
          async (plan, results, scenario) => {
            const { combineUncertainty } = await import('../../core/analysis/uncertainty');
            set({ uncertainty: { report: combineUncertainty(plan, results), scenarioName: scenario.name, scenario } });
          },
        ),

      cancelSweep() {
        current?.cancel();
      },
    };
  };
}
