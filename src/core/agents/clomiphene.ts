/**
 * Clomiphene citrate: a SERM mixture of ~38% enclomiphene (antagonist) and
 * ~62% zuclomiphene (weak partial agonist), daily by mouth.
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
import type { AgentModule } from './agent-module';
import { rateFromHalfLife } from './agent-module';
import { CompartmentChain } from './compartment-chain';
import { param } from './chain-agent';

export const CLOMIPHENE: AgentModule = {
  id: 'clomiphene',
  states: [
    { id: 'clomipheneEn', label: 'Enclomiphene (from clomiphene) in plasma', unit: 'mean amounts of the reference regimen' },
    { id: 'clomipheneZu', label: 'Zuclomiphene in plasma', unit: 'mean amounts of the reference regimen' },
  ],
  parameters: [
    { id: 'zuclomipheneHalfLifeDays', value: 14, unit: 'd', min: 5, max: 60, meaning: 'Elimination half-life of zuclomiphene (daily dosing accumulates it ~20-fold).', source: 'Helo 2017 (zuclomiphene clears slowly and accumulates ~20:1)', group: 'agents' },
    { id: 'clomipheneEnLoad', value: 1.2, unit: 'receptor load', min: 0.05, max: 20, meaning: 'Mean estrogen-receptor antagonist load of clomiphene’s enclomiphene at steady state.', source: 'calibrated: Helo 2017; Katz 2012', group: 'agents' },
    { id: 'clomipheneZuLoad', value: 0.6, unit: 'receptor load', min: 0, max: 20, meaning: 'Mean estrogen-receptor load of zuclomiphene at steady state.', source: 'calibrated: Helo 2017', group: 'agents' },
    { id: 'zuclomipheneAgonism', value: 0.3, unit: 'fraction', min: 0, max: 1, meaning: 'Intrinsic estrogenic activity of zuclomiphene relative to estradiol at the receptor.', source: 'assumed: weak partial agonist (brief §3)', group: 'agents' },
  ],
  // A dose adds 24 h of the infusion's input to each isomer (see bolus and setInfusion below).
  equivalentInfusionHours: () => 24,
  create(offset, p) {
    const kEn = rateFromHalfLife(param(p, 'enclomipheneHalfLifeHours'));
    const kZu = rateFromHalfLife(24 * param(p, 'zuclomipheneHalfLifeDays'));
    const en = new CompartmentChain(offset, [kEn]);
    const zu = new CompartmentChain(offset + 1, [kZu]);
    const enLoad = param(p, 'clomipheneEnLoad');
    const zuLoad = param(p, 'clomipheneZuLoad');
    const agonism = param(p, 'zuclomipheneAgonism');
    return {
      id: 'clomiphene',
      derivatives: (_t, y, dydt) => {
        en.derivatives(y, dydt);
        zu.derivatives(y, dydt);
      },
      addSignals: (_t, y, s) => {
        const z = zuLoad * zu.amount(y, 0);
        s.erAntagonistLoad += enLoad * en.amount(y, 0) + z;
        s.erAgonistActivity += agonism * z;
      },
      bolus: (y, dose) => {
        en.addBolus(y, dose * kEn * 24);
        zu.addBolus(y, dose * kZu * 24);
      },
      setInfusion: (deltaDose) => {
        en.input = Math.max(0, en.input + deltaDose * kEn);
        zu.input = Math.max(0, zu.input + deltaDose * kZu);
      },
    };
  },
};
