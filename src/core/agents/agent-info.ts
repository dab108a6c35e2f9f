/**
 * What a user needs to know about each agent, independent of any model:
 * display name, class, where it acts, and its reference regimen (dose 1.0).
 * The app's toggles, the timeline and the docs read this record.
 */
import type { AgentId } from '../model/ids';
import type { RegimenMode } from '../scenario/types';

/** Where an agent acts on the axis (for the loop diagram). */
export type AgentSite = 'hypothalamus' | 'pituitary' | 'testes' | 'aromatase' | 'circulation';

/** Reference regimen of an agent: the schedule a toggle switches on. */
export interface ReferenceRegimen {
  readonly mode: RegimenMode;
  /** Bolus interval in days (or hours when `everyHours` is set). */
  readonly everyDays?: number;
  readonly everyHours?: number;
  /** Plain description of dose 1.0, e.g. "one injection a week". */
  readonly description: string;
}

/** Display record of one agent. */
export interface AgentInfo {
  readonly id: AgentId;
  /** Accessible name of the agent's toggle in the app. */
  readonly displayName: string;
  readonly agentClass: string;
  readonly sites: readonly AgentSite[];
  /** One sentence on how it acts. */
  readonly action: string;
  readonly reference: ReferenceRegimen;
}

/** Every agent, in the order the app lists them. */
export const AGENT_INFO: Readonly<Record<AgentId, AgentInfo>> = {
  'testosterone-cypionate': {
    id: 'testosterone-cypionate', displayName: 'Testosterone cypionate', agentClass: 'Exogenous androgen (intramuscular oil depot)',
    sites: ['circulation'], action: 'Adds testosterone to the blood; the brain reads it as feedback and turns the axis down.',
    reference: { mode: 'bolus', everyDays: 7, description: 'one intramuscular injection a week' },
  },
  'testosterone-pellet': {
    id: 'testosterone-pellet', displayName: 'Testosterone pellet', agentClass: 'Exogenous androgen (subcutaneous implant)',
    sites: ['circulation'], action: 'Releases testosterone slowly for months after one implantation.',
    reference: { mode: 'bolus', everyDays: 180, description: 'one implant set every six months' },
  },
  'testosterone-gel': {
    id: 'testosterone-gel', displayName: 'Testosterone gel', agentClass: 'Exogenous androgen (daily transdermal)',
    sites: ['circulation'], action: 'Gives a nearly steady testosterone level through the skin.',
    reference: { mode: 'bolus', everyDays: 1, description: 'one application a day' },
  },
  gonadorelin: {
    id: 'gonadorelin', displayName: 'Gonadorelin', agentClass: 'Native GnRH',
    sites: ['pituitary'], action: 'Stimulates the pituitary GnRH receptor: pulses keep it responsive, continuous exposure desensitizes it.',
    reference: { mode: 'bolus', everyDays: 3.5, description: 'one subcutaneous injection twice a week' },
  },
  'gnrh-agonist': {
    id: 'gnrh-agonist', displayName: 'GnRH agonist', agentClass: 'Long-acting GnRH agonist depot (leuprolide-like)',
    sites: ['pituitary'], action: 'Stimulates the GnRH receptor without pause: a flare first, then desensitization.',
    reference: { mode: 'bolus', everyDays: 28, description: 'one depot injection a month' },
  },
  'gnrh-antagonist': {
    id: 'gnrh-antagonist', displayName: 'GnRH antagonist', agentClass: 'GnRH receptor blocker (degarelix-like)',
    sites: ['pituitary'], action: 'Blocks the GnRH receptor: LH and FSH fall at once, without a flare.',
    reference: { mode: 'bolus', everyDays: 28, description: 'one depot injection a month' },
  },
  clomiphene: {
    id: 'clomiphene', displayName: 'Clomiphene', agentClass: 'SERM (enclomiphene + zuclomiphene mixture)',
    sites: ['hypothalamus', 'pituitary'], action: 'Blocks estrogen feedback in the brain; its zuclomiphene part lingers for weeks.',
    reference: { mode: 'bolus', everyDays: 1, description: 'one tablet a day' },
  },
  enclomiphene: {
    id: 'enclomiphene', displayName: 'Enclomiphene', agentClass: 'SERM (pure trans-isomer)',
    sites: ['hypothalamus', 'pituitary'], action: 'Blocks estrogen feedback in the brain; gone within days of stopping.',
    reference: { mode: 'bolus', everyDays: 1, description: 'one tablet a day' },
  },
  tamoxifen: {
    id: 'tamoxifen', displayName: 'Tamoxifen', agentClass: 'SERM',
    sites: ['hypothalamus', 'pituitary'], action: 'Blocks estrogen feedback in the brain; builds up over about four weeks.',
    reference: { mode: 'bolus', everyDays: 1, description: 'one tablet a day' },
  },
  anastrozole: {
    id: 'anastrozole', displayName: 'Anastrozole', agentClass: 'Aromatase inhibitor',
    sites: ['aromatase'], action: 'Slows the conversion of testosterone to estradiol, easing estrogen feedback.',
    reference: { mode: 'bolus', everyDays: 1, description: 'one 1 mg-equivalent tablet a day' },
  },
  hcg: {
    id: 'hcg', displayName: 'hCG', agentClass: 'LH-receptor agonist',
    sites: ['testes'], action: 'Acts like LH on the testes directly, bypassing the brain and pituitary.',
    reference: { mode: 'bolus', everyDays: 2, description: 'one injection every other day' },
  },
};
