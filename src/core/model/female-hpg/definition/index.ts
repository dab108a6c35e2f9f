/**
 * The female HPG model as data: GynCycle (Röblitz et al. 2013, J Theor Biol
 * 321:8) reduced to 24 states — pulse-averaged GnRH, the pituitary GnRH
 * receptor (male-hpg's desensitization and down-regulation), LH and FSH pools,
 * lagged estrogen-, progesterone- and androgen-receptor signals, antral
 * follicle stages, the ovulatory follicle, scar and corpus luteum, estradiol,
 * progesterone and inhibins. Sections: ./constants.ts, ./equations.ts,
 * ./conditions.ts, ./feedback.ts; the parameter record is ../parameters/.
 *
 * The healthy baseline is a rhythm: `start: 'limit-cycle'` makes the runtime
 * find the reference cycle numerically from the states' baselines (GynCycle's
 * initial values), start runs on its cycle day 1 (progesterone falling below
 * 3 ng/mL, standing in for the onset of menses) and report every output
 * relative to its mean over that cycle.
 */
import type { ModelSource } from '../../model-source';
import { FEMALE_PARAMETERS } from '../parameters';
import { FEMALE_HPG_CONSTANTS } from './constants';
import { FEMALE_HPG_DERIVATIVES, FEMALE_HPG_OUTPUT_SOURCES, FEMALE_HPG_QUANTITIES, FEMALE_HPG_STATES } from './equations';
import { FEMALE_HPG_CONDITIONS, FEMALE_HPG_FACTORS } from './conditions';
import { FEMALE_HPG_FEEDBACK } from './feedback';
import type { AgentId } from '../../ids';
import type { ParameterDefinition } from '../../parameter';
import { FEMALE_CLOMIPHENE, FEMALE_GNRH_AGONIST, FEMALE_GNRH_ANTAGONIST, type FemaleAgent } from './agents/shared';
import { FEMALE_ANASTROZOLE } from './agents/anastrozole';
import { FEMALE_LETROZOLE } from './agents/letrozole';
import { FEMALE_ESTRADIOL_PATCH } from './agents/estradiol-patch';
import { FEMALE_PROGESTERONE_ORAL } from './agents/progesterone-oral';
import { FEMALE_COMBINED_ORAL_CONTRACEPTIVE } from './agents/combined-oral-contraceptive';
import { FEMALE_PROGESTERONE_CREAM } from './agents/progesterone-cream';
import { FEMALE_ESTRADIOL_PELLET } from './agents/estradiol-pellet';
import { FEMALE_TESTOSTERONE_CREAM } from './agents/testosterone-cream';
import { FEMALE_TESTOSTERONE_PELLET } from './agents/testosterone-pellet';
import { FEMALE_TESTOSTERONE_CYPIONATE } from './agents/testosterone-cypionate';

/** Agents in the order their signals are summed and their states are laid out. */
const AGENTS: ReadonlyArray<readonly [AgentId, FemaleAgent]> = [
  ['estradiol-patch', FEMALE_ESTRADIOL_PATCH],
  ['estradiol-pellet', FEMALE_ESTRADIOL_PELLET],
  ['progesterone-oral', FEMALE_PROGESTERONE_ORAL],
  ['progesterone-cream', FEMALE_PROGESTERONE_CREAM],
  ['testosterone-cream', FEMALE_TESTOSTERONE_CREAM],
  ['combined-oral-contraceptive', FEMALE_COMBINED_ORAL_CONTRACEPTIVE],
  ['clomiphene', FEMALE_CLOMIPHENE],
  ['letrozole', FEMALE_LETROZOLE],
  ['anastrozole', FEMALE_ANASTROZOLE],
  ['gnrh-agonist', FEMALE_GNRH_AGONIST],
  ['gnrh-antagonist', FEMALE_GNRH_ANTAGONIST],
  // Appended, so the states of the agents above keep their positions.
  ['testosterone-pellet', FEMALE_TESTOSTERONE_PELLET],
  ['testosterone-cypionate', FEMALE_TESTOSTERONE_CYPIONATE],
];

/** Every parameter of the model: the axis and conditions, then each agent's. */
export const FEMALE_HPG_PARAMETERS: readonly ParameterDefinition[] = [...FEMALE_PARAMETERS, ...AGENTS.flatMap(([, a]) => a.parameters)];

export const FEMALE_HPG_SOURCE: ModelSource = {
  id: 'female-hpg',
  name: 'Female HPG axis (menstrual cycle)',
  description:
    'GnRH, LH, FSH, estradiol, progesterone, inhibins A and B and the follicle–corpus luteum sequence of a ' +
    'menstrual cycle (GynCycle, Röblitz 2013, reduced): estradiol brakes the axis, then switches to positive ' +
    'feedback and triggers the LH surge; progesterone slows GnRH pulses; inhibins tie FSH to the follicles.',
  parameters: FEMALE_HPG_PARAMETERS,
  constants: FEMALE_HPG_CONSTANTS,
  factors: FEMALE_HPG_FACTORS,
  conditions: FEMALE_HPG_CONDITIONS,
  signals: {
    sE2: { meaning: 'estradiol given (patch, pellet), added to serum estradiol', unit: 'pg/mL' },
    sErAgonist: { meaning: 'estrogen-receptor activation by estrogens not measured as estradiol (ethinylestradiol)', unit: 'pg/mL estradiol-equivalent' },
    sErAntagonist: { meaning: 'estrogen-receptor antagonist load at hypothalamus and pituitary (SERMs)', unit: 'receptor load' },
    sP4: { meaning: 'progesterone given, added to serum progesterone', unit: 'ng/mL' },
    sPrAgonist: { meaning: 'progesterone-receptor activation by progestins', unit: 'ng/mL progesterone-equivalent' },
    sT: { meaning: 'testosterone given, added to serum testosterone', unit: 'ng/mL' },
    sAI: { meaning: 'fraction of peripheral aromatase activity blocked (the follicles are blocked less: ovarianInhibitorShift)', unit: 'fraction' },
    sAgonist: { meaning: 'GnRH-receptor agonist load', unit: 'receptor load' },
    sAntagonist: { meaning: 'GnRH-receptor antagonist load', unit: 'receptor load' },
  },
  states: FEMALE_HPG_STATES,
  quantities: FEMALE_HPG_QUANTITIES,
  switches: {},
  derivatives: FEMALE_HPG_DERIVATIVES,
  outputs: FEMALE_HPG_OUTPUT_SOURCES,
  feedback: FEMALE_HPG_FEEDBACK,
  agents: Object.fromEntries(AGENTS.map(([id, a]) => [id, a.source])),
  start: 'limit-cycle',
  cycle: { marker: 'lh', minPeak: 20, dayOne: { output: 'progesterone', fallsBelow: 3 } },
  // DOPRI5 at rtol 1e-4: fastest here, the remaining stiffness being mild (docs/model.md).
  solver: { rtol: 1e-4, atol: 1e-6 },
};
