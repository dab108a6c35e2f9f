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
    id: 'pcos-estradiol',
    title: 'her estradiol and inhibin B fall to menopausal levels here',
    model: 'female-hpg',
    conditions: ['pcos-like'],
    agents: [],
    text:
      'No follicle grows in this model’s PCOS-like subject, so her estradiol settles near 10 pg/mL and her inhibin B near ' +
      'zero, as after menopause. Women with PCOS have many small follicles (12 or more per ovary in the Rotterdam criteria, ' +
      '2004), estradiol in the early-follicular range and inhibin B that is normal or high. Her high LH and testosterone ' +
      'and the lack of ovulation are as in PCOS.',
  },
  {
    id: 'amenorrhea-still-cycles',
    title: 'at the default drive she still ovulates, every ~44 days',
    model: 'female-hpg',
    conditions: ['hypothalamic-amenorrhea'],
    agents: [],
    text:
      'With half the GnRH drive (the default, amenorrheaGnrhDrive 0.5) this subject still ovulates about every 44 days, ' +
      'with estradiol near a normal cycle’s. In functional hypothalamic amenorrhea periods stop and estradiol is low. ' +
      'At a drive of 0.45 or less the model stops ovulating too, with estradiol between about 16 and 40 pg/mL.',
  },
  {
    id: 'pcos-ovulation-induction',
    title: 'no ovulation on clomiphene or letrozole in this subject',
    model: 'female-hpg',
    conditions: ['pcos-like'],
    agents: ['clomiphene', 'letrozole'],
    text:
      'In women with PCOS clomiphene restores ovulation in most (about 80%), letrozole more often still (Legro 2014). ' +
      'In this model’s PCOS-like subject neither does: her anovulation is not the arrested-follicle state of PCOS ' +
      '(validation row F10, not reproduced).',
  },
  {
    id: 'pcos-progestin',
    title: 'a progestin course restarts her cycles here',
    model: 'female-hpg',
    conditions: ['pcos-like'],
    agents: ['progesterone-oral'],
    text:
      'In this model a course of oral progesterone restarts ovulatory cycles of about 21 days in the PCOS-like subject. ' +
      'Women with PCOS do not start cycling after a progestin withdrawal bleed: read it as a limit of the model, not as a treatment effect.',
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
    id: 'letrozole-lh',
    title: 'LH rises far more on letrozole here than in women',
    model: 'female-hpg',
    conditions: [],
    unless: ['pcos-like'],
    agents: ['letrozole'],
    text:
      'In a cycling woman on letrozole (cycle days 3–7) this model’s LH on day 7 is 3.8 times the untreated cycle’s at ' +
      '2.5 mg and 4.9 times at 5 mg. In women LH on day 7 of 5 mg was 1.7 times the same women’s untreated cycle ' +
      '(Cortínez 2005), and a week of 2.5–5 mg did not change LH significantly in women of normal weight (Jones 2020). ' +
      'Estradiol falls to about half, FSH rises by about 40% and one ovulation follows about eleven days after the ' +
      'last tablet, as in women.',
  },
  {
    id: 'agonist-estradiol',
    title: 'on a monthly agonist depot estradiol stays near 45–75 pg/mL here',
    model: 'female-hpg',
    conditions: [],
    agents: ['gnrh-agonist'],
    text:
      'After the flare, monthly GnRH-agonist depots hold this model’s LH near 2 IU/L, but its antral follicles keep growing ' +
      'on an FSH of about 2 IU/L, so estradiol sits near 45 pg/mL from the fourth week and creeps to about 75 pg/mL by the ' +
      'sixth month. In women a depot brings estradiol to postmenopausal levels within about three weeks and holds it there ' +
      '(row F12). The model reaches that level only in the first weeks.',
  },
  {
    id: 'pill-inhibin-b',
    title: 'on the pill, follicles, estradiol and inhibin B stay high here',
    model: 'female-hpg',
    conditions: [],
    agents: ['combined-oral-contraceptive'],
    text:
      'The pill stops ovulation here as in women (no LH surge, no luteal progesterone; row F9), but the model’s antral ' +
      'follicles keep growing on it: its inhibin B runs at 2 to 4.5 times the cycle’s average on the active pills, and its ' +
      'estradiol stays near the cycle’s average (about 80–100 pg/mL from the second pack), only without the peaks. ' +
      'In women inhibin B is held down while the pills are taken and rises only from about day 5 of the break (Willis 2006), ' +
      'and the follicles stay small: even at the end of the 7-day break, follicles of 10 mm or more were seen in 18–27% of ' +
      'women on 20 µg pills and in none on 30 µg (van Heusden & Fauser 1999).',
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
