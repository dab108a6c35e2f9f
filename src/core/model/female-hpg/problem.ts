/**
 * The untreated flow of the compiled `female-hpg` for a subject (parameter
 * overrides and conditions): its constants and factors, a right-hand side and
 * the raw outputs in clinical units. The cycle analyses and the clinical-unit
 * runs of ./simulate-female.ts use it; scenarios go through the registry.
 */
import type { RightHandSide } from '../../solver/types';
import { resolveParameters, type ParameterValues } from '../parameter';
import { COMPILED_MODELS } from '../compiled-models';
import { constantsFor } from '../compiled-problem';
import { untreatedFlow } from '../compiled-cycle';
import type { FemaleConditionId } from './conditions';

/** The compiled female model. */
export const FEMALE_COMPILED = COMPILED_MODELS['female-hpg'];

/** A subject of the female model. */
export interface FemaleProblemOptions {
  /** Parameter overrides by id (validated by the caller). */
  readonly parameters?: Readonly<Record<string, number>>;
  readonly conditions?: readonly FemaleConditionId[];
}

/** The flow: constants c, factors u, right-hand side, raw outputs (FEMALE_OUTPUT_IDS order). */
export interface FemaleProblem {
  readonly values: ParameterValues;
  readonly c: Float64Array;
  readonly u: Float64Array;
  readonly rhs: RightHandSide;
  readonly readOutputs: (t: number, y: Float64Array, out: Float64Array) => void;
  readonly outputCount: number;
}

/** Factors of a healthy woman with these conditions applied (in order). */
export function femaleFactors(c: Float64Array, conditions: readonly FemaleConditionId[]): Float64Array {
  const u = new Float64Array(FEMALE_COMPILED.layout.inputs.length);
  FEMALE_COMPILED.healthyFactors(u);
  for (const id of conditions) FEMALE_COMPILED.applyCondition(id, c, u);
  return u;
}

/** Builds the untreated flow of a subject with these conditions and parameter overrides. */
export function buildFemaleProblem(options: FemaleProblemOptions = {}): FemaleProblem {
  const values = resolveParameters(FEMALE_COMPILED.source.parameters, options.parameters ?? {});
  const c = constantsFor(FEMALE_COMPILED, values);
  const u = femaleFactors(c, options.conditions ?? []);
  const flow = untreatedFlow(FEMALE_COMPILED, c, u);
  return { values, c, u, rhs: flow.rhs, readOutputs: flow.rawOutputs, outputCount: FEMALE_COMPILED.layout.outputs.length };
}
