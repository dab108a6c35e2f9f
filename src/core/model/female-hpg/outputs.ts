/**
 * The outputs of `female-hpg` with their clinical units: the raw values the
 * definition computes (./definition/equations.ts) before a scenario run
 * divides them by their means over the healthy reference cycle.
 */
import { FEMALE_HPG_OUTPUT_SOURCES } from './definition/equations';

/** Output ids, in column order. */
export const FEMALE_OUTPUT_IDS = ['lh', 'fsh', 'estradiol', 'progesterone', 'inhibinA', 'inhibinB', 'testosterone', 'gnrh', 'gnrhFrequency', 'follicles', 'corpusLuteum'] as const;
export type FemaleOutputId = (typeof FEMALE_OUTPUT_IDS)[number];

/** Clinical unit of each raw output. */
export const FEMALE_OUTPUT_UNITS: Readonly<Record<FemaleOutputId, string>> = {
  lh: 'IU/L', fsh: 'IU/L', estradiol: 'pg/mL', progesterone: 'ng/mL', inhibinA: 'IU/mL', inhibinB: 'pg/mL', testosterone: 'ng/mL',
  gnrh: 'model units', gnrhFrequency: 'pulses/d', follicles: 'mm', corpusLuteum: 'model units',
};

/** An output column: id, label, clinical unit, description. */
export interface FemaleOutputDefinition {
  readonly id: FemaleOutputId;
  readonly label: string;
  readonly unit: string;
  readonly description: string;
}

/** Definitions of the outputs, in column order (label and description from the definition). */
export const FEMALE_OUTPUTS: readonly FemaleOutputDefinition[] = FEMALE_OUTPUT_IDS.map((id, j) => {
  const source = FEMALE_HPG_OUTPUT_SOURCES[j]!;
  if (source.id !== id) throw new Error(`female-hpg output ${j} is ${source.id}, expected ${id}`);
  return { id, label: source.label, unit: FEMALE_OUTPUT_UNITS[id], description: source.description };
});
