/**
 * Reported outputs of `female-hpg`, in clinical units (the reference cycle,
 * not a steady state, is the healthy baseline: see ./reference-cycle.ts).
 */
import type { FemaleQuantities } from './equations';
import { F } from './states';

/** An output column: id, label, unit. */
export interface FemaleOutputDefinition {
  readonly id: FemaleOutputId;
  readonly label: string;
  readonly unit: string;
  readonly description: string;
}

/** Output ids, in column order. */
export const FEMALE_OUTPUT_IDS = ['lh', 'fsh', 'estradiol', 'progesterone', 'inhibinA', 'inhibinB', 'testosterone', 'gnrh', 'gnrhFrequency', 'follicles', 'corpusLuteum'] as const;
export type FemaleOutputId = (typeof FEMALE_OUTPUT_IDS)[number];

/** Definitions of the outputs, in column order. */
export const FEMALE_OUTPUTS: readonly FemaleOutputDefinition[] = [
  { id: 'lh', label: 'LH', unit: 'IU/L', description: 'Serum luteinizing hormone' },
  { id: 'fsh', label: 'FSH', unit: 'IU/L', description: 'Serum follicle-stimulating hormone' },
  { id: 'estradiol', label: 'Estradiol', unit: 'pg/mL', description: 'Serum estradiol, own and given' },
  { id: 'progesterone', label: 'Progesterone', unit: 'ng/mL', description: 'Serum progesterone, own and given' },
  { id: 'inhibinA', label: 'Inhibin A', unit: 'IU/mL', description: 'Serum inhibin A, from the dominant follicle and corpus luteum' },
  { id: 'inhibinB', label: 'Inhibin B', unit: 'pg/mL', description: 'Serum inhibin B, from the growing follicle cohort' },
  { id: 'testosterone', label: 'Testosterone', unit: 'ng/mL', description: 'Serum testosterone, adrenal, ovarian and given' },
  { id: 'gnrh', label: 'GnRH', unit: 'model units', description: 'Pulse-averaged GnRH reaching the pituitary' },
  { id: 'gnrhFrequency', label: 'GnRH pulse frequency', unit: 'pulses/d', description: 'GnRH pulse frequency set by estradiol and progesterone' },
  { id: 'follicles', label: 'Growing follicles', unit: 'model units', description: 'Antral and preovulatory follicles (stages 2–4 and preovulatory)' },
  { id: 'corpusLuteum', label: 'Corpus luteum', unit: 'model units', description: 'Corpus luteum, all four stages' },
];

/** Writes the outputs of state y (with its quantities q) into out, in column order. */
export function writeFemaleOutputs(y: Float64Array, q: FemaleQuantities, out: Float64Array): void {
  out[0] = q.lh.level;
  out[1] = q.fsh.level;
  out[2] = q.estradiol;
  out[3] = q.progesterone;
  out[4] = Math.max(0, y[F.InhA]!);
  out[5] = q.inhibinB;
  out[6] = q.testosterone;
  out[7] = Math.max(0, y[F.G]!);
  out[8] = q.frequency;
  out[9] = y[F.AF2]! + y[F.AF3]! + q.af4 + y[F.PrF]!;
  out[10] = y[F.Lut1]! + y[F.Lut2]! + y[F.Lut3]! + y[F.Lut4]!;
}
