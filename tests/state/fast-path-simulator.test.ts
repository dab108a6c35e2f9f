// @vitest-environment happy-dom
/** Fast runs on the main thread, the rest in the worker (src/state/fast-path-simulator.ts). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET, findPreset } from '../../src/core/scenario/presets';
import type { Scenario } from '../../src/core/scenario/types';
import type { SimulationResult } from '../../src/core/simulate';
import { createFastPathSimulator, shapeOf } from '../../src/state/fast-path-simulator';
import type { SimulationOutcome, Simulator } from '../../src/state/simulator';

/** A worker stand-in that answers at once and counts its runs. */
function fakeWorker(elapsedMs: number): Simulator & { runs: Scenario[] } {
  const runs: Scenario[] = [];
  return {
    runs,
    run: (scenario) => {
      runs.push(scenario);
      return Promise.resolve({ kind: 'done', result: { scenario } as unknown as SimulationResult, elapsedMs });
    },
    dispose: () => undefined,
  };
}

/** A main-thread `simulate` that takes `ms` of fake time and counts its calls. */
function fakeSimulate(clock: { now: number }, ms: number) {
  const calls: Scenario[] = [];
  const simulate = (scenario: Scenario): SimulationResult => {
    calls.push(scenario);
    clock.now += ms;
    return { scenario } as unknown as SimulationResult;
  };
  return { simulate, calls };
}

function setup(mainMs: number, workerMs = 3) {
  const clock = { now: 0 };
  performance.now = () => clock.now;
  const worker = fakeWorker(workerMs);
  const main = fakeSimulate(clock, mainMs);
  const frames: (() => void)[] = [];
  const simulator = createFastPathSimulator(worker, {
    load: () => Promise.resolve(main.simulate),
    whenIdle: (task) => task(),
    beforeFrame: (task) => frames.push(task),
    warmUpRuns: 2,
  });
  const flushFrame = (): void => frames.splice(0).forEach((task) => task());
  return { simulator, worker, main, flushFrame };
}

const withDose = (scenario: Scenario, dose: number): Scenario => ({ ...scenario, regimens: scenario.regimens.map((r) => ({ ...r, dose })) });
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('shapeOf', () => {
  it('ignores doses and regimen days, not the duration or the agents given', () => {
    const s = DEFAULT_PRESET.scenario;
    expect(shapeOf(withDose(s, 2))).toBe(shapeOf(s));
    expect(shapeOf({ ...s, regimens: s.regimens.map((r) => ({ ...r, fromDay: 30 })) })).toBe(shapeOf(s));
    expect(shapeOf({ ...s, days: 100 })).not.toBe(shapeOf(s));
    expect(shapeOf(findPreset('trt-restart-protocol')!.scenario)).not.toBe(shapeOf(s));
  });
});

describe('createFastPathSimulator', () => {
  it('runs the first scenario in the worker, warms up the main thread, then runs quick edits there, one per frame', async () => {
    const { simulator, worker, main, flushFrame } = setup(2);
    const scenario = DEFAULT_PRESET.scenario;
    expect((await simulator.run(scenario)).kind).toBe('done');
    expect(worker.runs).toHaveLength(1);
    await settle();
    expect(main.calls).toHaveLength(2);
    expect(performance.getEntriesByName('gonadostat:fast-path-ready')).toHaveLength(1);

    // Two edits within one frame: the first is superseded, the second runs on the main thread before the frame.
    const a = simulator.run(withDose(scenario, 1.1));
    const b = simulator.run(withDose(scenario, 1.2));
    expect(main.calls).toHaveLength(2);
    flushFrame();
    const outcomes: SimulationOutcome[] = await Promise.all([a, b]);
    expect(outcomes.map((o) => o.kind)).toEqual(['superseded', 'done']);
    expect(main.calls.at(-1)!.regimens[0]!.dose).toBe(1.2);
    expect(worker.runs).toHaveLength(1);
  });

  it('keeps slow runs and scenarios of a new shape in the worker', async () => {
    const slow = setup(40);
    await slow.simulator.run(DEFAULT_PRESET.scenario);
    await settle();
    await slow.simulator.run(withDose(DEFAULT_PRESET.scenario, 1.5));
    expect(slow.worker.runs).toHaveLength(2);

    const quick = setup(2);
    await quick.simulator.run(DEFAULT_PRESET.scenario);
    await settle();
    await quick.simulator.run(findPreset('trt-restart-protocol')!.scenario);
    expect(quick.worker.runs).toHaveLength(2);
  });
});
