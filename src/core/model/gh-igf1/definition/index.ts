/**
 * The somatotropic axis as data: GHRH and somatostatin (periventricular and
 * arcuate) → pituitary GH (a releasable store) → liver IGF-1, with IGF-1 and
 * GH feedback through somatostatin and at the somatotroph, a ghrelin-receptor
 * (GHS-R) input that desensitizes, GH secretagogues and somatropin, and four
 * subject conditions. Basis: Farhy, Bowers & Veldhuis 2007, pulse-averaged
 * (./equations.ts), with explicit GH pulses as an option (./pulse-mode.ts).
 * Sections: ./constants.ts, ./equations.ts, ./conditions.ts, ./feedback.ts,
 * ./pulse-mode.ts, ./agents/. The generated code is in ../generated/.
 *
 * Baseline is computed, not assumed: the healthy young man's steady state is
 * found numerically from the states' baselines and every output is divided by
 * it; a subject with day-0 conditions starts at his own steady state.
 */
import type { AgentSource, ModelSource } from '../../model-source';
import type { AgentId } from '../../ids';
import type { ParameterDefinition } from '../../parameter';
import { GH_AXIS_PARAMETERS } from '../parameters';
import { GH_IGF1_CONSTANTS } from './constants';
import { GH_IGF1_DERIVATIVES, GH_IGF1_OUTPUT_SOURCES, GH_IGF1_QUANTITIES, GH_IGF1_STATES } from './equations';
import { GH_IGF1_CONDITIONS, GH_IGF1_FACTORS } from './conditions';
import { GH_IGF1_FEEDBACK } from './feedback';
import { GH_IGF1_PULSE_MODE } from './pulse-mode';
import { SERMORELIN_PARAMETERS, SERMORELIN_SOURCE } from './agents/sermorelin';
import { CJC_1295_DAC_PARAMETERS, CJC_1295_DAC_SOURCE } from './agents/cjc-1295-dac';
import { MOD_GRF_PARAMETERS, MOD_GRF_SOURCE } from './agents/mod-grf-1-29';
import { TESAMORELIN_PARAMETERS, TESAMORELIN_SOURCE } from './agents/tesamorelin';
import { IPAMORELIN_PARAMETERS, IPAMORELIN_SOURCE } from './agents/ipamorelin';
import { HEXARELIN_PARAMETERS, HEXARELIN_SOURCE } from './agents/hexarelin';
import { IBUTAMOREN_PARAMETERS, IBUTAMOREN_SOURCE } from './agents/ibutamoren';
import { SOMATROPIN_PARAMETERS, SOMATROPIN_SOURCE } from './agents/somatropin';
import { MECASERMIN_PARAMETERS, MECASERMIN_SOURCE } from './agents/mecasermin';

/** Agents in the order their signals are summed and their states are laid out. */
const AGENTS: ReadonlyArray<readonly [AgentId, AgentSource, readonly ParameterDefinition[]]> = [
  ['sermorelin', SERMORELIN_SOURCE, SERMORELIN_PARAMETERS],
  ['cjc-1295-dac', CJC_1295_DAC_SOURCE, CJC_1295_DAC_PARAMETERS],
  ['mod-grf-1-29', MOD_GRF_SOURCE, MOD_GRF_PARAMETERS],
  ['tesamorelin', TESAMORELIN_SOURCE, TESAMORELIN_PARAMETERS],
  ['ipamorelin', IPAMORELIN_SOURCE, IPAMORELIN_PARAMETERS],
  ['hexarelin', HEXARELIN_SOURCE, HEXARELIN_PARAMETERS],
  ['ibutamoren', IBUTAMOREN_SOURCE, IBUTAMOREN_PARAMETERS],
  ['somatropin', SOMATROPIN_SOURCE, SOMATROPIN_PARAMETERS],
  ['mecasermin', MECASERMIN_SOURCE, MECASERMIN_PARAMETERS],
];

/** Every parameter of the model: the axis, then each agent's. */
export const GH_IGF1_PARAMETERS: readonly ParameterDefinition[] = [...GH_AXIS_PARAMETERS, ...AGENTS.flatMap(([, , p]) => p)];

export const GH_IGF1_SOURCE: ModelSource = {
  id: 'gh-igf1',
  name: 'Somatotropic axis (GH, IGF-1)',
  description:
    'GHRH, somatostatin, pituitary GH with a releasable store, and IGF-1 from the liver, with IGF-1 and GH ' +
    'feedback through somatostatin and at the pituitary, a ghrelin receptor that desensitizes, GH ' +
    'secretagogues (GHRH analogues and ghrelin mimetics), and somatropin and mecasermin (IGF-1) as contrasts. Pulse-averaged, or with explicit GH pulses over short windows.',
  parameters: GH_IGF1_PARAMETERS,
  constants: GH_IGF1_CONSTANTS,
  factors: GH_IGF1_FACTORS,
  conditions: GH_IGF1_CONDITIONS,
  signals: {
    sGhrh: { meaning: 'GHRH-receptor agonists in plasma (GHRH analogues)', unit: 'pg/mL GHRH-equivalent' },
    sGhs: { meaning: 'ghrelin-receptor agonist load of agents', unit: 'GHS units' },
    sGhIn: { meaning: 'exogenous GH entering plasma', unit: 'ng/mL/h' },
    sIgfIn: { meaning: 'exogenous IGF-1 entering serum', unit: 'µg/L/h' },
  },
  states: GH_IGF1_STATES,
  quantities: GH_IGF1_QUANTITIES,
  switches: {},
  derivatives: GH_IGF1_DERIVATIVES,
  outputs: GH_IGF1_OUTPUT_SOURCES,
  feedback: GH_IGF1_FEEDBACK,
  agents: Object.fromEntries(AGENTS.map(([id, source]) => [id, source])),
  start: 'steady-state',
  pulseMode: GH_IGF1_PULSE_MODE,
  solver: { rtol: 1e-4, atol: 1e-6 },
};
