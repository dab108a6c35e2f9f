/**
 * How many solver steps a run may take, and with which method. The budget
 * grows with what the scenario asks for, so that a scenario the validator
 * accepts never runs out of steps half way, while a run that would never end
 * (a model bug) still stops:
 *
 *   budget = 1,000,000 + 10,000 · days + 100 · boluses
 *
 * Measured needs (Node 20, December 2026): the male model takes 4–75 attempted
 * steps per simulated day over most of its parameter ranges and one to a few
 * per dose; the classic Smith (1980) model oscillates and takes about 270
 * steps a day at its defaults and up to 3,350 at the corners of its parameter
 * ranges (all 512 corners tried), so ten years of it need up to ~12 million
 * steps (about 5 s). The per-day allowance is three times the worst seen.
 *
 * Stiffness is the other cost. The male model driven hard (hCG at the rate
 * limit with its LH-receptor signal at the top of its range) becomes stiff,
 * and the explicit DOPRI5 method then crawls: 2 million steps and 9.5 s for
 * 3.7 years, where the linearly implicit Rosenbrock method takes 29,000 steps
 * and 0.4 s. An oscillating model is the reverse (Smith's ten years: 1 million
 * DOPRI5 steps, 6 million Rosenbrock steps). So a model that suggests DOPRI5
 * gets three attempts, each from scratch (solverAttempts):
 *
 *   1. DOPRI5 within 20,000 + 500 · days + 10 · boluses attempted steps
 *      (over six times what the male model needs; Smith's defaults fit too);
 *   2. if that runs out: Rosenbrock within 20,000 + 100 · days + 10 · boluses
 *      (five times what the stiff case above needs);
 *   3. if that runs out too: DOPRI5 within the full budget.
 *
 * Every accepted scenario therefore ends; a stiff one costs the first
 * attempt's steps on top of its Rosenbrock run (4.2 s instead of 9.5 s for the
 * case above), an oscillating one both first attempts on top of its DOPRI5 run. docs/robustness.md reports the slowest
 * accepted scenario of each fuzz run.
 */
import { bolusCount } from './regimen-schedule';
import type { SolverMethod } from '../solver/types';
import type { Scenario } from './types';

/** The budgets' terms (see the file header). */
export const STEP_BUDGET = {
  base: 1_000_000,
  perDay: 10_000,
  perBolus: 100,
  /** DOPRI5's first attempt. */
  first: { base: 20_000, perDay: 500, perBolus: 10 },
  /** Rosenbrock's attempt, after DOPRI5's first ran out. */
  stiff: { base: 20_000, perDay: 100, perBolus: 10 },
} as const;

type Terms = { readonly base: number; readonly perDay: number; readonly perBolus: number };

function budget(scenario: Scenario, terms: Terms): number {
  const boluses = scenario.regimens.reduce((sum, r) => sum + bolusCount(r, scenario.days), 0);
  return Math.ceil(terms.base + terms.perDay * scenario.days + terms.perBolus * boluses);
}

/** Attempted steps a run of `scenario` may take in all before it fails with a SolverError. */
export function stepBudget(scenario: Scenario): number {
  return budget(scenario, STEP_BUDGET);
}

/** One try at integrating a scenario. */
export interface SolverAttempt {
  readonly method: SolverMethod;
  readonly maxSteps: number;
}

/** The attempts, in order, for a model that suggests `suggested` (see the file header). */
export function solverAttempts(scenario: Scenario, suggested: SolverMethod): readonly SolverAttempt[] {
  const full = stepBudget(scenario);
  if (suggested !== 'dopri5') return [{ method: suggested, maxSteps: full }];
  return [
    { method: 'dopri5', maxSteps: budget(scenario, STEP_BUDGET.first) },
    { method: 'rosenbrock', maxSteps: budget(scenario, STEP_BUDGET.stiff) },
    { method: 'dopri5', maxSteps: full },
  ];
}
