/** Lesson: obesity, extra aromatase and clomiphene. */
import type { Lesson } from './lesson';
import { every, maleScenario } from '../scenario/build';

/** Lesson: Low testosterone with obesity, and clomiphene releasing the estradiol brake. */
export const OBESITY_ESTRADIOL_BRAKE: Lesson = {
  id: 'obesity-estradiol-brake',
  title: 'Obesity: an estradiol brake, and releasing it',
  question: 'A man with obesity makes more estradiol in fat tissue, and his testosterone is low. Daily clomiphene starts on day 14. What does his testosterone do?',
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
    'With 2.5 times the aromatase, more of his testosterone becomes estradiol. The steep estrogen brake on ' +
      'GnRH then holds GnRH and LH down until testosterone has fallen far enough that estradiol is about ' +
      'normal again: he settles with low testosterone and normal-to-high estradiol.',
    'Clomiphene blocks the estrogen receptor at hypothalamus and pituitary, so the same estradiol brakes less. LH ' +
      'rises and testosterone climbs back towards normal over weeks; estradiol, with aromatase untouched, rises too. ' +
      'Clomiphene raises testosterone in men with obesity-related low testosterone (Helo 2017; Katz 2012).',
  ],
  sources: ['Helo 2017', 'Katz 2012'],
  expect: [
    { output: 'testosterone', window: [0, 13], stat: 'mean', below: 0.6, says: 'Before clomiphene, testosterone is low.' },
    { output: 'testosterone', window: [90, 180], stat: 'mean', above: 0.85, says: 'On clomiphene it climbs back towards baseline.' },
    { output: 'estradiol', window: [90, 180], stat: 'mean', above: 1.5, says: 'Estradiol rises with it.' },
  ],
  terms: ['aromatase', 'estradiol', 'serm', 'clomiphene', 'hypogonadism-secondary'],
  presetId: 'clomiphene-obesity',
  explore: 'Replace clomiphene by anastrozole: testosterone rises too, but estradiol falls instead.',
};
