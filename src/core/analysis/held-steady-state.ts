/**
 * The steady state "for the current subject and agents held constant": where
 * the axis would settle if every agent of the scenario were given steadily,
 * for ever, and every condition had always been present. Then the Jacobian's
 * eigenvalues there (./jacobian-eigen.ts) tell how fast it settles, whether
 * it rings, and whether it can hold that set point at all.
 *
 * Holding the scenario constant (`heldScenario`):
 *   - a bolus regimen of dose d every I hours becomes an infusion of dose
 *       d_inf = d·H / I,   H = hours of the reference infusion that deliver one
 *                            reference bolus (AgentModule.equivalentInfusionHours),
 *     i.e. the same average input; an infusion keeps its dose;
 *   - every regimen starts at day 0 and never ends; conditions start at day 0;
 *   - explicit GnRH pulses are dropped (the pulse-averaged model is the one
 *     with a steady state).
 *   With `atDay`, only the regimens running on that day (fromDay ≤ day < untilDay)
 *   and the conditions present by then are held.
 *
 * Finding it: the model's problem for the held scenario, with the events at
 * t = 0 applied to y0 (infusions switched on, day-0 conditions), then
 * f(y*) = 0 by pseudo-transient continuation (./steady-state.ts, Kelley &
 * Keyes 1998). If that fails — the equilibrium may be unstable, as in Smith
 * (1980), or far away — Newton's method from y0 is tried, and last a long
 * integration (5 years) followed by Newton polishing from its end point.
 *
 * Inputs that agents compute in closed form (gonadorelin's receptor load) depend
 * on the time since they were switched on, so the right-hand side is evaluated
 * at a late time (the end of the fallback integration) where they have settled.
 */
import type { Regimen, Scenario } from '../scenario/types';
import type { AgentId, ModelId } from '../model/ids';
import type { ParameterValues } from '../model/parameter';
import type { ModelProblem } from '../model/model-definition';
import type { RightHandSide } from '../solver/types';
import { getModel } from '../model/registry';
import { resolveParameters } from '../model/parameter';
import { integrate } from '../solver/integrate';
import { bolusIntervalHours, conditionId, conditionOnsetDay } from '../scenario/regimen-schedule';
import { findSteadyState, type SteadyStateResult } from './steady-state';
import { jacobianEigen, type EigenAnalysis } from './jacobian-eigen';

/** Length of a held scenario, days: the longest a scenario may run, so no held infusion stops within the analysis. */
export const HELD_SCENARIO_DAYS = 3650;
/** Length of the fallback integration, days (5 years). */
const FALLBACK_DAYS = 5 * 365.25;
/** Time (h) at which the held right-hand side and outputs are evaluated: the end of the fallback integration. */
const EVALUATION_HOURS = FALLBACK_DAYS * 24;
/** A first pseudo-time step this long makes the continuation plain Newton (h). */
const NEWTON_STEP = 1e8;

/** How the held steady state was found. */
export type SteadyStateRoute = 'continuation' | 'newton' | 'integration';

/** Convergence of the search. */
export interface HeldConvergence {
  readonly converged: boolean;
  /** Scaled residual max |f_i| / max(1, |y_i|) at the returned state (1/h). */
  readonly residual: number;
  readonly iterations: number;
  readonly route: SteadyStateRoute;
}

/** The held steady state, or why it could not be computed. */
export type HeldSteadyState =
  | {
      readonly ok: true;
      /** The constant-input scenario that was solved. */
      readonly scenario: Scenario;
      readonly stateNames: readonly string[];
      readonly state: Float64Array;
      /** Outputs relative to the healthy baseline, by output id. */
      readonly outputs: Readonly<Record<string, number>>;
      readonly eigen: EigenAnalysis;
      readonly convergence: HeldConvergence;
    }
  | { readonly ok: false; readonly message: string };

/**
 * Hours H of model `model`'s reference infusion of `agent` that deliver one reference bolus,
 * so that a bolus of dose d every I hours averages an infusion of dose d·H/I.
 */
export function equivalentInfusionHours(model: ModelId, agent: AgentId, values: ParameterValues): number {
  return getModel(model).equivalentInfusionHours(agent, values);
}

function isRunningOn(regimen: Regimen, day: number, days: number): boolean {
  return regimen.fromDay <= day && day < Math.min(regimen.untilDay ?? days, days);
}

