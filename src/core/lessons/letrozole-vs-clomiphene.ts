/** Lesson: letrozole and clomiphene both lift estradiol's brake on FSH, from opposite sides. */
import type { Lesson } from './lesson';
import { every, femaleScenario } from '../scenario/build';

/**
 * Lesson: a normally cycling woman takes letrozole 2.5 mg (the main run) or
 * clomiphene 50 mg (dose 2 of the 25 mg reference) on cycle days 3–7, beside
 * the untreated cycle. Not in the PCOS-like subject: there clomiphene brings one
 * ovulation (validation row F10) but letrozole none, a model limit (docs/model.md).
 */
export const LETROZOLE_VS_CLOMIPHENE: Lesson = {
  id: 'letrozole-vs-clomiphene',
  title: 'Letrozole vs clomiphene',
  question:
    'Two tablets used to bring on ovulation, each taken on cycle days 3–7 by a woman with a normal cycle: letrozole, an ' +
    'aromatase inhibitor, and clomiphene, a SERM. Both are meant to lift estradiol’s brake on FSH. What does estradiol do ' +
    'while she takes them?',
  scenario: femaleScenario('Letrozole on cycle days 3–7', 45, [every('letrozole', 1, 2, 7)]),
  compare: [
    { id: 'clomiphene', label: 'Clomiphene 50 mg on cycle days 3–7', scenario: femaleScenario('Clomiphene on cycle days 3–7', 45, [every('clomiphene', 1, 2, 7, 2)]) },
    { id: 'untreated', label: 'No tablets', scenario: femaleScenario('Natural cycle', 45, []) },
  ],
  output: 'estradiol',
  focus: ['estradiol', 'fsh', 'lh', 'progesterone'],
  prediction: {
    kind: 'choice',
    prompt: 'On cycle days 5–8, compared with the untreated cycle, estradiol…',
    options: [
      { id: 'opposite', text: 'falls on letrozole but rises on clomiphene, although FSH rises on both.' },
      { id: 'both-fall', text: 'falls on both: each works by taking estradiol away.' },
      { id: 'both-rise', text: 'rises on both: more FSH makes the follicles produce more.' },
      { id: 'same', text: 'stays where it was on both: they act on the brain, not the ovary.' },
    ],
    correct: 'opposite',
  },
  explanation: [
    'In the early follicular phase estradiol holds FSH back through the estrogen receptor in the hypothalamus and ' +
      'pituitary. There are two ways to loosen that brake. Letrozole blocks aromatase, the enzyme that makes estradiol in ' +
      'the follicles and in fat, so there is less estradiol to feel: estradiol falls to about half of the untreated ' +
      'cycle’s and FSH rises, by about 40%: inhibin B from the growing follicles still holds it. Clomiphene leaves estradiol alone and occupies its receptor instead, so the brain ' +
      'feels less estradiol than there is: FSH rises too, the follicles answer with more estradiol, and estradiol ends up ' +
      'well above the untreated cycle’s, while its brake stays hidden.',
    'That difference is why letrozole was proposed for ovulation induction (Mitwally & Casper 2001): it lifts the brake ' +
      'without blocking estrogen receptors, so once the tablets stop the brain reads estradiol normally and a single ' +
      'follicle usually goes on to ovulate. Clinically estradiol is lower on letrozole than on clomiphene, and live births ' +
      'were more frequent with letrozole in women with PCOS (Legro 2014); during dosing estradiol falls (Bedaiwy 2011).',
    'In the model each drug is followed by one ovulation, seen as the rise of luteal progesterone; after letrozole it ' +
      'comes on about cycle day 18, some eleven days after the last tablet, as in clinical use. Two limits: LH rises ' +
      'more in the model than in women (on day 7 of letrozole 5 mg LH was 1.7 times the untreated cycle’s in women, ' +
      'Cortínez 2005; the model’s is 2.3 times), and in the model’s PCOS-like subject clomiphene brings one ovulation ' +
      'but letrozole none, where in women with PCOS letrozole does so at least as often (Legro 2014).',
  ],
  sources: ['Mitwally & Casper 2001', 'Legro 2014', 'Bedaiwy 2011', 'Cortínez 2005'],
  expect: [
    // On the lesson's own run, so the app shows them (measured: FSH 1.43× and estradiol 0.58× the untreated cycle's on letrozole, 1.84× and 2.17× on clomiphene).
    {
      larger: { output: 'fsh', window: [4, 7], stat: 'mean' },
      smaller: { run: 'untreated', output: 'fsh', window: [4, 7], stat: 'mean' },
      byAtLeast: 1.3,
      says: 'On letrozole FSH rises above the untreated cycle’s.',
    },
    {
      larger: { run: 'untreated', output: 'estradiol', window: [4, 7], stat: 'mean' },
      smaller: { output: 'estradiol', window: [4, 7], stat: 'mean' },
      byAtLeast: 1.6,
      says: 'On letrozole estradiol falls to about half the untreated cycle’s.',
    },
    {
      larger: { run: 'clomiphene', output: 'fsh', window: [4, 7], stat: 'mean' },
      smaller: { run: 'untreated', output: 'fsh', window: [4, 7], stat: 'mean' },
      byAtLeast: 1.25,
      says: 'On clomiphene FSH rises too.',
    },
    {
      larger: { run: 'clomiphene', output: 'estradiol', window: [4, 7], stat: 'mean' },
      smaller: { run: 'untreated', output: 'estradiol', window: [4, 7], stat: 'mean' },
      byAtLeast: 1.6,
      says: 'But on clomiphene estradiol rises well above the untreated cycle’s.',
    },
    { output: 'progesterone', window: [10, 40], stat: 'max', above: 2, says: 'After letrozole one follicle ovulates: luteal progesterone rises.' },
    { run: 'clomiphene', output: 'progesterone', window: [10, 40], stat: 'max', above: 2, says: 'After clomiphene one follicle ovulates too.' },
  ],
  terms: ['letrozole', 'clomiphene', 'aromatase-inhibitor', 'serm', 'estrogen-receptor', 'ovulation'],
  presetId: 'letrozole-cycle',
  explore: 'Start from “Letrozole on cycle days 3–7”, swap letrozole for clomiphene or move its days, and watch when the LH surge comes.',
};
