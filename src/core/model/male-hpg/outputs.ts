/** Reported outputs of the male HPG model (CSV columns), relative to the healthy baseline. */
import type { OutputDefinition } from '../model-definition';
import { S } from './states';

/** Output definitions, in column order. */
export const MALE_HPG_OUTPUTS: readonly OutputDefinition[] = [
  { id: 'gnrh', label: 'GnRH', description: 'Hypothalamic GnRH output (pulse-averaged unless pulses are shown)' },
  { id: 'lh', label: 'LH', description: 'Serum luteinizing hormone' },
  { id: 'fsh', label: 'FSH', description: 'Serum follicle-stimulating hormone' },
  { id: 'testosterone', label: 'Testosterone', description: 'Serum testosterone, own and given' },
  { id: 'estradiol', label: 'Estradiol', description: 'Serum estradiol, mostly made from testosterone by aromatase' },
  { id: 'inhibinB', label: 'Inhibin B', description: 'Serum inhibin B from Sertoli and germ cells' },
  { id: 'itt', label: 'Intratesticular T', description: 'Testosterone inside the testes, which sperm production needs' },
  { id: 'leydig', label: 'Leydig capacity', description: 'How much testosterone the Leydig cells can make (slow, follows LH)' },
  { id: 'sperm', label: 'Sperm production', description: 'Sperm output index (weeks to months to change)' },
];

/** State index of each output. */
export const OUTPUT_STATE_INDEX: readonly number[] = [S.G, S.L, S.F, S.T, S.E, S.B, S.I, S.C, S.Z];
