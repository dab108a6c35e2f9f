/**
 * Testosterone pellets: fused crystalline testosterone implanted under the
 * skin. Reference dose 1 = 1200 mg (six 200 mg implants; Handelsman 1992);
 * commercial 75 mg pellets are used 150–450 mg at a time (dose 0.125–0.375).
 * Kinetics: the implant dissolves from its surface at a nearly constant rate
 * until little is left (zero-order release for months, then a tail),
 *   dx/dt = −Vmax·x/(x + Km),   androgen input = Vmax·x/(x + Km),
 * with x the testosterone left (hours of baseline testicular secretion).
 * Release starts at ~1.3–1.5 mg/day per 200 mg pellet (Handelsman 1990;
 * Kelleher 2004): ~8.5 mg/day for the reference dose, 1.3 times a man's own
 * production; serum T holds a plateau to day ~63 and returns to baseline by
 * months 5–10 (Jockenhövel 1996: mean residence 87 days).
 */
import type { AgentSource } from '../../../model-source';
import type { ParameterDefinition } from '../../../parameter';

/** Parameters of this agent (ids unique across the model). */
export const TESTOSTERONE_PELLET_PARAMETERS: readonly ParameterDefinition[] = [
  { id: 'pelletInitialReleaseMgPerDay', value: 8.5, unit: 'mg/day', min: 1, max: 30, meaning: 'Release rate of the reference 1200 mg implant in its first weeks.', source: 'Handelsman 1990 JCEM 71:216 (43 men, 111 implantations): 1.5 mg/day per 200 mg pellet (95% CL 1.3–1.6); Kelleher 2004 Clin Endocrinol: 1.34 mg/day per 200 mg; six pellets: 8.0–9.0 mg/day', group: 'agents' },
  { id: 'pelletTailFraction', value: 0.2, unit: 'fraction', min: 0.01, max: 2, meaning: 'Share of the implant left when release has slowed to half its initial rate (Km / initial amount).', source: 'Jockenhövel 1996 Clin Endocrinol 45:61 (14 hypogonadal men, 1200 mg): serum T holds a plateau to day 63, mean residence 87 days, near baseline by day 180–300. Chosen by hand to give that shape; validation row V35 checks the same observation', group: 'agents' },
];

export const TESTOSTERONE_PELLET_SOURCE: AgentSource = {
  // 1200 mg is 1200/6.5 days of a man's own production (6.5 mg/day), in hours.
  constants: {
    pelletAmount: '24*1200/6.5',
    pelletKm: 'pelletTailFraction*pelletAmount',
    pelletVmax: 'pelletInitialReleaseMgPerDay/6.5*(1 + pelletTailFraction)',
  },
  states: { pelletImplant: { label: 'Testosterone left in the implant', unit: 'h of baseline secretion' } },
  // An infusion of 1 implants the reference amount spread over six months.
  inputs: { pelletInfusion: { perDose: 'pelletAmount/(180*24)' } },
  derivatives: { pelletImplant: 'pelletInfusion - pelletVmax*pos(pelletImplant)/(pos(pelletImplant) + pelletKm)' },
  bolus: { pelletImplant: 'pelletAmount' },
  signals: { sAndrogen: 'pelletVmax*pos(pelletImplant)/(pos(pelletImplant) + pelletKm)' },
  equivalentInfusionHours: '180*24',
};
