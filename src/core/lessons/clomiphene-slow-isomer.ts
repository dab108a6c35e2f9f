/** Lesson: clomiphene's slow isomer, zuclomiphene, outlasts stopping. */
import type { Lesson } from './lesson';
import { every, maleScenario } from '../scenario/build';

/** Lesson: Clomiphene vs enclomiphene after stopping: the slow isomer lingers. */
export const CLOMIPHENE_SLOW_ISOMER: Lesson = {
  id: 'clomiphene-slow-isomer',
  title: 'Clomiphene’s slow isomer',
  question: 'Daily clomiphene for 60 days, then stop. Enclomiphene, one of its two isomers, is compared on the same schedule. Two weeks after stopping, whose testosterone is higher?',
  scenario: maleScenario('Daily clomiphene for 60 days, then stop', 150, [every('clomiphene', 1, 0, 60)]),
  compare: [{ id: 'enclomiphene', label: 'Daily enclomiphene for 60 days, then stop', scenario: maleScenario('Daily enclomiphene for 60 days, then stop', 150, [every('enclomiphene', 1, 0, 60)]) }],
  output: 'testosterone',
  focus: ['testosterone', 'lh'],
  prediction: {
    kind: 'choice',
    prompt: 'One to three weeks after the last tablet, testosterone is…',
    options: [
      { id: 'clomiphene', text: 'higher after clomiphene: part of it is still there.' },
      { id: 'enclomiphene', text: 'higher after enclomiphene: it is the pure antagonist.' },
      { id: 'same', text: 'the same: both have left the body within days.' },
    ],
    correct: 'clomiphene',
  },
  explanation: [
    'Clomiphene is a mixture: enclomiphene, which blocks the estrogen receptor and is cleared within a day, and zuclomiphene, a ' +
      'weak partial activator with a half-life of weeks that accumulates about 20-fold on daily dosing (Helo 2017). Both ' +
      'occupy the estrogen receptor and blunt estradiol’s signal, so the estrogen brake on GnRH loosens and LH and testosterone rise (Katz 2012).',
    'When the tablets stop, enclomiphene is gone in a couple of days; zuclomiphene is still there for weeks and keeps ' +
      'loosening the estrogen brake. So after clomiphene testosterone stays raised for weeks, while after enclomiphene ' +
      'it settles back almost at once (what is left is slower Leydig capacity coming back down).',
  ],
  sources: ['Helo 2017', 'Katz 2012'],
  expect: [
    { output: 'testosterone', window: [45, 60], stat: 'mean', above: 1.4, says: 'On clomiphene, testosterone is raised.' },
    { output: 'testosterone', window: [67, 81], stat: 'mean', above: 1.1, says: 'Two weeks after stopping clomiphene it is still raised.' },
    { run: 'enclomiphene', output: 'testosterone', window: [67, 81], stat: 'mean', below: 1.06, says: 'After enclomiphene it is back near baseline.' },
    {
      larger: { output: 'lh', window: [67, 81], stat: 'mean' },
      smaller: { run: 'enclomiphene', output: 'lh', window: [67, 81], stat: 'mean' },
      byAtLeast: 1.1,
      says: 'LH too stays higher after clomiphene.',
    },
  ],
  terms: ['clomiphene', 'serm', 'half-life', 'estradiol', 'negative-feedback'],
  explore: 'Set zuclomipheneHalfLifeDays to 5 days in the parameter panel and compare again: the tail after stopping shrinks.',
};
