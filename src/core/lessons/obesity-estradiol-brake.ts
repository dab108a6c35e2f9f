/** Lesson: obesity, extra aromatase and clomiphene. */
import type { Lesson } from './lesson';
import { every, maleScenario } from '../scenario/build';

/** Lesson: Low testosterone with obesity, and clomiphene releasing the estradiol brake. */
export const OBESITY_ESTRADIOL_BRAKE: Lesson = {
  id: 'obesity-estradiol-brake',
  title: 'Obesity: an estradiol brake, and releasing it',
  question: 'A man with obesity makes more estradiol in fat tissue; his testosterone is low and his LH is not raised. Daily clomiphene starts on day 14. What does his testosterone do?',
  scenario: maleScenario('Daily clomiphene in a man with obesity', 180, [every('clomiphene', 1, 14)], { conditions: ['obesity'] }),
  output: 'testosterone',
  focus: ['testosterone', 'estradiol', 'lh'],
  prediction: {
    kind: 'sketch',
    output: 'testosterone',
    window: [0, 180],
    yMax: 2,
    prompt: 'Draw testosterone (1 = a healthy man’s baseline) over six months; clomiphene starts on day 14.',
  },
  explanation: [
    'With half again as much aromatase, more of his testosterone becomes estradiol, and the estrogen brake on GnRH ' +
      'and on LH release is stronger than in a lean man. The loop settles lower: testosterone about 30% below a lean ' +
      'man’s, LH not raised (lower, if anything) and estradiol a little above normal. The cause is central, not in ' +
      'the testes, as in men with obesity (Wu 2008).',
    'Clomiphene blocks the estrogen receptor at hypothalamus and pituitary, so the same estradiol brakes less. Within ' +
      'weeks LH rises about 2.4-fold and testosterone about 1.9-fold; estradiol, with aromatase untouched, rises about ' +
      '1.6-fold. The new balance is held mostly by testosterone’s own brake through the androgen receptor. In men with ' +
      'obesity-related low testosterone clomiphene raised testosterone about 2.4-fold and estradiol about 2-fold ' +
      '(Helo 2017; Katz 2012); the model’s rise is somewhat smaller.',
  ],
  sources: ['Wu 2008', 'Helo 2017', 'Katz 2012'],
  expect: [
    { output: 'testosterone', window: [0, 13], stat: 'mean', below: 0.85, says: 'Before clomiphene, testosterone is low…' },
    { output: 'lh', window: [0, 13], stat: 'mean', below: 1, says: '…and LH is not raised.' },
    { output: 'estradiol', window: [0, 13], stat: 'mean', above: 0.95, says: 'Estradiol is normal or a little high.' },
    {
      larger: { output: 'testosterone', window: [90, 180], stat: 'mean' },
      smaller: { output: 'testosterone', window: [0, 13], stat: 'mean' },
      byAtLeast: 1.5,
      says: 'On clomiphene testosterone climbs well above where it started…',
    },
    { output: 'testosterone', window: [90, 180], stat: 'mean', above: 0.95, says: '…to about a healthy man’s level or above.' },
    {
      larger: { output: 'lh', window: [90, 180], stat: 'mean' },
      smaller: { output: 'lh', window: [0, 13], stat: 'mean' },
      byAtLeast: 1.5,
      says: 'LH rises.',
    },
    {
      larger: { output: 'estradiol', window: [90, 180], stat: 'mean' },
      smaller: { output: 'estradiol', window: [0, 13], stat: 'mean' },
      byAtLeast: 1.3,
      says: 'Estradiol rises with it.',
    },
  ],
  terms: ['aromatase', 'estradiol', 'estrogen-receptor', 'serm', 'clomiphene', 'hypogonadism-secondary'],
  presetId: 'clomiphene-obesity',
  explore: 'Replace clomiphene by anastrozole: testosterone rises too, to about 1.2 times a lean man’s, but estradiol falls instead.',
};
