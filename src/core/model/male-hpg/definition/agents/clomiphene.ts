/**
 * Clomiphene citrate: a SERM mixture of ~62% enclomiphene (antagonist) and
 * ~38% zuclomiphene (weak partial agonist). Reference dose 1 = 25 mg by mouth
 * once a day (Helo 2017).
 * Kinetics: two parallel one-compartment isomers,
 *   dx_en/dt = −k_en·x_en   (half-life ~10 h)
 *   dx_zu/dt = −k_zu·x_zu   (half-life of weeks: accumulates ~20-fold on daily dosing, Helo 2017)
 * with amounts scaled so each isomer's steady-state mean amount of the
 * reference regimen is 1.
 * Acts at the estrogen receptor of hypothalamus and pituitary:
 *   antagonist load  = L_en·x_en + L_zu·x_zu
 *   agonist activity = α_zu·L_zu·x_zu     (zuclomiphene's partial agonism)
 * Both isomers run in one chain object per isomer; a dose feeds both.
 */
import type { AgentSource } from '../../../model-source';
import type { ParameterDefinition } from '../../../parameter';

/** Parameters of this agent (ids unique across the model). */
export const CLOMIPHENE_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'zuclomipheneHalfLifeDays', value: 14, unit: 'd', min: 5, max: 60, meaning: 'Elimination half-life of zuclomiphene (daily dosing accumulates it ~20-fold over enclomiphene).', source: 'Helo 2017 BJU Int 119:171: median serum zuclomiphene 44.0 vs enclomiphene 2.2 ng/mL on 25 mg daily (20:1 from a 38:62 mixture: with enclomiphene’s 10 h half-life, ~14 days)', group: 'agents' },
  { id: 'clomipheneEnLoad', value: 2.03, unit: 'receptor load', min: 0.05, max: 20, meaning: 'Mean estrogen-receptor antagonist load of clomiphene’s enclomiphene at steady state.', source: 'Calibrated: clomiphene 25 mg daily in hypogonadal men raises T 2.4-fold, LH 1.5-fold and E2 2-fold (Helo 2017 BJU Int 119:171: T 205 → 488 ng/dL, LH 4.0 → 6.1, E2 17 → 34 pg/mL; targets 2.3, 1.55, 2.0 → model 1.88, 2.42, 1.60, all missed) and T 1.4 times more than anastrozole (Helo 2015 J Sex Med 12:1761: 571 vs 408 ng/dL; model 1.09, missed)', group: 'agents' },
  { id: 'clomipheneZuLoad', value: 0.368, unit: 'receptor load', min: 0, max: 20, meaning: 'Mean estrogen-receptor load of zuclomiphene at steady state.', source: 'Assumed: zuclomiphene, which accumulates ~20-fold over enclomiphene on daily clomiphene (Helo 2017 BJU Int 119:171), occupies the estrogen receptor too. It was free in the fit but no anchor responds to it. No validation value depends on it (docs/row-sensitivity.md)', group: 'agents' },
  { id: 'zuclomipheneAgonism', value: 0.222, unit: 'fraction', min: 0, max: 1, meaning: 'Intrinsic estrogenic activity of zuclomiphene relative to estradiol at the receptor.', source: 'Assumed: zuclomiphene acts as a weak estrogen (partial agonist); no measurement of its intrinsic activity in men was found. It was free in the fit but no anchor responds to it. No validation value depends on it (docs/row-sensitivity.md)', group: 'agents' },
];

export const CLOMIPHENE_SOURCE: AgentSource = {
  constants: { kClomEn: 'log(2)/enclomipheneHalfLifeHours', kClomZu: 'log(2)/(24*zuclomipheneHalfLifeDays)' },
  states: {
    clomipheneEn: { label: 'Enclomiphene (from clomiphene) in plasma', unit: 'mean amounts of the reference regimen' },
    clomipheneZu: { label: 'Zuclomiphene in plasma', unit: 'mean amounts of the reference regimen' },
  },
  // A dose adds 24 h of the infusion's input to each isomer.
  inputs: { clomEnInfusion: { perDose: 'kClomEn' }, clomZuInfusion: { perDose: 'kClomZu' } },
  derivatives: {
    clomipheneEn: 'clomEnInfusion - kClomEn*clomipheneEn',
    clomipheneZu: 'clomZuInfusion - kClomZu*clomipheneZu',
  },
  bolus: { clomipheneEn: 'kClomEn*24', clomipheneZu: 'kClomZu*24' },
  signals: {
    sErAntagonist: 'clomipheneEnLoad*clomipheneEn + clomipheneZuLoad*clomipheneZu',
    sErAgonist: 'zuclomipheneAgonism*(clomipheneZuLoad*clomipheneZu)',
  },
  equivalentInfusionHours: '24',
};
