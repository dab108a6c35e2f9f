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
  /** Plain description of dose 1.0 in real units, e.g. "200 mg … once a week". Never dosing advice. */
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
    reference: { mode: 'bolus', everyDays: 7, description: '200 mg testosterone cypionate by intramuscular injection once a week' },
  },
  'testosterone-pellet': {
    id: 'testosterone-pellet', displayName: 'Testosterone pellet', agentClass: 'Exogenous androgen (subcutaneous implant)',
    sites: ['circulation'], action: 'Releases testosterone slowly for months after one implantation.',
    reference: { mode: 'bolus', everyDays: 180, description: '1200 mg of testosterone pellets (six 200 mg implants) set every six months' },
  },
  'testosterone-gel': {
    id: 'testosterone-gel', displayName: 'Testosterone gel', agentClass: 'Exogenous androgen (daily transdermal)',
    sites: ['circulation'], action: 'Gives a nearly steady testosterone level through the skin.',
    reference: { mode: 'bolus', everyDays: 1, description: '50 mg testosterone as 5 g of 1% gel on the skin once a day (about 5 mg absorbed)' },
  },
  gonadorelin: {
    id: 'gonadorelin', displayName: 'Gonadorelin', agentClass: 'Native GnRH',
    sites: ['pituitary'], action: 'Stimulates the pituitary GnRH receptor: pulses keep it responsive, continuous exposure desensitizes it.',
    reference: { mode: 'bolus', everyDays: 3.5, description: '100 µg gonadorelin by subcutaneous injection twice a week (a pump pulse is 2–40 µg, dose 0.02–0.4)' },
  },
  'gnrh-agonist': {
    id: 'gnrh-agonist', displayName: 'GnRH agonist', agentClass: 'Long-acting GnRH agonist depot (leuprolide-like)',
    sites: ['pituitary'], action: 'Stimulates the GnRH receptor without pause: a flare first, then desensitization.',
    reference: { mode: 'bolus', everyDays: 28, description: 'one leuprolide 7.5 mg one-month depot injection' },
  },
  'gnrh-antagonist': {
    id: 'gnrh-antagonist', displayName: 'GnRH antagonist', agentClass: 'GnRH receptor blocker (degarelix-like)',
    sites: ['pituitary'], action: 'Blocks the GnRH receptor: LH and FSH fall at once, without a flare.',
    reference: { mode: 'bolus', everyDays: 28, description: 'one degarelix 80 mg monthly depot (the 240 mg starting dose is dose 3)' },
  },
  clomiphene: {
    id: 'clomiphene', displayName: 'Clomiphene', agentClass: 'SERM (enclomiphene + zuclomiphene mixture)',
    sites: ['hypothalamus', 'pituitary'], action: 'Blocks estrogen feedback in the brain; its zuclomiphene part lingers for weeks.',
    reference: { mode: 'bolus', everyDays: 1, description: '25 mg clomiphene citrate by mouth once a day' },
  },
  enclomiphene: {
    id: 'enclomiphene', displayName: 'Enclomiphene', agentClass: 'SERM (pure trans-isomer)',
    sites: ['hypothalamus', 'pituitary'], action: 'Blocks estrogen feedback in the brain; gone within days of stopping.',
    reference: { mode: 'bolus', everyDays: 1, description: '25 mg enclomiphene by mouth once a day' },
  },
  tamoxifen: {
    id: 'tamoxifen', displayName: 'Tamoxifen', agentClass: 'SERM',
    sites: ['hypothalamus', 'pituitary'], action: 'Blocks estrogen feedback in the brain; builds up over about four weeks.',
    reference: { mode: 'bolus', everyDays: 1, description: '20 mg tamoxifen by mouth once a day' },
  },
  anastrozole: {
    id: 'anastrozole', displayName: 'Anastrozole', agentClass: 'Aromatase inhibitor',
    sites: ['aromatase'], action: 'Slows the conversion of testosterone to estradiol, easing estrogen feedback.',
    reference: { mode: 'bolus', everyDays: 1, description: '1 mg anastrozole by mouth once a day' },
  },
  hcg: {
    id: 'hcg', displayName: 'hCG', agentClass: 'LH-receptor agonist',
    sites: ['testes'], action: 'Acts like LH on the testes directly, bypassing the brain and pituitary.',
    reference: { mode: 'bolus', everyDays: 2, description: '250 IU hCG by subcutaneous injection every other day' },
  },
  'estradiol-patch': {
    id: 'estradiol-patch', displayName: 'Estradiol patch', agentClass: 'Estrogen (transdermal)',
    sites: ['circulation'], action: 'Adds estradiol to the blood; the brain and pituitary read it as their own, so FSH and LH fall.',
    reference: { mode: 'infusion', description: 'one 0.05 mg/day estradiol patch worn continuously (changed twice a week)' },
  },
  'estradiol-pellet': {
    id: 'estradiol-pellet', displayName: 'Estradiol pellet', agentClass: 'Estrogen (subcutaneous implant)',
    sites: ['circulation'], action: 'Releases estradiol for months after one implantation; FSH and LH fall over weeks.',
    reference: { mode: 'bolus', everyDays: 180, description: 'one 50 mg estradiol implant under the skin (often renewed after 4–6 months)' },
  },
  'progesterone-oral': {
    id: 'progesterone-oral', displayName: 'Oral progesterone', agentClass: 'Progesterone (oral micronized)',
    sites: ['circulation'], action: 'Adds progesterone to the blood for some hours after each dose; it slows GnRH pulses a day later, not the same day.',
    reference: { mode: 'bolus', everyDays: 1, description: '200 mg micronized progesterone by mouth at night' },
  },
  'progesterone-cream': {
    id: 'progesterone-cream', displayName: 'Progesterone cream', agentClass: 'Progesterone (transdermal)',
    sites: ['circulation'], action: 'Adds a little progesterone to the blood, near follicular levels (saliva tests overstate it).',
    reference: { mode: 'bolus', everyDays: 1, description: '80 mg progesterone as cream on the skin once a day' },
  },
  'testosterone-cream': {
    id: 'testosterone-cream', displayName: 'Testosterone cream (low dose)', agentClass: 'Androgen (transdermal, women’s dose)',
    sites: ['circulation'], action: 'Raises testosterone to the top of the female range; at this dose the cycle and estradiol stay as they were.',
    reference: { mode: 'bolus', everyDays: 1, description: '10 mg testosterone as cream on the skin once a day' },
  },
  'combined-oral-contraceptive': {
    id: 'combined-oral-contraceptive', displayName: 'Combined pill', agentClass: 'Estrogen + progestin (ethinylestradiol + levonorgestrel)',
    sites: ['hypothalamus', 'pituitary'], action: 'Its progestin slows GnRH pulses and, with the estrogen, holds LH and FSH down so no follicle matures and no surge comes.',
    reference: { mode: 'bolus', everyDays: 1, description: 'one pill a day (30 µg ethinylestradiol + 150 µg levonorgestrel), usually 21 days then a 7-day break' },
  },
  letrozole: {
    id: 'letrozole', displayName: 'Letrozole', agentClass: 'Aromatase inhibitor',
    sites: ['aromatase'], action: 'Blocks estradiol production almost completely while taken: the estrogen brake eases and FSH rises.',
    reference: { mode: 'bolus', everyDays: 1, description: '2.5 mg letrozole by mouth once a day (for ovulation induction, cycle days 3–7)' },
  },
};
