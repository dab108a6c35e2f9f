/**
 * simulate's attempts (src/core/simulate.ts over scenario/step-budget.ts): a
 * stiff problem that exhausts DOPRI5's first budget is finished by Rosenbrock;
 * an explicit method or budget gets exactly one attempt. A fake stiff model
 * stands in for the registry's, so the test does not depend on which corner
 * of the real model's parameters happens to be stiff.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ModelDefinition } from '../../src/core/model/model-definition';
import type { Scenario } from '../../src/core/scenario/types';

/** y' = −k·(y − cos t): DOPRI5 is held to steps of ~3.3/k hours, Rosenbrock follows cos t. */
const STIFFNESS = 1e5;
const stiffModel: ModelDefinition = {
  id: 'smith-1980', name: 'stiff test model', description: '', states: [{ id: 'y', label: 'y', unit: '' }],
  outputs: [{ id: 'y', label: 'y', description: '' }], parameters: [], agents: [], conditions: [], baseline: 'equilibrium',
  equivalentInfusionHours: () => 1,
  buildProblem: () => ({
    y0: new Float64Array([1]), stateNames: ['y'], events: [], subjectBaseline: {},
    rhs: (t, y, dydt) => { dydt[0] = -STIFFNESS * (y[0]! - Math.cos(t)); },
    readOutputs: (_t, y, out) => { out[0] = y[0]!; },
    solver: { method: 'dopri5', rtol: 1e-4, atol: 1e-6 },
  }),
};

vi.mock('../../src/core/model/registry', () => ({ MODELS: { 'smith-1980': stiffModel }, getModel: () => stiffModel }));

const { simulate } = await import('../../src/core/simulate');
const { SolverError } = await import('../../src/core/solver/solver-error');
const { solverAttempts, STEP_BUDGET } = await import('../../src/core/scenario/step-budget');

const scenario: Scenario = {
  format: 'gonadostat-scenario/1', name: 'stiff', model: 'smith-1980', days: 10,
  subject: { conditions: [] }, regimens: [], parameters: {}, output: { everyHours: 6 },
};

describe('simulate with a stiff model', () => {
  it('plans DOPRI5, then Rosenbrock, then DOPRI5 with the full budget', () => {
    expect(solverAttempts(scenario, 'dopri5').map((a) => a.method)).toEqual(['dopri5', 'rosenbrock', 'dopri5']);
    expect(solverAttempts(scenario, 'rosenbrock').map((a) => a.method)).toEqual(['rosenbrock']);
  });

  it('finishes with Rosenbrock after DOPRI5 runs out of its first budget', () => {
    const result = simulate(scenario);
    expect(result.stats.jacobianEvals).toBeGreaterThan(0);
    expect(result.stats.steps).toBeLessThan(STEP_BUDGET.stiff.base);
    const last = result.series.y![result.days.length - 1]!;
    expect(last).toBeCloseTo(Math.cos(240), 3);
  });

  it('makes one attempt only when the method or the budget is given', () => {
    expect(() => simulate(scenario, { method: 'dopri5', maxSteps: 10_000 })).toThrow(SolverError);
  });
});
