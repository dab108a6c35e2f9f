/**
 * Testosterone cypionate: intramuscular oil depot. Reference dose 1 = 200 mg
 * every week (the contraceptive-trial regimen of WHO 1990, given there as the
 * enanthate, whose kinetics are alike).
 * Kinetics: injection site → absorbing depot → serum (two first-order steps),
 *   dx₀/dt = −k₀·x₀,  dx₁/dt = k₀·x₀ − k₁·x₁,  androgen input = k₁·x₁,
 * with the depot absorbing at a half-life of 4.5 days (enanthate SmPC; the
 * cypionate label's apparent half-life of ~8 days includes the release from the
 * oil), which puts the serum peak on day 2–3 (Nankin 1987: peak days 2–5, back to
 * baseline by days 13–14). Amounts are hours of baseline testicular secretion.
 * Acts: adds testosterone to serum (and estradiol through aromatase).
 */
import type { AgentSource } from '../../../model-source';
import type { ParameterDefinition } from '../../../parameter';

/** Parameters of this agent (ids unique across the model). */
export const TESTOSTERONE_CYPIONATE_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'cypionateReleaseHalfLifeDays', value: 1, unit: 'd', min: 0.25, max: 5, meaning: 'Half-life of release from the oil at the injection site into the absorbing depot.', source: 'Nankin 1987 Fertil Steril 47:1004 (11 hypogonadal men, 200 mg cypionate): serum T peaks on days 2–5; enanthate 250 mg peaks at 1.5–3 days (Testoviron-Depot SmPC, as quoted second-hand). Chosen by hand so the model peaks within those days; validation row V4 checks the same observation', group: 'agents' },
  { id: 'cypionateAbsorptionHalfLifeDays', value: 4.5, unit: 'd', min: 2, max: 10, meaning: 'Absorption half-life of the depot.', source: 'Testosterone enanthate 250 mg SmPC (Testoviron-Depot, as quoted second-hand): serum T falls with a half-life of ~4.5 days after the peak (release-limited); the cypionate label’s apparent ~8 days includes the release from the oil', group: 'agents' },
  { id: 'cypionateDoseWeeks', value: 2.2, unit: 'weeks of baseline secretion', min: 0.2, max: 10, meaning: 'Testosterone reaching the blood from one 200 mg injection, in weeks of healthy testicular output.', source: 'Matsumoto 1990 JCEM 70:282 (51 men, 6 months): weekly enanthate 100 and 300 mg give mean T 1.5 and 3 times placebo; 2.2 is the interpolation at 200 mg. With it the model gives 1.27 and 3.38 (docs/calibration.md)', group: 'agents' },
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
  equivalentInfusionHours: '168',
};
