/**
 * Builds the ODE problem of `female-hpg` for the generic solver: resolved
 * parameters, the subject's condition factors, agent inputs the caller may
 * switch at critical events, a right-hand side that allocates nothing, and an
 * observation function for the outputs. Time in hours.
 */
import type { RightHandSide } from '../../solver/types';
import { resolveParameters, type ParameterValues } from '../parameter';
import { FEMALE_PARAMETERS } from './parameters';
import { femaleCoefficients, type FemaleCoefficients } from './coefficients';
import { conditionFactors, type FemaleConditionId, type FemaleFactors } from './conditions';
import { noInputs, type FemaleInputs } from './inputs';
import { emptyFemaleQuantities, femaleDerivatives, femaleQuantities } from './equations';
import { writeFemaleOutputs, FEMALE_OUTPUTS } from './outputs';

/** What a female run is made of (agents come later; their inputs are already here). */
export interface FemaleProblemOptions {
  /** Parameter overrides by id (validated by the caller). */
  readonly parameters?: Readonly<Record<string, number>>;
  readonly conditions?: readonly FemaleConditionId[];
}

/** The problem: right-hand side, outputs and the mutable inputs and factors it reads. */
export interface FemaleProblem {
  readonly values: ParameterValues;
  readonly coefficients: FemaleCoefficients;
  /** Condition factors; an event may change them (a condition's onset). */
  readonly factors: FemaleFactors;
  /** Agent inputs; events switch them. */
  readonly inputs: FemaleInputs;
  readonly rhs: RightHandSide;
  /** Writes the outputs (FEMALE_OUTPUTS order) of state y into out. */
  readonly readOutputs: (t: number, y: Float64Array, out: Float64Array) => void;
  readonly outputCount: number;
}

/** Builds the problem for a subject with these conditions and parameter overrides. */
export function buildFemaleProblem(options: FemaleProblemOptions = {}): FemaleProblem {
  const values = resolveParameters(FEMALE_PARAMETERS, options.parameters ?? {});
  const coefficients = femaleCoefficients(values);
  const factors = conditionFactors(options.conditions ?? [], values);
  const inputs = noInputs();
  const q = emptyFemaleQuantities();
  const qOut = emptyFemaleQuantities();
  const rhs: RightHandSide = (_t, y, dydt) => femaleDerivatives(coefficients, factors, inputs, y, dydt, q);
  const readOutputs = (_t: number, y: Float64Array, out: Float64Array): void => {
    femaleQuantities(coefficients, factors, inputs, y, qOut);
    writeFemaleOutputs(y, qOut, out);
  };
  return { values, coefficients, factors, inputs, rhs, readOutputs, outputCount: FEMALE_OUTPUTS.length };
}
