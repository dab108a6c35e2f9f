/**
 * Public API of the generic ODE solver: `integrate` with three methods
 * (adaptive Dormand–Prince 5(4), adaptive Rosenbrock–W ROS34PW2 for stiff
 * problems, fixed-step RK4 as a reference), critical events applied exactly at
 * their times, dense output, and SolverError for every way a run can fail.
 */
export { integrate } from './integrate';
export { SolverError } from './solver-error';
export type { SolverErrorKind } from './solver-error';
export type {
  CriticalEvent,
  IntegrateOptions,
  IntegrationResult,
  Jacobian,
  RightHandSide,
  SolverMethod,
  SolverStats,
} from './types';
