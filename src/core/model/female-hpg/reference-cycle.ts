/**
 * The healthy baseline of `female-hpg` is a rhythm: its reference cycle, found
 * numerically by ../compiled-cycle.ts (marker: serum LH; cycle day 1: serum
 * progesterone falling below 3 ng/mL at the end of the luteal phase, standing
 * in for the onset of menses — the model has no endometrium), with every
 * output in clinical units over one period, and its Floquet multipliers.
 */
import { floquetMultipliers, type FloquetAnalysis } from '../../analysis/floquet';
import type { PeriodicReference } from '../../analysis/cycle-baseline';
import { referenceCycle, REFERENCE_SAMPLES, type CompiledReferenceCycle, type NoCompiledReferenceCycle } from '../compiled-cycle';
import { buildFemaleProblem, FEMALE_COMPILED, type FemaleProblemOptions } from './problem';
import type { FemaleOutputId } from './outputs';

export { REFERENCE_SAMPLES };

/** The reference cycle of a subject, outputs by female output id (clinical units). */
export interface FemaleReferenceCycle extends CompiledReferenceCycle {
  readonly outputs: Readonly<Record<FemaleOutputId, PeriodicReference>>;
}

/** Why no reference cycle exists (e.g. menopause: the axis settles to a steady state). */
export type NoReferenceCycle = NoCompiledReferenceCycle;

/** The reference cycle of a subject with these conditions and parameters (healthy woman by default); cached. */
export function femaleReferenceCycle(options: FemaleProblemOptions = {}): FemaleReferenceCycle | NoReferenceCycle {
  const problem = buildFemaleProblem(options);
  return referenceCycle(FEMALE_COMPILED, problem.c, problem.u) as FemaleReferenceCycle | NoReferenceCycle;
}

/** Floquet multipliers of the reference cycle (2 × 24 integrations of one period at tight tolerance: about a second). */
export function femaleCycleStability(reference: FemaleReferenceCycle, options: FemaleProblemOptions = {}): FloquetAnalysis {
  const problem = buildFemaleProblem(options);
  // Based at cycle day 1, a quiet phase: differences taken across the surge are less accurate.
  return floquetMultipliers(problem.rhs, reference.stateAtCycleStart, reference.periodDays * 24, reference.stateScale);
}