/** The scenario with every regimen turned into a never-ending infusion from day 0 and every condition from day 0. */
export function heldScenario(scenario: Scenario, atDay?: number): Scenario {
  const model = getModel(scenario.model);
  const values = resolveParameters(model.parameters, scenario.parameters);
  const regimens = scenario.regimens
    .filter((r) => atDay === undefined || isRunningOn(r, atDay, scenario.days))
    .map((r): Regimen => {
      const interval = bolusIntervalHours(r);
      const dose = interval === null ? r.dose : (r.dose * equivalentInfusionHours(scenario.model, r.agent, values)) / interval;
      return { agent: r.agent, dose, mode: 'infusion', fromDay: 0 };
    });
  const conditions = scenario.subject.conditions
    .filter((c) => atDay === undefined || conditionOnsetDay(c) <= atDay)
    .map(conditionId);
  const { options: _pulses, ...rest } = scenario;
  return {
    ...rest,
    name: `${scenario.name} (held constant)`,
    days: HELD_SCENARIO_DAYS,
    subject: { conditions },
    regimens,
  };
}

/** The problem's initial state with its events at t = 0 applied (in order). */
function startingState(problem: ModelProblem): Float64Array {
  const y = new Float64Array(problem.y0);
  for (const event of problem.events) if (event.time <= 0) event.apply(y, 0);
  return y;
}

const frozenAt = (rhs: RightHandSide, t: number): RightHandSide => (_t, y, dydt) => rhs(t, y, dydt);

/** Long integration of a fresh problem, then Newton polishing from where it ends. */
function integrateAndPolish(scenario: Scenario): { result: SteadyStateResult; problem: ModelProblem } {
  const problem = getModel(scenario.model).buildProblem(scenario);
  const end = integrate(problem.rhs, problem.y0, 0, EVALUATION_HOURS, {
    method: problem.solver.method,
    rtol: problem.solver.rtol,
    atol: problem.solver.atol,
    maxStep: problem.solver.maxStep,
    outputTimes: [EVALUATION_HOURS],
    events: problem.events,
    maxSteps: 2_000_000,
  });
  const y = end.states.slice(0, end.dimension);
  return { result: findSteadyState(frozenAt(problem.rhs, EVALUATION_HOURS), y, { initialStep: NEWTON_STEP }), problem };
}

/** Held steady state of `scenario` (see the file header), its outputs and eigen-analysis. Never throws. */
export function heldSteadyState(scenario: Scenario, options: { readonly atDay?: number } = {}): HeldSteadyState {
  try {
    const held = heldScenario(scenario, options.atDay);
    const model = getModel(held.model);
    let problem = model.buildProblem(held);
    const y0 = startingState(problem);
    const rhs = frozenAt(problem.rhs, EVALUATION_HOURS);
    let route: SteadyStateRoute = 'continuation';
    let result = findSteadyState(rhs, y0);
    if (!result.converged) {
      const newton = findSteadyState(rhs, y0, { initialStep: NEWTON_STEP });
      if (newton.converged || newton.residual < result.residual) {
        result = newton;
        route = 'newton';
      }
    }
    if (!result.converged) {
      try {
        const fallback = integrateAndPolish(held);
        if (fallback.result.converged || fallback.result.residual < result.residual) {
          result = fallback.result;
          problem = fallback.problem;
          route = 'integration';
        }
      } catch {
        // Keep the best state found so far; convergence says it is not a steady state.
      }
    }
    const outputs: Record<string, number> = {};
    const out = new Float64Array(model.outputs.length);
    problem.readOutputs(EVALUATION_HOURS, result.y, out);
    model.outputs.forEach((o, j) => { outputs[o.id] = out[j]!; });
    const analytic = problem.jacobian;
    const { eigen } = jacobianEigen(frozenAt(problem.rhs, EVALUATION_HOURS), result.y, EVALUATION_HOURS, analytic ? (_t, y, jac) => analytic(EVALUATION_HOURS, y, jac) : undefined);
    return {
      ok: true,
      scenario: held,
      stateNames: problem.stateNames,
      state: result.y,
      outputs,
      eigen,
      convergence: { converged: result.converged, residual: result.residual, iterations: result.iterations, route },
    };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
