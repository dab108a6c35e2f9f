/** Why an integration stopped without a solution. */
export type SolverErrorKind = 'step-budget' | 'non-finite' | 'step-too-small' | 'invalid-input';

/**
 * A failed integration, naming the time and (where one is to blame) the state.
 * Thrown instead of hanging or returning NaN.
 */
export class SolverError extends Error {
  override readonly name = 'SolverError';
  constructor(
    readonly kind: SolverErrorKind,
    message: string,
    /** Independent-variable value where the failure happened. */
    readonly time: number,
    /** Name of the offending state, if any. */
    readonly stateName?: string,
  ) {
    super(message);
  }
}
