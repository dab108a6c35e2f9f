/**
 * The absolute tolerance a problem is integrated with: per state
 * atol + rtol·errorScale where the model declares an error scale (a state read
 * through its distance from a reference, as Dz through 1 − Dz), else the scalar
 * atol. `simulate` and the analyses that must retrace its steps call this, so
 * their runs are the same run.
 */
import type { ModelProblem } from './model-definition';

export function problemAtol(problem: Pick<ModelProblem, 'errorScale'>, rtol: number, atol: number): number | Float64Array {
  const scale = problem.errorScale;
  if (scale === undefined || scale.every((s) => s === 0)) return atol;
  return scale.map((s) => atol + rtol * s);
}
