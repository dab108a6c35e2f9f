/**
 * Model limits a scenario runs into: combinations of model, condition and
 * agent where the model is known to answer differently from what is measured
 * (each is a documented deviation in docs/model.md). The app shows them beside
 * the charts and the CLI prints them, so a student or a researcher who sets up
 * such a scenario reads the limit where the curves are, not only in the docs.
 *
 * A limit applies when the scenario runs its model, has every listed condition
 * (from any day) and none of those it is not for, and gives at least one of the
 * listed agents at a positive dose (a limit that lists no agents applies with
 * the conditions alone).
 *
 * Listed here: deviations a user can set up in a few clicks where the model
 * answers differently in kind (an ovulation that does not come, LH rising where
 * it falls) or by more than about twofold. Smaller ones stay in docs/model.md.
 * tests/core/scenario/model-limits.test.ts re-measures what each text says of
 * the model, so a fix to the model fails it until the text goes.
 */
import type { AgentId, ConditionId, ModelId } from '../model/ids';
import type { Scenario } from './types';
import { conditionId } from './regimen-schedule';

/** One known limit of a model, and when it applies. */
export interface ModelLimit {
  readonly id: string;
  readonly model: ModelId;
  /** Conditions that must all be present (none: any subject). */
  readonly conditions: readonly ConditionId[];
  /** Conditions under which it does not apply (another limit speaks for that subject). */
  readonly unless?: readonly ConditionId[];
  /** The limit applies when any of these agents is given (none: with or without agents). */
  readonly agents: readonly AgentId[];
  /** The limit in a few words (the app leads the limit's text with it). */
  readonly title: string;
  /** What the model does and what is measured, in plain words. */
  readonly text: string;
}

