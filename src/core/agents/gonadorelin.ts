/**
 * Gonadorelin (native GnRH), given as subcutaneous boluses (twice weekly by
 * reference), as a pump (a pulse every 60–120 min: bolus regimens with
 * everyHours) or as a continuous infusion.
 *
 * Kinetics, one compartment solved in closed form (exact, and no stiff state
 * for a half-life of minutes): between events
 *   u(t) = u_ss + (u(t₀) − u_ss)·e^{−k(t − t₀)},   u_ss = infusion / k,
 * where u is the GnRH-receptor load (occupancy = load / (1 + total load)),
 * k = ln 2 / half-life (SC apparent ~24 min, Hurley 1987). A bolus adds the
 * reference pulse load × dose to u; every event re-anchors t₀.
 * Acts: GnRH-receptor agonist at the pituitary. Pulses leave the receptors
 * time to recover; continuous exposure desensitizes them (Belchetz 1978).
 */
import type { AgentModule } from './agent-module';
import { rateFromHalfLife } from './agent-module';
import { param } from './chain-agent';
import { GONADORELIN_PARAMETERS } from '../model/male-hpg/definition/agents/gonadorelin';

export const GONADORELIN: AgentModule = {
  id: 'gonadorelin',
  states: [],
  parameters: GONADORELIN_PARAMETERS,
  // One pulse adds `pulse` load; the reference infusion adds infusionLoad·k load per hour.
  equivalentInfusionHours: (p) =>
    param(p, 'gonadorelinPulseLoad') / (param(p, 'gonadorelinInfusionLoad') * rateFromHalfLife(param(p, 'gonadorelinHalfLifeMinutes') / 60)),
  create(_offset, p) {
    const k = rateFromHalfLife(param(p, 'gonadorelinHalfLifeMinutes') / 60);
    const pulse = param(p, 'gonadorelinPulseLoad');
    const infusionRatePerDose = param(p, 'gonadorelinInfusionLoad') * k;
    let anchorTime = 0;
    let anchorLoad = 0;
    let infusion = 0; // receptor load per hour
    const loadAt = (t: number): number => {
      const steady = infusion / k;
      return steady + (anchorLoad - steady) * Math.exp(-k * (t - anchorTime));
    };
    const reanchor = (t: number): void => {
      anchorLoad = loadAt(t);
      anchorTime = t;
    };
    return {
      id: 'gonadorelin',
      derivatives: () => {},
      addSignals: (t, _y, s) => {
        if (anchorLoad !== 0 || infusion !== 0) s.gnrhAgonistLoad += loadAt(t);
      },
      bolus: (_y, dose, t) => {
        reanchor(t);
        anchorLoad += dose * pulse;
      },
      setInfusion: (deltaDose, t) => {
        reanchor(t);
        infusion = Math.max(0, infusion + deltaDose * infusionRatePerDose);
      },
    };
  },
};
