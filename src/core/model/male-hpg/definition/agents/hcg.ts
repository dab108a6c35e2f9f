/**
 * hCG: LH-receptor agonist. Reference dose 1 = 250 IU subcutaneously every
 * other day (the dose that held intratesticular T at baseline during
 * testosterone therapy, Coviello 2005); infertility and hypogonadism regimens
 * use 1,500–5,000 IU (dose 6–20).
 * Kinetics: subcutaneous site → plasma,
 *   dx₀/dt = −ka·x₀,  dx₁/dt = ka·x₀ − ke·x₁   (x in mean amounts of the reference regimen)
 * with absorption t½ 6 h (peak 12–18 h) and elimination t½ 33 h (Pregnyl label, SC).
 * Acts: LH-receptor signal on Leydig cells = S_hCG·x₁ (units of baseline LH),
 * bypassing hypothalamus and pituitary; strong stimulation desensitizes the
 * Leydig LH receptor (the model's Ld state).
 */
import type { AgentSource } from '../../../model-source';
import type { ParameterDefinition } from '../../../parameter';

/** Parameters of this agent (ids unique across the model). */
export const HCG_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'hcgAbsorptionHalfLifeHours', value: 6, unit: 'h', min: 1, max: 24, meaning: 'Half-life of absorption from a subcutaneous injection.', source: 'Pregnyl (hCG) Swiss product information, Pharmacokinetics: peak plasma hCG 12–18 h after a subcutaneous dose; with the 33 h elimination half-life, 6 h absorption puts the model’s peak at ~18 h', group: 'agents' },
  { id: 'hcgHalfLifeHours', value: 33, unit: 'h', min: 8, max: 48, meaning: 'Elimination half-life of hCG.', source: 'Pregnyl (hCG) Swiss product information, Pharmacokinetics: terminal half-life 33–43 h after subcutaneous dosing (27–34 h intramuscular)', group: 'agents' },
  { id: 'hcgMeanSignal', value: 0.888, unit: 'baseline LH', min: 0.05, max: 20, meaning: 'Mean LH-receptor signal of the reference regimen (250 IU every other day), in units of baseline LH.', source: 'Calibrated: with LH suppressed by TE 200 mg weekly, hCG 125, 250 and 500 IU every other day hold intratesticular T at 75%, 93% and 126% of baseline (Coviello 2005 JCEM 90:2595; model 0.64, 1.01, 1.51: steeper than measured)', group: 'agents' },
];

export const HCG_SOURCE: AgentSource = {
  constants: { kHcgAbsorb: 'log(2)/hcgAbsorptionHalfLifeHours', kHcg: 'log(2)/hcgHalfLifeHours' },
  states: {
    hcgSite: { label: 'hCG at the injection site', unit: 'mean amounts of the reference regimen' },
    hcgPlasma: { label: 'hCG in plasma', unit: 'mean amounts of the reference regimen' },
  },
  inputs: { hcgInfusion: { perDose: 'kHcg' } },
  derivatives: {
    hcgSite: 'hcgInfusion - kHcgAbsorb*hcgSite',
    hcgPlasma: 'kHcgAbsorb*hcgSite - kHcg*hcgPlasma',
  },
  bolus: { hcgSite: 'kHcg*48' },
  signals: { sHcg: 'hcgMeanSignal*hcgPlasma' },
  equivalentInfusionHours: '48',
};
