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
import { CLOMIPHENE_PARAMETERS } from '../model/male-hpg/definition/agents/clomiphene';

export const CLOMIPHENE: AgentModule = {
  id: 'clomiphene',
  states: [
    { id: 'clomipheneEn', label: 'Enclomiphene (from clomiphene) in plasma', unit: 'mean amounts of the reference regimen' },
    { id: 'clomipheneZu', label: 'Zuclomiphene in plasma', unit: 'mean amounts of the reference regimen' },
  ],
  parameters: CLOMIPHENE_PARAMETERS,
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
