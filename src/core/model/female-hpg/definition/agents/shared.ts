/**
 * Agents the female model shares with `male-hpg` because the drug is the same:
 * their kinetics (compartments, doses, half-lives, depot release) are the male
 * model's agent definitions themselves, not copies; only where an action is
 * scaled to the man it is restated for the woman.
 *
 * - GnRH agonist and antagonist depots: the same receptor-load signals
 *   (`sAgonist`, `sAntagonist`), because the female GnRH receptor has the same
 *   occupancy form, (g + agonist)/(1 + g + agonist + antagonist).
 * - Clomiphene: the same enclomiphene and zuclomiphene compartments and
 *   estrogen-receptor loads; zuclomiphene's weak estrogenic action (a fitted
 *   free parameter in men, in units of a man's baseline estradiol) is left out.
 * - Anastrozole: the same kinetics; the largest inhibition is the woman's
 *   whole-body one (see ./anastrozole.ts), not the man's net fall in estradiol.
 */
import type { AgentSource } from '../../../model-source';
import { parametersById, type ParameterDefinition } from '../../../parameter';
import { GNRH_AGONIST_PARAMETERS, GNRH_AGONIST_SOURCE } from '../../../male-hpg/definition/agents/gnrh-agonist';
import { GNRH_ANTAGONIST_PARAMETERS, GNRH_ANTAGONIST_SOURCE } from '../../../male-hpg/definition/agents/gnrh-antagonist';
import { CLOMIPHENE_PARAMETERS, CLOMIPHENE_SOURCE } from '../../../male-hpg/definition/agents/clomiphene';
import { ENCLOMIPHENE_PARAMETERS } from '../../../male-hpg/definition/agents/enclomiphene';

/** An agent of the female model: its definition and the parameters it reads. */
export interface FemaleAgent {
  readonly source: AgentSource;
  readonly parameters: readonly ParameterDefinition[];
}

export const FEMALE_GNRH_AGONIST: FemaleAgent = { source: GNRH_AGONIST_SOURCE, parameters: GNRH_AGONIST_PARAMETERS };

export const FEMALE_GNRH_ANTAGONIST: FemaleAgent = { source: GNRH_ANTAGONIST_SOURCE, parameters: GNRH_ANTAGONIST_PARAMETERS };

export const FEMALE_CLOMIPHENE: FemaleAgent = {
  source: { ...CLOMIPHENE_SOURCE, signals: { sErAntagonist: CLOMIPHENE_SOURCE.signals['sErAntagonist']! } },
  parameters: [...parametersById(ENCLOMIPHENE_PARAMETERS, 'enclomipheneHalfLifeHours'), ...parametersById(CLOMIPHENE_PARAMETERS, 'zuclomipheneHalfLifeDays', 'clomipheneEnLoad', 'clomipheneZuLoad')],
};

