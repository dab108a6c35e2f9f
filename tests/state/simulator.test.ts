// @vitest-environment happy-dom
/** Simulators (src/state/simulator.ts): coalescing, request ids, worker failure fallback. */
import { describe, expect, it } from 'vitest';
import { createInlineSimulator, createWorkerSimulator } from '../../src/state/simulator';
import { DEFAULT_PRESET } from '../../src/core/scenario/presets';
import type { SimulationReply, SimulationRequest } from '../../src/worker/protocol';
import type { Scenario } from '../../src/core/scenario/types';
import type { SimulationResult } from '../../src/core/simulate';

const scenario = (days: number): Scenario => ({ ...DEFAULT_PRESET.scenario, days });

/** A fake worker that answers each request when `flush` is called. */
class FakeWorker {
  onmessage: ((event: MessageEvent<SimulationReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: SimulationRequest[] = [];
  postMessage(request: SimulationRequest): void {
    this.received.push(request);
  }
  terminate(): void {}
  flush(): void {
    const request = this.received.shift();
    if (request === undefined) return;
    const result = { scenario: request.scenario } as unknown as SimulationResult;
    this.onmessage?.({ data: { id: request.id, ok: true, result, elapsedMs: 1 } } as MessageEvent<SimulationReply>);
  }
}

describe('createWorkerSimulator', () => {
  it('keeps one request in flight and only the latest waiting', async () => {
    const worker = new FakeWorker();
    const simulator = createWorkerSimulator(() => worker as unknown as Worker);
    const runs = [10, 20, 30, 40].map((d) => simulator.run(scenario(d)));
    expect(worker.received.map((r) => r.scenario.days)).toEqual([10]);
    worker.flush();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(worker.received.map((r) => r.scenario.days)).toEqual([40]);
    worker.flush();
    const outcomes = await Promise.all(runs);
    expect(outcomes.map((o) => o.kind)).toEqual(['done', 'superseded', 'superseded', 'done']);
    const last = outcomes[3]!;
    expect(last.kind === 'done' && last.result.scenario.days).toBe(40);
    expect(worker.received).toEqual([]);
  });

  it('falls back to simulating inline when the worker cannot start', async () => {
    const simulator = createWorkerSimulator(() => {
      throw new Error('no workers here');
    });
    const outcome = await simulator.run(scenario(14));
    expect(outcome.kind).toBe('done');
    expect(outcome.kind === 'done' && outcome.result.days.at(-1)).toBe(14);
  });
});

describe('createInlineSimulator', () => {
  it('reports a solver failure as a message, never as NaN data', async () => {
    const simulator = createInlineSimulator();
    const bad = { ...scenario(30), parameters: {}, output: { everyHours: 6 }, regimens: [{ agent: 'no-such-agent', dose: 1, mode: 'bolus', everyDays: 1, fromDay: 0 }] } as unknown as Scenario;
    const outcome = await simulator.run(bad);
    expect(outcome.kind).toBe('failed');
  });
});
