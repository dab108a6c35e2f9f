/**
 * Anastrozole: aromatase inhibitor; reference ~1 mg/day-equivalent.
 * Kinetics: one compartment, half-life ~50 h:
 *   dx/dt = −k·x   (x in mean amounts of the reference regimen)
 * Acts: inhibits aromatase,
 *   inhibition = I_max·x / (x + IC₅₀)
 * so estradiol falls, estrogen feedback eases, LH and testosterone rise.
 */
import type { AgentSource } from '../../../model-source';
import type { ParameterDefinition } from '../../../parameter';

/** Parameters of this agent (ids unique across the model). */
export const ANASTROZOLE_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'anastrozoleHalfLifeHours', value: 50, unit: 'h', min: 30, max: 80, meaning: 'Elimination half-life of anastrozole.', source: 'Arimidex (anastrozole) label, Clinical Pharmacology, as reproduced in drug monographs: terminal half-life ~50 h (46.8 h); ~90–95% of steady state after 7 days of 1 mg daily', group: 'agents' },
  { id: 'aromataseMaxInhibition', value: 0.659, unit: 'fraction', min: 0.3, max: 1, meaning: 'Largest fraction of aromatase activity that the inhibitor can block.', source: 'Calibrated: anastrozole 1 mg daily halves E2 in young men (Mauras 2000 JCEM 85:2370; Veldhuis & Iranmanesh 2005 JCEM 90:211; target 0.5 → model 0.60) and lowers it 35% in men 62–74 y (Leder 2004 JCEM 89:1174; target 0.65 → model 0.59); letrozole 2.5 mg/day (modelled as 4 reference doses) lowers it 46% (T’Sjoen 2005 JCEM 90:5717; target 0.54 → model 0.49). In men the testes’ own E2 and the raised T limit the fall, unlike the ~97% block of whole-body aromatization in women (Geisler 1996 Br J Cancer 74:1286)', group: 'agents' },
  { id: 'anastrozoleHalfEffect', value: 0.223, unit: 'mean amounts', min: 0.01, max: 10, meaning: 'Plasma level (in mean levels of the reference regimen) giving half of the maximal inhibition.', source: 'Calibrated, weakly (±20% moves the E2 anchors by ~4%): E2 at 1 mg daily in young men (Mauras 2000 JCEM 85:2370: −50% → model 0.60) and in men 62–74 y (Leder 2004 JCEM 89:1174: 26 → 17 pg/mL → model 0.59)', group: 'agents' },
];

export const ANASTROZOLE_SOURCE: AgentSource = {
  constants: { kAnastrozole: 'log(2)/anastrozoleHalfLifeHours' },
  states: { anastrozolePlasma: { label: 'Anastrozole in plasma', unit: 'mean amounts of the reference regimen' } },
  inputs: { anastrozoleInfusion: { perDose: 'kAnastrozole' } },
  derivatives: { anastrozolePlasma: 'anastrozoleInfusion - kAnastrozole*anastrozolePlasma' },
  bolus: { anastrozolePlasma: 'kAnastrozole*24' },
  signals: { sAI: 'aromataseMaxInhibition*anastrozolePlasma/(anastrozolePlasma + anastrozoleHalfEffect)' },
  equivalentInfusionHours: 'kAnastrozole*24/kAnastrozole',
};
