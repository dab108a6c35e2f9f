/**
 * A subject with no steady state to start from. Every run starts at the
 * subject's untreated steady state and reports outputs relative to the healthy
 * one; if the search for either does not converge (Kelley & Keyes 1998
 * pseudo-transient continuation, analysis/steady-state.ts), there is no
 * baseline, and the run cannot start. The parameters can all be inside their
 * documented ranges and still combine into such a subject, so this is a
 * property of the input, not a crash: the CLI exits with code 2 and the app
 * shows the message.
 */

/** No steady state for this subject: a user-facing error naming what to change. */
export class NoSteadyStateError extends Error {
  override readonly name = 'NoSteadyStateError';
  constructor(
    /** Which steady state was sought: the healthy baseline or the subject's own. */
    readonly subject: 'healthy baseline' | 'subject',
    /** Scaled residual where the search stopped (NaN when the state became non-finite). */
    readonly residual: number,
  ) {
    super(
      `no steady state: with these parameter values the untreated ${subject === 'subject' ? "subject's axis" : 'healthy axis'} ` +
        `does not settle (residual ${Number.isFinite(residual) ? residual.toExponential(2) : String(residual)}), so there is no ` +
        'baseline to start from; move the parameters you changed back towards their defaults',
    );
  }
}
