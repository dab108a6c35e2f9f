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
import type { AgentSource } from '../../../model-source';
import type { ParameterDefinition } from '../../../parameter';

/** Parameters of this agent (ids unique across the model). */
export const GONADORELIN_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'gonadorelinHalfLifeMinutes', value: 24, unit: 'min', min: 2.6, max: 40, meaning: 'Apparent plasma half-life after subcutaneous injection.', source: 'Hurley 1987 (SC apparent 24 min; brief §3: 10–40 min)', group: 'agents' },
  { id: 'gonadorelinPulseLoad', value: 1, unit: 'receptor load', min: 0.1, max: 50, meaning: 'Receptor load just after one reference bolus (peak occupancy ≈ load / (1 + load)).', source: 'calibrated: a pump restores LH and FSH in GnRH deficiency without overshoot (peak occupancy 50%)', group: 'agents' },
  { id: 'gonadorelinInfusionLoad', value: 3.9, unit: 'receptor load', min: 0.1, max: 100, meaning: 'Steady receptor load of the reference continuous infusion: ten times the average of a pump pulsing every 90 min, as in the continuous arm of Belchetz 1978.', source: 'Belchetz 1978 (continuous infusion at ten times the pulsed average)', group: 'agents' },
];

export const GONADORELIN_SOURCE: AgentSource = {
  constants: { kGonadorelin: 'log(2)/(gonadorelinHalfLifeMinutes/60)' },
  // The receptor load u, solved in closed form between events (exact; no stiff state).
  exact: { gonadorelinLoad: { label: 'Gonadorelin receptor load', unit: 'receptor load', rate: 'kGonadorelin', input: 'gonadorelinInfusion' } },
  // One pulse adds `gonadorelinPulseLoad`; the reference infusion holds `gonadorelinInfusionLoad`.
  inputs: { gonadorelinInfusion: { perDose: 'gonadorelinInfusionLoad*kGonadorelin' } },
  bolus: { gonadorelinLoad: 'gonadorelinPulseLoad' },
  signals: { sAgonist: 'gonadorelinLoad' },
  equivalentInfusionHours: 'gonadorelinPulseLoad/(gonadorelinInfusionLoad*kGonadorelin)',
};
