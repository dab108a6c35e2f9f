/**
 * Messages between the app and a sweep worker (./sweep.worker.ts). A sweep
 * worker runs chunks of sweep jobs (core/analysis/sweep.ts) and streams one
 * reply per finished job, then one per finished chunk, so the app can show
 * progress job by job and hand the worker its next chunk. The same worker
 * also computes held steady states (core/analysis/held-steady-state.ts), so
 * mathjs and the solver never load on the main thread.
 */
import type { JobResult, SweepJob } from '../core/analysis/sweep';
import type { HeldSteadyState } from '../core/analysis/held-steady-state';
import type { HeldCycle } from '../core/analysis/held-cycle';
import type { Scenario } from '../core/scenario/types';

/** App → worker. */
export type SweepRequest =
  /** Run these jobs in order; `chunk` is echoed in the replies. */
  | { readonly type: 'jobs'; readonly chunk: number; readonly jobs: readonly SweepJob[] }
  /** Compute the held steady state of `scenario`; `id` is echoed. */
  | { readonly type: 'steady'; readonly id: number; readonly scenario: Scenario };

/** Worker → app. */
export type SweepReply =
  | { readonly type: 'result'; readonly chunk: number; readonly result: JobResult }
  | { readonly type: 'chunk-done'; readonly chunk: number }
  | { readonly type: 'steady'; readonly id: number; readonly result: HeldSteadyState; readonly cycle: HeldCycle | null };

/** The buffers of a trajectory result, to transfer rather than copy. */
export function jobResultBuffers(result: JobResult): ArrayBuffer[] {
  if (!result.ok || result.kind !== 'trajectory') return [];
  const buffers = new Set<ArrayBuffer>();
  for (const column of [result.days, ...Object.values(result.series)]) {
    if (column.buffer instanceof ArrayBuffer) buffers.add(column.buffer);
  }
  return [...buffers];
}
