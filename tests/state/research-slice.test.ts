/**
 * The research slice over a real store: parameter edits are validated by
 * applyScenario (out of range → a message naming the parameter and its range,
 * last good value kept), reset works per parameter and for all; the held
 * steady state and a small sensitivity sweep run through the inline worker
 * stand-in, and a seeded uncertainty sweep is reproducible.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { createInlineSimulator } from '../../src/state/simulator';
import { inlineSweepWorker } from '../../src/state/sweep-workers';
import { getModel } from '../../src/core/model/registry';
import { MemoryStorage } from './helpers';

function store() {
  return createAppStore({ simulator: createInlineSimulator(), storage: new MemoryStorage(), sweepWorkers: inlineSweepWorker });
}

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('research slice: parameters', () => {
  const p = getModel('male-hpg').parameters.find((d) => d.group === 'pituitary')!;

  it('applies an in-range value as a scenario override', () => {
    const s = store();
    const value = (p.min + p.max) / 2 === p.value ? p.min : (p.min + p.max) / 2;
    expect(s.getState().setParameter(p.id, value)).toBe(true);
    expect(s.getState().scenario.parameters[p.id]).toBe(value);
    expect(s.getState().parameterErrors[p.id]).toBeUndefined();
  });

  it('refuses an out-of-range value with a message naming the parameter and range, keeping the last good value', () => {
    const s = store();
    const before = s.getState().scenario;
    expect(s.getState().setParameter(p.id, p.max * 10 + 1)).toBe(false);
    expect(s.getState().scenario).toBe(before);
    const message = s.getState().parameterErrors[p.id]!;
    expect(message).toContain(p.id);
    expect(message).toMatch(/must be between/);
    expect(message).toContain('last good value is kept');
  });

  it('resets one parameter and all parameters', () => {
    const s = store();
    const [a, b] = getModel('male-hpg').parameters.filter((d) => d.max > d.value);
    s.getState().setParameter(a!.id, a!.max);
    s.getState().setParameter(b!.id, b!.max);
    s.getState().resetParameter(a!.id);
    expect(Object.keys(s.getState().scenario.parameters)).toEqual([b!.id]);
    s.getState().resetAllParameters();
    expect(s.getState().scenario.parameters).toEqual({});
  });

  it('stores a value equal to the default as no override', () => {
    const s = store();
    s.getState().setParameter(p.id, p.value);
    expect(s.getState().scenario.parameters).toEqual({});
  });
});

describe('research slice: analyses', () => {
  it('computes the held steady state of the baseline subject: outputs 1, stable', async () => {
    const s = store();
    s.getState().applyScenario({ ...s.getState().scenario, regimens: [] });
    s.getState().computeSteadyState();
    await until(() => s.getState().steady.phase === 'done');
    const result = s.getState().steady.result!;
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.outputs.testosterone).toBeCloseTo(1, 3);
    expect(result.eigen.ok && result.eigen.verdict).toBe('stable');
  });

  it('runs a small sensitivity sweep to a tornado report', async () => {
    const s = store();
    await s.getState().runSensitivity({ metric: 'testosterone.mean', fraction: 0.2, parameters: ['lhHalfLifeHours', 'testosteroneHalfLifeHours'].filter((id) => getModel('male-hpg').parameters.some((d) => d.id === id)), workers: 2 });
    const sweep = s.getState().sweep!;
    expect(sweep.phase).toBe('done');
    expect(sweep.done).toBe(sweep.total);
    expect(s.getState().sensitivity!.report.rows.length).toBeGreaterThan(0);
  });

  it('gives the same uncertainty band for the same seed', async () => {
    const s = store();
    s.getState().applyScenario({ ...s.getState().scenario, days: 60 });
    const run = async () => {
      await s.getState().runUncertainty({ samples: 4, seed: 7, fraction: 0.2, workers: 2 });
      return s.getState().uncertainty!.report.bands.testosterone!.p50.slice();
    };
    const first = await run();
    const second = await run();
    expect(Array.from(second)).toEqual(Array.from(first));
  });

  it('cancels a running sweep', async () => {
    const s = store();
    const running = s.getState().runUncertainty({ samples: 50, seed: 1, fraction: 0.2, workers: 2 });
    await until(() => (s.getState().sweep?.done ?? 0) >= 1);
    s.getState().cancelSweep();
    await running;
    expect(s.getState().sweep!.phase).toBe('cancelled');
    expect(s.getState().sweep!.message).toMatch(/^Cancelled after \d+ of 50 simulations/);
  });
});
