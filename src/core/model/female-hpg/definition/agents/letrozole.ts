/**
 * Letrozole: aromatase inhibitor; reference 2.5 mg by mouth once a day (for
 * ovulation induction, cycle days 3–7). Kinetics: one compartment,
 *   dx/dt = −k·x   (x in mean amounts of the reference regimen),
 * half-life ~2 days; acts like anastrozole, more completely:
 *   inhibition = I_max·x/(x + IC₅₀).
 * The inhibition is of peripheral aromatase; the follicles' aromatase is blocked
 * less, because there the drug competes with far more androgen substrate
 * (ovarianInhibitorShift, ../../parameters/ovary.ts). While it is taken
 * estradiol falls, the estrogen brake on FSH eases and FSH rises; after the
 * last dose estradiol production recovers within days.
 */
import type { ParameterDefinition } from '../../../parameter';
import type { FemaleAgent } from './shared';

const PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'letrozoleHalfLifeHours', value: 48, unit: 'h', min: 24, max: 96, group: 'agents', meaning: 'Elimination half-life of letrozole.', source: 'Femara (letrozole) label: terminal half-life about 2 days (the brief’s [R] value; not re-checked against the label text here)' },
  { id: 'letrozoleMaxInhibition', value: 0.99, unit: 'fraction', min: 0.5, max: 1, group: 'agents', meaning: 'Largest fraction of peripheral aromatase activity that letrozole blocks (the follicles’ share follows from it through ovarianInhibitorShift).', source: 'assumed: letrozole blocks whole-body aromatization at least as completely as anastrozole’s 96.7% (Geisler 1996, Br J Cancer 74:1286); published comparisons put it near 99%' },
  { id: 'letrozoleHalfEffect', value: 0.05, unit: 'mean amounts', min: 0.005, max: 1, group: 'agents', meaning: 'Plasma level (in mean levels of the reference regimen) giving half of the maximal inhibition.', source: 'assumed: 2.5 mg daily is near-maximal within a day or two (estradiol falls during days 3–7 of ovulation induction, Bedaiwy 2011 Reprod Biol Endocrinol 9:83); the first dose already gives ~1/3 of the steady level' },
];

export const FEMALE_LETROZOLE: FemaleAgent = {
  source: {
    constants: { kLetrozole: 'log(2)/letrozoleHalfLifeHours' },
    states: { letrozolePlasma: { label: 'Letrozole in plasma', unit: 'mean amounts of the reference regimen' } },
    inputs: { letrozoleInfusion: { perDose: 'kLetrozole' } },
    derivatives: { letrozolePlasma: 'letrozoleInfusion - kLetrozole*letrozolePlasma' },
    bolus: { letrozolePlasma: 'kLetrozole*24' },
    signals: { sAI: 'letrozoleMaxInhibition*letrozolePlasma/(letrozolePlasma + letrozoleHalfEffect)' },
    equivalentInfusionHours: '24',
  },
  parameters: PARAMETERS,
};
