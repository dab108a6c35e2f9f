/**
 * Helpers that write a GynCycle parameter entry: the value published by
 * Röblitz et al. (2013, J Theor Biol 321:8–27) as curated in BioModels
 * BIOMD0000000494, with the SBML name and id of the parameter it reproduces.
 * Rates are per day, as in the paper; the right-hand side converts them to
 * per hour (definition/constants.ts). GynCycle gives no uncertainty for its fitted
 * values, so the plausible range is two-fold either way unless stated.
 */
import type { ParameterDefinition } from '../../parameter';

/** Group names of the female parameter panel. */
export type FemaleParameterGroup = 'hypothalamus' | 'pituitary' | 'receptor signals' | 'ovary' | 'steroids and inhibins' | 'conditions';

/** Source text of a GynCycle value. */
export function gynCycleSource(sbmlName: string, sbmlId: string): string {
  return `Röblitz 2013 (J Theor Biol 321:8–27), fitted to 12 women; BIOMD0000000494 ${sbmlName} (${sbmlId})`;
}

/** A GynCycle parameter: value in the paper's units, range two-fold either way unless `range` is given. */
export function gyn(
  group: FemaleParameterGroup,
  id: string,
  value: number,
  unit: string,
  meaning: string,
  sbml: readonly [name: string, id: string],
  range?: readonly [number, number],
): ParameterDefinition {
  return { id, value, unit, meaning, min: range?.[0] ?? value / 2, max: range?.[1] ?? value * 2, source: gynCycleSource(sbml[0], sbml[1]), group };
}

/** A Hill exponent of GynCycle (structural; range 1–12). */
export function gynHill(group: FemaleParameterGroup, id: string, value: number, meaning: string, sbml: readonly [string, string]): ParameterDefinition {
  return gyn(group, id, value, 'dimensionless', meaning, sbml, [1, 12]);
}
