/**
 * Enclomiphene: the pure trans-isomer of clomiphene, a SERM, daily by mouth.
 * Kinetics: one compartment, half-life ~10 h:
 *   dx/dt = −k·x,  estrogen-receptor antagonist load = x / x̄,
 * scaled so the reference daily dose gives a mean load `enclomipheneMeanLoad`
 * at steady state (x̄ = mean amount of the reference regimen = dose / (k·24 h)).
 * Acts: blocks the estrogen receptor at hypothalamus and pituitary
 * (disinhibition); effect gone within days of stopping.
 */
import type { AgentSource } from '../../../model-source';
import type { ParameterDefinition } from '../../../parameter';

/** Parameters of this agent (ids unique across the model). */
export const ENCLOMIPHENE_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'enclomipheneHalfLifeHours', value: 10, unit: 'h', min: 5, max: 24, meaning: 'Elimination half-life of enclomiphene.', source: 'Enclomiphene 14-day PK/PD study in 52 men with low T (Wiehle/Kaminetsky group, abstract; journal not identified): elimination half-life ~10 h', group: 'agents' },
  { id: 'enclomipheneMeanLoad', value: 1.17, unit: 'receptor load', min: 0.05, max: 20, meaning: 'Mean estrogen-receptor antagonist load of the reference daily dose at steady state.', source: 'Calibrated: enclomiphene raises T to ~500–600 ng/dL in men with secondary hypogonadism (Wiehle 2014 Fertil Steril 102:720; a recalled figure, not in the abstract; target 1.9 → model 1.70) and raises FSH (assumed target 1.4 → model 1.25)', group: 'agents' },
];

export const ENCLOMIPHENE_SOURCE: AgentSource = {
  constants: { kEnclomiphene: 'log(2)/enclomipheneHalfLifeHours' },
  states: { enclomiphenePlasma: { label: 'Enclomiphene in plasma', unit: 'mean loads of the reference regimen' } },
  // Amount units are chosen so the steady-state mean amount equals 1; load = amount × meanLoad.
  inputs: { enclomipheneInfusion: { perDose: 'kEnclomiphene' } },
  derivatives: { enclomiphenePlasma: 'enclomipheneInfusion - kEnclomiphene*enclomiphenePlasma' },
  bolus: { enclomiphenePlasma: 'kEnclomiphene*24' },
  signals: { sErAntagonist: 'enclomipheneMeanLoad*enclomiphenePlasma' },
  equivalentInfusionHours: 'kEnclomiphene*24/kEnclomiphene',
};
