/**
 * Parameter record of the classic Smith (1980) model, with the values of its
 * CellML encoding (Smith 1980, Bull Math Biol 42:57; CellML model repository).
 * Time in hours. R (GnRH), L (LH) and T (testosterone) are in the model's
 * arbitrary concentration units; outputs are reported relative to the
 * equilibrium.
 */
import type { ParameterDefinition } from '../parameter';

const SMITH = 'Smith 1980 (Bull Math Biol 42:57), CellML encoding';

/** The parameter record of `smith-1980`. */
export const SMITH_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'c', value: 100, unit: 'conc/h', meaning: 'Maximal hypothalamic GnRH secretion rate (no testosterone feedback).', min: 10, max: 1000, source: SMITH, group: 'hypothalamus' },
  { id: 'h', value: 12, unit: '1/h', meaning: 'Strength of testosterone feedback on GnRH secretion (drive = max(0, c − h·T)).', min: 0, max: 100, source: SMITH, group: 'hypothalamus' },
  { id: 'b1', value: 1.29, unit: '1/h', meaning: 'GnRH clearance rate constant.', min: 0.1, max: 20, source: SMITH, group: 'hypothalamus' },
  { id: 'g1', value: 10, unit: '1/h', meaning: 'LH secretion per unit GnRH.', min: 0.1, max: 100, source: SMITH, group: 'pituitary' },
  { id: 'b2', value: 0.97, unit: '1/h', meaning: 'LH clearance rate constant.', min: 0.05, max: 10, source: SMITH, group: 'pituitary' },
  { id: 'g2', value: 0.7, unit: '1/h', meaning: 'Testosterone secretion per unit LH.', min: 0.01, max: 10, source: SMITH, group: 'testes' },
  { id: 'b3', value: 1.39, unit: '1/h', meaning: 'Testosterone clearance rate constant.', min: 0.05, max: 10, source: SMITH, group: 'testes' },
  {
    id: 'depotHalfLifeHours', value: 108, unit: 'h',
    meaning: 'Absorption half-life of the intramuscular testosterone depot (4.5 days).',
    min: 24, max: 240, source: 'Nankin 1987 (absorption half-life ~4–5 days)', group: 'agents',
  },
  {
    id: 'weeklyDoseRelative', value: 1.5, unit: 'dimensionless',
    meaning: 'Reference weekly testosterone dose as a multiple of one week of baseline testicular secretion.',
    min: 0.1, max: 10, source: 'chosen: a reference regimen that raises average testosterone ~1.5× (WHO 1990)', group: 'agents',
  },
];
