/**
 * A cycling model (start 'limit-cycle', e.g. `female-hpg`) whose healthy
 * subject has no cycle with the scenario's parameter values. Its outputs are
 * relative to the healthy reference cycle, so without one there is nothing to
 * measure against and the run cannot start. The parameters can all lie inside
 * their documented ranges and still combine into a woman without a rhythm (in
 * a seeded sample of in-range edits, about one in twenty), so this is a
 * property of the input, not a crash: the CLI exits with code 2 and the app
 * shows the message, as for a subject without a steady state
 * (./no-steady-state-error.ts).
 */

/** No reference cycle for these parameters: a user-facing error naming what to change. */
export class NoCycleError extends Error {
  override readonly name = 'NoCycleError';
  constructor(
    readonly model: string,
    /** Why the search found no cycle (from the reference-cycle search). */
    readonly reason: string,
  ) {
    super(
      `no cycle: with these parameter values the healthy ${model} model has no menstrual cycle (${reason}), so there is ` +
        'no reference cycle to measure against; move the parameters you changed back towards their defaults',
    );
  }
}
