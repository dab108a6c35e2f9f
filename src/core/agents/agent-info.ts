/**
 * What a user needs to know about each agent, independent of any model:
 * display name, class, where it acts, and its reference regimen (dose 1.0).
 * The app's toggles, the timeline and the docs read this record.
 */
import type { AgentId, ModelId } from '../model/ids';
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
  /** Where a model's dose 1 is another regimen (a woman's testosterone pellet is not a man's). */
  readonly referenceIn?: Readonly<Partial<Record<ModelId, ReferenceRegimen>>>;
}

/** Every agent, in the order the app lists them. */
export const AGENT_INFO: Readonly<Record<AgentId, AgentInfo>> = {
  'testosterone-cypionate': {
    id: 'testosterone-cypionate', displayName: 'Testosterone cypionate', agentClass: 'Exogenous androgen (intramuscular oil depot)',
    sites: ['circulation'], action: 'Adds testosterone to the blood; the brain reads it as feedback and turns the axis down.',
    reference: { mode: 'bolus', everyDays: 7, description: '200 mg testosterone cypionate by intramuscular injection once a week' },
    referenceIn: { 'female-hpg': { mode: 'bolus', everyDays: 7, description: '100 mg testosterone cypionate by intramuscular injection once a week, a masculinizing regimen that brings testosterone into the male range' } },
  },
  'testosterone-pellet': {
    id: 'testosterone-pellet', displayName: 'Testosterone pellet', agentClass: 'Exogenous androgen (subcutaneous implant)',
    sites: ['circulation'], action: 'Releases testosterone slowly for months after one implantation.',
    reference: { mode: 'bolus', everyDays: 180, description: '1200 mg of testosterone pellets (six 200 mg implants) set every six months' },
    referenceIn: { 'female-hpg': { mode: 'bolus', everyDays: 112, description: 'one 75 mg testosterone implant, a woman’s dose, set every 16 weeks' } },
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
  sermorelin: {
    id: 'sermorelin', displayName: 'Sermorelin', agentClass: 'GHRH analogue (GHRH 1–29)',
    sites: ['pituitary'], action: 'Acts like GHRH on the pituitary for about an hour: one GH burst that needs the pituitary and is braked by somatostatin.',
    reference: { mode: 'bolus', everyDays: 1, description: '2.1 mg sermorelin (30 µg/kg) by subcutaneous injection at bedtime' },
  },
  'cjc-1295-dac': {
    id: 'cjc-1295-dac', displayName: 'CJC-1295 (DAC)', agentClass: 'Long-acting GHRH analogue (albumin-bound)',
    sites: ['pituitary'], action: 'A GHRH signal that lasts about a week: it lifts the GH trough and IGF-1 while pulses go on.',
    reference: { mode: 'bolus', everyDays: 7, description: '2.1 mg CJC-1295 with DAC (30 µg/kg) by subcutaneous injection once a week' },
  },
  'mod-grf-1-29': {
    id: 'mod-grf-1-29', displayName: 'Mod-GRF(1–29)', agentClass: 'GHRH analogue (CJC-1295 without DAC; kinetics assumed)',
    sites: ['pituitary'], action: 'A GHRH pulse a little longer than sermorelin’s; no human kinetics are published, so its curve rests on assumptions.',
    reference: { mode: 'bolus', everyDays: 1, description: '100 µg modified GRF(1–29) by subcutaneous injection once a day' },
  },
  tesamorelin: {
    id: 'tesamorelin', displayName: 'Tesamorelin', agentClass: 'Stabilized GHRH(1–44)',
    sites: ['pituitary'], action: 'A daily GHRH pulse that raises IGF-1 within about a week; it needs a working pituitary.',
    reference: { mode: 'bolus', everyDays: 1, description: '2 mg tesamorelin by subcutaneous injection once a day' },
  },
  ipamorelin: {
    id: 'ipamorelin', displayName: 'Ipamorelin', agentClass: 'Selective ghrelin-receptor agonist (GHS)',
    sites: ['hypothalamus', 'pituitary'], action: 'Opposes somatostatin and releases GHRH: one GH episode that depends on the body’s own GHRH.',
    reference: { mode: 'bolus', everyDays: 1, description: '200 µg ipamorelin by subcutaneous injection once a day' },
  },
  hexarelin: {
    id: 'hexarelin', displayName: 'Hexarelin', agentClass: 'Potent ghrelin-receptor agonist (GHS)',
    sites: ['hypothalamus', 'pituitary'], action: 'A strong GH release that fades with repeated use as ghrelin receptors desensitize.',
    reference: { mode: 'bolus', everyDays: 0.5, description: '105 µg hexarelin (1.5 µg/kg) by subcutaneous injection twice a day' },
  },
  ibutamoren: {
    id: 'ibutamoren', displayName: 'Ibutamoren', agentClass: 'Oral ghrelin-receptor agonist (MK-677)',
    sites: ['hypothalamus', 'pituitary'], action: 'Keeps the ghrelin receptor busy most of the day: 24-h GH and IGF-1 rise and stay up, with some desensitization.',
    reference: { mode: 'bolus', everyDays: 1, description: '25 mg ibutamoren by mouth once a day' },
  },
  somatropin: {
    id: 'somatropin', displayName: 'Somatropin (GH)', agentClass: 'Recombinant human GH (contrast)',
    sites: ['circulation'], action: 'Adds GH to the blood directly; IGF-1 rises and the pituitary’s own GH falls through feedback.',
    reference: { mode: 'bolus', everyDays: 1, description: '1 mg (3 IU) somatropin by subcutaneous injection once a day' },
  },
  mecasermin: {
    id: 'mecasermin', displayName: 'Mecasermin (IGF-1)', agentClass: 'Recombinant human IGF-1 (feedback probe)',
    sites: ['circulation'], action: 'Adds IGF-1 to the blood without GH: the brain and pituitary read it as feedback and turn GH down.',
    reference: { mode: 'bolus', everyDays: 0.5, description: '8.4 mg mecasermin (120 µg/kg) by subcutaneous injection twice a day' },
  },
  'estradiol-patch': {
    id: 'estradiol-patch', displayName: 'Estradiol patch', agentClass: 'Estrogen (transdermal)',
    sites: ['circulation'], action: 'Adds estradiol to the blood; the brain and pituitary read it as their own, so FSH and LH fall.',
    reference: { mode: 'infusion', description: 'one 0.05 mg/day estradiol patch worn continuously (changed twice a week)' },
  },
  'estradiol-pellet': {
    id: 'estradiol-pellet', displayName: 'Estradiol pellet', agentClass: 'Estrogen (subcutaneous implant)',
    sites: ['circulation'], action: 'Releases estradiol for months after one implantation; FSH falls over weeks, and LH with it (in the model LH rises instead at 50 mg, whose ~190 pg/mL reaches the surge range).',
    reference: { mode: 'bolus', everyDays: 180, description: 'one 50 mg estradiol implant under the skin (often renewed after 4–6 months)' },
  },
  'progesterone-oral': {
    id: 'progesterone-oral', displayName: 'Oral progesterone', agentClass: 'Progesterone (oral micronized)',
    sites: ['circulation'], action: 'Adds progesterone to the blood for some hours after each dose, which slows GnRH pulses (measured only from the next day; the model slows them within hours).',
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

/** The reference regimen (dose 1.0) of an agent in a model: its own for that model where it has one. */
export function agentReference(agent: AgentId, model: ModelId): ReferenceRegimen {
  const info = AGENT_INFO[agent];
  return info.referenceIn?.[model] ?? info.reference;
}
