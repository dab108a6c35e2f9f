/** Reported outputs of the male HPG model (CSV columns), relative to the healthy baseline. */
import type { OutputDefinition } from '../model-definition';
import type { AxisQuantities } from './equations';
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
  {
    id: 'ownTestosterone',
    label: 'Testosterone made by the testes',
    description: 'Testosterone the testes themselves secrete, without any that is given; relative to a healthy man',
  },
];

/** Raw (unnormalized) output values, in column order, from a state and its derived quantities. */
export function rawOutputs(y: Float64Array, q: AxisQuantities, out: Float64Array): void {
  out[0] = q.gnrh;
  out[1] = q.lh;
  out[2] = y[S.F]!;
  out[3] = q.testosterone;
  out[4] = q.estradiol;
  out[5] = y[S.B]!;
  out[6] = y[S.I]!;
  out[7] = y[S.C]!;
  out[8] = y[S.Z]!;
  out[9] = q.secretion;
}
