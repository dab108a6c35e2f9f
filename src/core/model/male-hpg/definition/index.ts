/**
 * The male HPG model as data: hypothalamus (GnRH) → pituitary (LH, FSH) →
 * testes (testosterone, inhibin B, sperm production) → feedback, with
 * aromatization to estradiol, every agent and six subject conditions.
 * Sections: ./constants.ts, ./equations.ts, ./conditions.ts, ./feedback.ts,
 * ./pulse-mode.ts, ./agents/. The generated code is in ../generated/.
 *
 * Baseline is computed, not assumed: the healthy steady state is found
 * numerically from the states' baselines and every output is divided by it;
 * a subject with day-0 conditions starts at his own steady state.
 */
import type { AgentSource, ModelSource } from '../../model-source';
import type { AgentId } from '../../ids';
import type { ParameterDefinition } from '../../parameter';
import { AXIS_PARAMETERS } from '../parameters';
import { MALE_HPG_CONSTANTS } from './constants';
import { MALE_HPG_DERIVATIVES, MALE_HPG_OUTPUT_SOURCES, MALE_HPG_QUANTITIES, MALE_HPG_STATES, MALE_HPG_SWITCHES } from './equations';
import { MALE_HPG_CONDITIONS, MALE_HPG_FACTORS } from './conditions';
import { MALE_HPG_FEEDBACK } from './feedback';
import { MALE_HPG_PULSE_MODE } from './pulse-mode';
import { TESTOSTERONE_CYPIONATE_PARAMETERS, TESTOSTERONE_CYPIONATE_SOURCE } from './agents/testosterone-cypionate';
import { TESTOSTERONE_PELLET_PARAMETERS, TESTOSTERONE_PELLET_SOURCE } from './agents/testosterone-pellet';
import { TESTOSTERONE_GEL_PARAMETERS, TESTOSTERONE_GEL_SOURCE } from './agents/testosterone-gel';
import { GONADORELIN_PARAMETERS, GONADORELIN_SOURCE } from './agents/gonadorelin';
import { GNRH_AGONIST_PARAMETERS, GNRH_AGONIST_SOURCE } from './agents/gnrh-agonist';
import { GNRH_ANTAGONIST_PARAMETERS, GNRH_ANTAGONIST_SOURCE } from './agents/gnrh-antagonist';
import { CLOMIPHENE_PARAMETERS, CLOMIPHENE_SOURCE } from './agents/clomiphene';
import { ENCLOMIPHENE_PARAMETERS, ENCLOMIPHENE_SOURCE } from './agents/enclomiphene';
import { TAMOXIFEN_PARAMETERS, TAMOXIFEN_SOURCE } from './agents/tamoxifen';
import { ANASTROZOLE_PARAMETERS, ANASTROZOLE_SOURCE } from './agents/anastrozole';
import { HCG_PARAMETERS, HCG_SOURCE } from './agents/hcg';

/** Agents in the order their signals are summed and their states are laid out. */
const AGENTS: ReadonlyArray<readonly [AgentId, AgentSource, readonly ParameterDefinition[]]> = [
  ['testosterone-cypionate', TESTOSTERONE_CYPIONATE_SOURCE, TESTOSTERONE_CYPIONATE_PARAMETERS],
  ['testosterone-pellet', TESTOSTERONE_PELLET_SOURCE, TESTOSTERONE_PELLET_PARAMETERS],
  ['testosterone-gel', TESTOSTERONE_GEL_SOURCE, TESTOSTERONE_GEL_PARAMETERS],
  ['gonadorelin', GONADORELIN_SOURCE, GONADORELIN_PARAMETERS],
  ['gnrh-agonist', GNRH_AGONIST_SOURCE, GNRH_AGONIST_PARAMETERS],
  ['gnrh-antagonist', GNRH_ANTAGONIST_SOURCE, GNRH_ANTAGONIST_PARAMETERS],
  ['clomiphene', CLOMIPHENE_SOURCE, CLOMIPHENE_PARAMETERS],
  ['enclomiphene', ENCLOMIPHENE_SOURCE, ENCLOMIPHENE_PARAMETERS],
  ['tamoxifen', TAMOXIFEN_SOURCE, TAMOXIFEN_PARAMETERS],
  ['anastrozole', ANASTROZOLE_SOURCE, ANASTROZOLE_PARAMETERS],
  ['hcg', HCG_SOURCE, HCG_PARAMETERS],
];

/** Every parameter of the model: the axis, then each agent's. */
export const MALE_HPG_PARAMETERS: readonly ParameterDefinition[] = [...AXIS_PARAMETERS, ...AGENTS.flatMap(([, , p]) => p)];

export const MALE_HPG_SOURCE: ModelSource = {
  id: 'male-hpg',
  name: 'Male HPG axis',
  description:
    'GnRH, LH, FSH, testosterone, estradiol, inhibin B, intratesticular testosterone, Leydig capacity and a ' +
    'spermatogenic pipeline, with androgen and estrogen feedback at hypothalamus and pituitary, inhibin B, ' +
    'GnRH-receptor desensitization and self-priming, gonadotropin stores, and every agent.',
  parameters: MALE_HPG_PARAMETERS,
  constants: MALE_HPG_CONSTANTS,
  factors: MALE_HPG_FACTORS,
  conditions: MALE_HPG_CONDITIONS,
  signals: {
    sAndrogen: { meaning: 'exogenous testosterone input', unit: 'multiple of baseline testicular secretion' },
    sAgonist: { meaning: 'GnRH-receptor agonist load, all of it', unit: 'receptor load' },
    sPulsed: { meaning: 'given agonist load in excess of the gonadotrope’s adapted level (negative once the cell has caught up); the positive part reaches it as pulses', unit: 'receptor load' },
    sAntagonist: { meaning: 'GnRH-receptor antagonist load', unit: 'receptor load' },
    sErAntagonist: { meaning: 'estrogen-receptor antagonist load at hypothalamus and pituitary', unit: 'receptor load' },
    sErAgonist: { meaning: 'estrogen-receptor activation by partial agonists (zuclomiphene)', unit: 'baseline estradiol' },
    sAI: { meaning: 'fraction of aromatase activity blocked', unit: 'fraction' },
    sHcg: { meaning: 'LH-receptor stimulation by hCG', unit: 'baseline LH' },
  },
  states: MALE_HPG_STATES,
  quantities: MALE_HPG_QUANTITIES,
  switches: MALE_HPG_SWITCHES,
  derivatives: MALE_HPG_DERIVATIVES,
  outputs: MALE_HPG_OUTPUT_SOURCES,
  feedback: MALE_HPG_FEEDBACK,
  agents: Object.fromEntries(AGENTS.map(([id, source]) => [id, source])),
  start: 'steady-state',
  pulseMode: MALE_HPG_PULSE_MODE,
  // rtol 5e-5 keeps outputs within ~0.1% of a tight-tolerance run, including LH at the instant of a
  // gonadorelin bolus (tests/core/model/male-hpg.test.ts).
  solver: { rtol: 1e-4, atol: 1e-6 },
};
