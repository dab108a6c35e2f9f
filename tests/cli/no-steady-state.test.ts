/**
 * Issue 13, case 1: a subject with no steady state was a plain Error, which
 * the CLI printed as a stack trace. Now it is a NoSteadyStateError: one line
 * for the CLI (exit code 2) and a message for the app. The steady-state search
 * is made to fail here, since whether some parameter set inside the ranges has
 * no steady state depends on the model of the day.
 */
import { describe, expect, it, vi } from 'vitest';
import type * as SteadyStateModule from '../../src/core/analysis/steady-state';

vi.mock('../../src/core/analysis/steady-state', async (importOriginal) => {
  const original = await importOriginal<typeof SteadyStateModule>();
  return {
    ...original,
    findSteadyState: (...args: Parameters<typeof original.findSteadyState>) => ({ ...original.findSteadyState(...args), converged: false, residual: 3.2e-3 }),
  };
});

const { runScenarioText } = await import('../../src/cli/run-scenario');
const { simulate } = await import('../../src/core/simulate');
const { NoSteadyStateError } = await import('../../src/core/model/no-steady-state-error');
const { createInlineSimulator } = await import('../../src/state/simulator');
const { assertValidScenario } = await import('../../src/core/scenario/validate');
const { MODELS } = await import('../../src/core/model/registry');

const file = { format: 'gonadostat-scenario/1', name: 'no baseline', model: 'male-hpg', days: 10 };

describe('a subject with no steady state', () => {
  it('is a NoSteadyStateError naming what to change', () => {
    const scenario = assertValidScenario(file, (id) => MODELS[id]);
    expect(() => simulate(scenario)).toThrow(NoSteadyStateError);
    expect(() => simulate(scenario)).toThrow(/^no steady state: .*residual 3\.20e-3.*move the parameters you changed back towards their defaults$/);
  });

  it('is one line for the CLI, which exits with code 2', () => {
    const outcome = runScenarioText(JSON.stringify(file), { format: 'csv', metrics: false });
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/^no steady state: /) });
    if (!outcome.ok) expect(outcome.message).not.toContain('\n');
  });

  it('is a message for the app', async () => {
    const simulator = createInlineSimulator();
    const outcome = await simulator.run(assertValidScenario(file, (id) => MODELS[id]));
    expect(outcome).toEqual({ kind: 'failed', message: expect.stringMatching(/^no steady state: with these parameter values/) });
  });
});
