/**
 * Gonadorelin (native GnRH). Reference dose 1 = one 100 µg subcutaneous
 * bolus (the clinical test dose; Factrel label), twice weekly as the
 * reference regimen. A pump gives small boluses every 60–120 min (in men
 * lacking GnRH, 25–600 ng/kg, i.e. ~2–40 µg or dose 0.02–0.4, every 2 h);
 * an infusion of dose 1 delivers the reference regimen's average rate
 * (100 µg per 3.5 days, 1.2 µg/h) continuously.
 *
 * Kinetics, solved in closed form between events (exact, and no stiff state
 * for a half-life of minutes): the GnRH-receptor load u decays with the
 * subcutaneous half-life (24 min, Hurley 1987),
 *   u(t) = u_ss + (u₀ − u_ss)·e^{−k(t − t₀)},   u_ss = infusion load rate / k.
 * The gonadotrope adapts to a sustained stimulus: its adapted level A follows u,
 *   dA/dt = kA·(u − A)
 *   A(t) = u_ss + (u₀ − u_ss)·kA/(kA − k)·(e^{−kτ} − e^{−kA·τ}) + (A₀ − u_ss)·e^{−kA·τ},  τ = t − t₀,
 * and only the excess p = max(0, u − A) reaches the cell as a pulse (the model's
 * switch `pulseExcess` locates the moment u falls below A). All of u
 * occupies receptors and stimulates release; only p keeps up the gonadotrope's
 * responsiveness (self-priming), so boluses every 1–2 h restore a GnRH-deficient
 * pituitary while a continuous infusion, at any rate, does not (Belchetz 1978;
 * Hoffman & Crowley 1982). Every event re-anchors t₀.
 */
import type { AgentSource } from '../../../model-source';
import type { ParameterDefinition } from '../../../parameter';

/** Parameters of this agent (ids unique across the model). */
export const GONADORELIN_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'gonadorelinHalfLifeMinutes', value: 24, unit: 'min', min: 2.6, max: 40, meaning: 'Apparent plasma half-life after subcutaneous injection.', source: 'Hurley 1987 JCEM 64:46 (women with hypothalamic amenorrhoea): after a subcutaneous bolus GnRH disappears with a half-life of 24 min (18–30), under 10% of the peak by 90 min', group: 'agents' },
  { id: 'gonadorelinReferenceLoad', value: 500, unit: 'receptor load', min: 1, max: 500, meaning: 'GnRH-receptor load just after one 100 µg bolus (a pulse of d × 100 µg gives d times this load).', source: 'Calibrated, at the top of its range (500): a pump of 1.75 µg (25 ng/kg) every 2 h normalizes LH within a week and T within a month in GnRH deficiency (Hoffman & Crowley 1982 NEJM 307:1237; Valk 1980 JCEM; targets LH 1.0, T 0.9 → model 0.78, 0.86) and wants a larger load per µg. The 100 µg bolus occupies nearly all receptors at any load in the range, so its LH peak hardly depends on it (Factrel label: peak 437 ± 243% over baseline; target 5 → model 4.6)', group: 'agents' },
  { id: 'gonadotropeAdaptationMinutes', value: 60, unit: 'min', min: 10, max: 600, meaning: 'Time constant with which the gonadotrope adapts to a sustained GnRH stimulus (only the excess over the adapted level acts as a pulse).', source: 'Assumed: continuous GnRH fails to maintain gonadotropin secretion where hourly pulses succeed (Belchetz 1978 Science 202:631, rhesus monkeys), while LH release holds for 19 h of continuous GnRH in normal men (0.2 µg/min in 5 men); an hour keeps a 2-hourly pump pulse-coded. Validation values moved > 5% by ±20%: 7 (docs/row-sensitivity.md)', group: 'agents' },
];

export const GONADORELIN_SOURCE: AgentSource = {
  constants: {
    kGonadorelin: 'log(2)/(gonadorelinHalfLifeMinutes/60)',
    kAdapt: '60/gonadotropeAdaptationMinutes',
    // The reference infusion delivers one 100 µg dose over the reference interval, 84 h.
    gonadorelinInfusionRate: 'gonadorelinReferenceLoad/84',
  },
  // The receptor load u and the cell's adapted level A, both solved in closed form between events.
  exact: {
    gonadorelinLoad: { label: 'Gonadorelin receptor load', unit: 'receptor load', rate: 'kGonadorelin', input: 'gonadorelinInfusion' },
    gonadorelinAdapted: { label: 'Gonadotrope adapted level', unit: 'receptor load', rate: 'kAdapt', input: 'gonadorelinInfusion', follows: 'gonadorelinLoad' },
  },
  inputs: { gonadorelinInfusion: { perDose: 'gonadorelinInfusionRate' } },
  bolus: { gonadorelinLoad: 'gonadorelinReferenceLoad' },
  signals: { sAgonist: 'gonadorelinLoad', sPulsed: 'gonadorelinLoad - gonadorelinAdapted' },
  equivalentInfusionHours: '84',
};
