/**
 * The sweep worker: runs chunks of sweep jobs (one simulation each) and held
 * steady states off the main thread. The app starts two of these (one per
 * core) for a sweep and terminates them to cancel, so this file needs no
 * cancellation logic of its own: it is a plain loop over its chunk.
 */
/// <reference lib="webworker" />
import { runJob } from '../core/analysis/sweep';
import { heldSteadyState } from '../core/analysis/held-steady-state';
import { heldCycle } from '../core/analysis/held-cycle';
import { jobResultBuffers, type SweepReply, type SweepRequest } from './sweep-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function reply(message: SweepReply, transfer: ArrayBuffer[] = []): void {
  scope.postMessage(message, transfer);
}

scope.onmessage = (event: MessageEvent<SweepRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'jobs':
      for (const job of request.jobs) {
        const result = runJob(job);
        reply({ type: 'result', chunk: request.chunk, result }, jobResultBuffers(result));
      }
      reply({ type: 'chunk-done', chunk: request.chunk });
      break;
    case 'steady':
      reply({ type: 'steady', id: request.id, result: heldSteadyState(request.scenario), cycle: heldCycle(request.scenario) });
      break;
  }
};
