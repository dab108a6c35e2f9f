/**
 * Where sweep workers come from: a module web worker per core in the browser
 * (../worker/sweep.worker.ts), or, where `Worker` does not exist, an inline
 * stand-in that runs the same requests on this thread, one job per macrotask
 * so progress still paints and cancel still lands between jobs.
 */
import type { SweepReply, SweepRequest } from '../worker/sweep-protocol';
import type { SweepWorkerFactory, SweepWorkerLike } from './sweep-pool';

/** A sweep worker in a real module Worker. */
export function browserSweepWorker(): SweepWorkerLike {
  return new Worker(new URL('../worker/sweep.worker.ts', import.meta.url), { type: 'module', name: 'gonadostat-sweep' }) as unknown as SweepWorkerLike;
}

/** A stand-in that answers the worker's requests on this thread. */
export function inlineSweepWorker(): SweepWorkerLike {
  let stopped = false;
  const post = (worker: SweepWorkerLike, reply: SweepReply): void => {
    if (!stopped) worker.onmessage?.({ data: reply } as MessageEvent<SweepReply>);
  };
  const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
  const worker: SweepWorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(request: SweepRequest) {
      void (async () => {
        await tick();
        if (request.type === 'steady') {
          const { heldSteadyState } = await import('../core/analysis/held-steady-state');
          const { heldCycle } = await import('../core/analysis/held-cycle');
          return post(worker, { type: 'steady', id: request.id, result: heldSteadyState(request.scenario), cycle: heldCycle(request.scenario) });
        }
        const { runJob } = await import('../core/analysis/sweep');
        for (const job of request.jobs) {
          if (stopped) return;
          post(worker, { type: 'result', chunk: request.chunk, result: runJob(job) });
          await tick();
        }
        post(worker, { type: 'chunk-done', chunk: request.chunk });
      })();
    },
    terminate() {
      stopped = true;
    },
  };
  return worker;
}

/** The factory for this environment. */
export function defaultSweepWorkerFactory(): SweepWorkerFactory {
  return typeof Worker === 'undefined' ? inlineSweepWorker : browserSweepWorker;
}

/** Workers a sweep uses by default: both cores of a typical classroom laptop, never more than the machine has. */
export function defaultWorkerCount(): number {
  const cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2;
  return Math.max(1, Math.min(2, cores));
}
