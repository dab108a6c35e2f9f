/**
 * Testosterone cypionate: intramuscular oil depot, weekly injection.
 * Kinetics: injection site → absorbing depot → serum (two first-order steps),
 *   dx₀/dt = −k₀·x₀,  dx₁/dt = k₀·x₀ − k₁·x₁,  androgen input = k₁·x₁,
 * which puts the serum peak 2–3 days after a dose (Nankin 1987: peak days 2–5,
 * back by days 13–14). Amounts are hours of baseline testicular secretion.
 * Acts: adds testosterone to serum (and estradiol through aromatase).
 */
import type { AgentSource } from '../../../model-source';
import type { ParameterDefinition } from '../../../parameter';

/** Parameters of this agent (ids unique across the model). */
export const TESTOSTERONE_CYPIONATE_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'cypionateReleaseHalfLifeDays', value: 1, unit: 'd', min: 0.25, max: 5, meaning: 'Half-life of release from the oil at the injection site.', source: 'calibrated: peak on days 2–5 (Nankin 1987)', group: 'agents' },
  { id: 'cypionateAbsorptionHalfLifeDays', value: 3, unit: 'd', min: 1, max: 8, meaning: 'Absorption half-life of the depot.', source: 'brief §3 (depot absorption ~4–5 d; label apparent half-life ~8 d), calibrated with Nankin 1987', group: 'agents' },
  { id: 'cypionateDoseWeeks', value: 1.9, unit: 'weeks of baseline secretion', min: 0.2, max: 10, meaning: 'Testosterone in one reference injection, as weeks of healthy testicular output.', source: 'calibrated: weekly dose raises average T ~1.3–2.5× (WHO 1990; TE 200 mg/wk: 661 → ~1050 ng/dL)', group: 'agents' },
];

export const TESTOSTERONE_CYPIONATE_SOURCE: AgentSource = {
  constants: { kCypRelease: 'log(2)/(24*cypionateReleaseHalfLifeDays)', kCypAbsorb: 'log(2)/(24*cypionateAbsorptionHalfLifeDays)' },
  states: {
    cypionateSite: { label: 'Cypionate at the injection site', unit: 'h of baseline secretion' },
    cypionateDepot: { label: 'Cypionate absorbing depot', unit: 'h of baseline secretion' },
  },
  inputs: { cypionateInfusion: { perDose: 'cypionateDoseWeeks' } },
  derivatives: {
    cypionateSite: 'cypionateInfusion - kCypRelease*cypionateSite',
    cypionateDepot: 'kCypRelease*cypionateSite - kCypAbsorb*cypionateDepot',
  },
  bolus: { cypionateSite: 'cypionateDoseWeeks*168' },
  signals: { sAndrogen: 'kCypAbsorb*cypionateDepot' },
  equivalentInfusionHours: 'cypionateDoseWeeks*168/cypionateDoseWeeks',
};