export const MODEL_LIMITS: readonly ModelLimit[] = [
  {
    id: 'amenorrhea-still-cycles',
    title: 'at the default drive she still ovulates, about every three months',
    model: 'female-hpg',
    conditions: ['hypothalamic-amenorrhea'],
    agents: [],
    text:
      'With half the GnRH drive (the default, amenorrheaGnrhDrive 0.5) this subject still ovulates every 85–92 days, ' +
      'with estradiol near a normal cycle’s average in between. In functional hypothalamic amenorrhea periods stop and ' +
      'estradiol is low. At a drive of 0.4 or less the model stops ovulating too, with estradiol between about 30 and 45 pg/mL.',
  },
  {
    id: 'pcos-letrozole',
    title: 'no ovulation on letrozole in this subject',
    model: 'female-hpg',
    conditions: ['pcos-like'],
    agents: ['letrozole'],
    text:
      'In women with PCOS letrozole restores ovulation at least as often as clomiphene, with more live births ' +
      '(Legro 2014: 27.5% against 19.1%). In this model’s PCOS-like subject five days of letrozole (2.5–5 mg) lower her ' +
      'estradiol by 40–50% but raise FSH by only about 10%, and no follicle is selected; clomiphene (50–150 mg) does bring ' +
      'one ovulation (row F10). Her estradiol stays high enough on letrozole for the pituitary to keep its brake on FSH.',
  },
  {
    id: 'pcos-clomiphene-lh',
    title: 'LH rises far more on clomiphene here than in women with PCOS',
    model: 'female-hpg',
    conditions: ['pcos-like'],
    agents: ['clomiphene'],
    text:
      'While clomiphene is taken, this model’s PCOS-like subject has LH 2.3 times its level before at 50 mg and 5.6 times at ' +
      '150 mg. In women with PCOS on 150 mg LH rose about 1.8-fold (Fertil Steril 1993;59:532). FSH rises about as ' +
      'measured (1.4-fold on 150 mg) and one ovulation follows, as in most women (row F10).',
  },
  {
    id: 'progesterone-slows-pulses-at-once',
    title: 'progesterone slows GnRH pulses within hours here',
    model: 'female-hpg',
    conditions: [],
    agents: ['progesterone-oral'],
    text:
      'In this model oral progesterone slows GnRH pulses within hours: to about a fifth over the 10 hours after 200 mg. ' +
      'In women a dose did not change LH pulse frequency within 10 hours (Kim 2018; validation row F16).',
  },
  {
    id: 'agonist-estradiol',
    title: 'on a monthly agonist depot estradiol stays near 30–40 pg/mL here',
    model: 'female-hpg',
    conditions: [],
    agents: ['gnrh-agonist'],
    text:
      'After the flare, monthly GnRH-agonist depots hold this model’s LH near 2 IU/L, but its FSH stays near 4 IU/L, ' +
      'above the threshold of its most sensitive follicles, so a follicle keeps growing and estradiol sits near 33 pg/mL ' +
      'from the fourth week and near 40 by the sixth month. In women a depot brings estradiol to postmenopausal levels ' +
      'within about three weeks and holds it there (row F12). The model reaches that level only in the first weeks.',
  },
  {
    id: 'pill-fsh',
    title: 'on the pill FSH stays high here',
    model: 'female-hpg',
    conditions: [],
    agents: ['combined-oral-contraceptive'],
    text:
      'The pill stops ovulation here as in women (no LH surge, no luteal progesterone; row F9) and holds estradiol and ' +
      'inhibin B down, but not FSH: from the second pack it is 7–9 IU/L on the active pills and ends each break at about ' +
      '12 IU/L. In women FSH is held down while the pills are taken and rises in the 7-day break to about 4.5–7 IU/L ' +
      '(van Heusden & Fauser 1999). Here the FSH made in each break fills the pituitary’s store, which drains slowly ' +
      'while the progestin keeps GnRH pulses nearly silent.',
  },
  {
    id: 'estradiol-pellet-lh',
    title: 'a 50 mg pellet raises LH here; in women LH falls',
    model: 'female-hpg',
    conditions: [],
    agents: ['estradiol-pellet'],
    text:
      'At 50 mg the pellet holds estradiol near 190 pg/mL, which in this model is in the range that triggers the LH surge: ' +
      'FSH falls, but LH rises (after menopause to about 1.6 times its level in weeks 4–6). In women an estradiol pellet ' +
      'lowers both within 4–6 weeks (row F14); at 25 mg the model does too.',
  },
  {
    id: 'testosterone-stops-cycles-at-once',
    title: 'male-range testosterone stops cycles at once here',
    model: 'female-hpg',
    conditions: [],
    agents: ['testosterone-cypionate'],
    text:
      'When male-range testosterone stops ovulation in this model, it does so within the first cycle. In trans men periods ' +
      'stop over months: 55% by 6 months and 87% by 12 on testosterone (Ahmad 2017).',
  },
  {
    id: 'testosterone-sperm-time-course',
    title: 'sperm falls slower and returns sooner than in men',
    model: 'male-hpg',
    conditions: [],
    agents: ['testosterone-cypionate', 'testosterone-pellet'],
    text:
      'On weekly testosterone the model’s sperm output is at a third of baseline after about 7 weeks and a twentieth ' +
      'after 13, where the contraceptive trials found about 0.15 and 0.015 (Handelsman 2005). After six months of it, ' +
      'output is back to baseline about 4 months after the last injection, where men took about 6.7 months (WHO 1990). ' +
      'The directions and the months-long recovery hold; the timing is quicker than in men.',
  },
  {
    id: 'tesamorelin-between-doses',
    title: 'tesamorelin acts only around each dose here',
    model: 'gh-igf1',
    conditions: [],
    agents: ['tesamorelin'],
    text:
      'In this model each tesamorelin dose gives a burst of GH that is spent within the day, and IGF-1 rises by about 50% ' +
      '(some 73 µg/L from its 145) over two weeks of 2 mg daily. In healthy men on that regimen the pituitary also ' +
      'secreted more between doses (overnight GH +0.5 µg/L) and IGF-1 rose by 181 µg/L (Stanley 2011).',
  },
];

/** The limits that apply to a scenario, in the order of MODEL_LIMITS. */
export function modelLimitsFor(scenario: Scenario): readonly ModelLimit[] {
  const present = new Set(scenario.subject.conditions.map(conditionId));
  const given = new Set(scenario.regimens.filter((r) => r.dose > 0).map((r) => r.agent));
  return MODEL_LIMITS.filter(
    (limit) =>
      limit.model === scenario.model &&
      limit.conditions.every((c) => present.has(c)) &&
      !(limit.unless ?? []).some((c) => present.has(c)) &&
      (limit.agents.length === 0 || limit.agents.some((a) => given.has(a))),
  );
}
