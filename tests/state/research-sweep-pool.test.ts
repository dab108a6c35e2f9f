/**
 * The sweep pool with fake workers: chunks are handed out one at a time per
 * worker, results arriving out of order come back ordered by job index,
 * cancel terminates every worker at once and ignores late replies, and a
 * crashing worker fails the sweep.
 */
import { describe, expect, it } from 'vitest';
import { defaultChunkSize, runSweepPool, type SweepWorkerLike } from '../../src/state/sweep-pool';
import type { JobResult, SweepJob } from '../../src/core/analysis/sweep';
import type { SweepReply, SweepRequest } from '../../src/worker/sweep-protocol';
import { DEFAULT_SCENARIO } from '../../src/state/slices/scenario-slice';

const jobs = (n: number): SweepJob[] => Array.from({ length: n }, (_, index) => ({ kind: 'metric', index, scenario: DEFAULT_SCENARIO, metric: 'lh.mean' }));
const value = (index: number): JobResult => ({ kind: 'metric', index, ok: true, value: { value: index * 10, censored: false } });

/** A worker that records its requests; the test answers them by hand. */
class FakeWorker implements SweepWorkerLike {
  onmessage: ((event: MessageEvent<SweepReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly requests: SweepRequest[] = [];
  terminated = false;
  postMessage(message: SweepRequest): void {
    this.requests.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(message: SweepReply): void {
    this.onmessage?.({ data: message } as MessageEvent<SweepReply>);
  }
  /** Answers the latest chunk, its jobs in reverse order (out of order on purpose). */
  finishLatest(): void {
    const request = this.requests.at(-1);
    if (request?.type !== 'jobs') throw new Error('no chunk');
    for (const job of [...request.jobs].reverse()) this.reply({ type: 'result', chunk: request.chunk, result: value(job.index) });
    this.reply({ type: 'chunk-done', chunk: request.chunk });
  }
}

function pool() {
  const workers: FakeWorker[] = [];
  const makeWorker = (): FakeWorker => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  };
  return { workers, makeWorker };
}

describe('sweep pool', () => {
  it('feeds each worker one chunk at a time and returns results ordered by job', async () => {
    const { workers, makeWorker } = pool();
    const progress: number[] = [];
    const run = runSweepPool(jobs(7), { makeWorker, workers: 2, chunkSize: 3, onProgress: (done) => progress.push(done), now: () => 0 });
    expect(workers).toHaveLength(2);
    expect(workers.map((w) => w.requests.map((r) => (r.type === 'jobs' ? r.jobs.map((j) => j.index) : [])))).toEqual([[[0, 1, 2]], [[3, 4, 5]]]);
    workers[1]!.finishLatest();
    // The second worker finished first, so it gets the last chunk.
    expect(workers[1]!.requests).toHaveLength(2);
    workers[1]!.finishLatest();
    workers[0]!.finishLatest();
    const outcome = await run.outcome;
    expect(outcome.kind).toBe('done');
    if (outcome.kind !== 'done') return;
    expect(outcome.results.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(outcome.results.map((r) => (r.ok && r.kind === 'metric' ? r.value.value : null))).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('never starts more workers than there are chunks', () => {
    const { workers, makeWorker } = pool();
    runSweepPool(jobs(2), { makeWorker, workers: 2, chunkSize: 8 });
    expect(workers).toHaveLength(1);
  });

  it('cancel terminates every worker at once and ignores late replies', async () => {
    const { workers, makeWorker } = pool();
    const progress: number[] = [];
    const run = runSweepPool(jobs(10), { makeWorker, workers: 2, chunkSize: 2, onProgress: (done) => progress.push(done) });
    workers[0]!.reply({ type: 'result', chunk: 0, result: value(0) });
    run.cancel();
    expect(workers.every((w) => w.terminated)).toBe(true);
    workers[0]!.reply({ type: 'result', chunk: 0, result: value(1) });
    expect(await run.outcome).toEqual({ kind: 'cancelled', completed: 1 });
    expect(progress).toEqual([1]);
  });

  it('fails the sweep when a worker crashes', async () => {
    const { workers, makeWorker } = pool();
    const run = runSweepPool(jobs(4), { makeWorker, workers: 2, chunkSize: 1 });
    workers[1]!.onerror?.({ message: 'boom' } as ErrorEvent);
    const outcome = await run.outcome;
    expect(outcome).toEqual({ kind: 'failed', message: 'a sweep worker stopped: boom' });
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('chooses chunks of at most 8 jobs, about eight per worker', () => {
    expect(defaultChunkSize(83, 2)).toBe(6);
    expect(defaultChunkSize(1000, 2)).toBe(8);
    expect(defaultChunkSize(3, 2)).toBe(1);
  });

  it('hands idle workers back after a completed sweep, and terminates them after a cancel', async () => {
    const released: SweepWorkerLike[] = [];
    const first = pool();
    const done = runSweepPool(jobs(2), { makeWorker: first.makeWorker, workers: 2, chunkSize: 1, release: (w) => released.push(w), now: () => 0 });
    for (const w of first.workers) w.finishLatest();
    expect((await done.outcome).kind).toBe('done');
    expect(released).toEqual(first.workers);
    expect(first.workers.every((w) => !w.terminated && w.onmessage === null)).toBe(true);

    const second = pool();
    const cancelled = runSweepPool(jobs(4), { makeWorker: second.makeWorker, workers: 2, chunkSize: 1, release: (w) => released.push(w), now: () => 0 });
    cancelled.cancel();
    expect((await cancelled.outcome).kind).toBe('cancelled');
    expect(second.workers.every((w) => w.terminated)).toBe(true);
    expect(released).toHaveLength(2);
  });
});
