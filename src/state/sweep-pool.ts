/**
 * A pool of sweep workers: the planned jobs of a sweep (core/analysis/sweep.ts)
 * are split into chunks, each worker is given one chunk at a time and the next
 * when it reports the last one done, and every job's result streams back as it
 * finishes (progress counts jobs, not chunks). Results may arrive in any order
 * — two workers race — and are returned ordered by job index.
 *
 * Cancelling terminates every worker at once (a running simulation cannot be
 * interrupted any other way); the pool then resolves `cancelled` and ignores
 * anything a dying worker still posts. A worker that crashes fails the sweep.
 * After a sweep that completes, idle workers are handed to `release` (when
 * given) instead of being terminated, so the next sweep skips their start-up.
 *
 * Workers are made by a factory, so tests pass fakes and environments without
 * `Worker` pass `inlineSweepWorker` (./sweep-workers.ts).
 */
import { chunkJobs, orderResults, type JobResult, type SweepJob } from '../core/analysis/sweep';
import type { SweepReply, SweepRequest } from '../worker/sweep-protocol';

/** The part of a Worker the pool uses. */
export interface SweepWorkerLike {
  onmessage: ((event: MessageEvent<SweepReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: SweepRequest): void;
  terminate(): void;
}

/** Makes one worker. */
export type SweepWorkerFactory = () => SweepWorkerLike;

/** How a sweep ended. */
export type SweepOutcome =
  | { readonly kind: 'done'; readonly results: JobResult[]; readonly elapsedMs: number }
  | { readonly kind: 'cancelled'; readonly completed: number }
  | { readonly kind: 'failed'; readonly message: string };

/** A running sweep. */
export interface SweepRun {
  readonly outcome: Promise<SweepOutcome>;
  /** Terminates the workers now; `outcome` resolves `cancelled`. No-op once finished. */
  cancel(): void;
}

export interface PoolOptions {
  readonly makeWorker: SweepWorkerFactory;
  /** Number of workers (at least 1; never more than there are chunks). */
  readonly workers: number;
  /** Jobs per chunk (default: about eight chunks per worker, at most 8 jobs each). */
  readonly chunkSize?: number;
  /** Called after every finished job. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Clock for the elapsed time, ms (default performance.now). */
  readonly now?: () => number;
  /** Takes back an idle worker after a completed sweep (default: terminate it). */
  readonly release?: (worker: SweepWorkerLike) => void;
}

/** Jobs per chunk: small enough that both workers stay busy to the end, large enough to keep messages few. */
export function defaultChunkSize(jobCount: number, workers: number): number {
  return Math.max(1, Math.min(8, Math.ceil(jobCount / (Math.max(1, workers) * 8))));
}

/** Runs `jobs` on a pool of workers. */
export function runSweepPool(jobs: readonly SweepJob[], options: PoolOptions): SweepRun {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const chunks = chunkJobs(jobs, options.chunkSize ?? defaultChunkSize(jobs.length, options.workers));
  const results: JobResult[] = [];
  const pool: SweepWorkerLike[] = [];
  let nextChunk = 0;
  let finished = false;
  let resolve!: (outcome: SweepOutcome) => void;
  const outcome = new Promise<SweepOutcome>((r) => { resolve = r; });

  const finish = (result: SweepOutcome): void => {
    if (finished) return;
    finished = true;
    for (const worker of pool) {
      worker.onmessage = null;
      worker.onerror = null;
      if (result.kind === 'done' && options.release) options.release(worker);
      else worker.terminate();
    }
    resolve(result);
  };
  const feed = (worker: SweepWorkerLike): void => {
    const chunk = nextChunk++;
    const batch = chunks[chunk];
    if (batch !== undefined) worker.postMessage({ type: 'jobs', chunk, jobs: batch });
  };
  const onReply = (worker: SweepWorkerLike, reply: SweepReply): void => {
    if (finished) return;
    if (reply.type === 'result') {
      results.push(reply.result);
      options.onProgress?.(results.length, jobs.length);
    } else if (reply.type === 'chunk-done') {
      if (results.length >= jobs.length) {
        try {
          finish({ kind: 'done', results: orderResults(jobs.length, results), elapsedMs: now() - started });
        } catch (error) {
          finish({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
        }
      } else if (nextChunk < chunks.length) {
        feed(worker);
      }
    }
  };

  if (jobs.length === 0) {
    finish({ kind: 'done', results: [], elapsedMs: 0 });
    return { outcome, cancel: () => undefined };
  }
  const count = Math.max(1, Math.min(Math.floor(options.workers), chunks.length));
  try {
    for (let k = 0; k < count; k++) {
      const worker = options.makeWorker();
      pool.push(worker);
      worker.onmessage = (event) => onReply(worker, event.data);
      worker.onerror = (event) => finish({ kind: 'failed', message: `a sweep worker stopped: ${event.message || 'unknown error'}` });
    }
    for (const worker of pool) feed(worker);
  } catch (error) {
    finish({ kind: 'failed', message: `could not start the sweep workers: ${error instanceof Error ? error.message : String(error)}` });
  }
  return {
    outcome,
    cancel: () => finish({ kind: 'cancelled', completed: results.length }),
  };
}
