/** Lesson: clomiphene's slow isomer, zuclomiphene, outlasts stopping. */
import type { Lesson } from './lesson';
import { every, maleScenario } from '../scenario/build';

/** Lesson: Clomiphene vs enclomiphene after stopping: the slow isomer lingers. */
export const CLOMIPHENE_SLOW_ISOMER: Lesson = {
  id: 'clomiphene-slow-isomer',
  title: 'Clomiphene’s slow isomer',
  question: 'Daily clomiphene for 60 days, then stop. Enclomiphene, one of its two isomers, is compared on the same schedule. In the weeks after stopping, whose testosterone is higher?',
  scenario: maleScenario('Daily clomiphene for 60 days, then stop', 150, [every('clomiphene', 1, 0, 60)]),
  compare: [{ id: 'enclomiphene', label: 'Daily enclomiphene for 60 days, then stop', scenario: maleScenario('Daily enclomiphene for 60 days, then stop', 150, [every('enclomiphene', 1, 0, 60)]) }],
  output: 'testosterone',
  focus: ['testosterone', 'lh'],
  prediction: {
    kind: 'choice',
    prompt: 'Two to four weeks after the last tablet, testosterone is…',
    options: [
      { id: 'clomiphene', text: 'higher after clomiphene: part of it is still there.' },
      { id: 'enclomiphene', text: 'higher after enclomiphene: it is the pure antagonist.' },
      { id: 'same', text: 'the same: both have left the body within days.' },
    ],
    correct: 'clomiphene',
  },
  explanation: [
    'Clomiphene is a mixture: enclomiphene, which blocks the estrogen receptor and is cleared within a day, and ' +
      'zuclomiphene, a weak partial activator cleared over weeks, which on daily dosing reaches about 20 times ' +
      'enclomiphene’s level in serum (Helo 2017). Both occupy the estrogen receptor and blunt estradiol’s signal, so ' +
      'the estrogen brake on GnRH loosens and LH and testosterone rise (Katz 2012).',
    'When the tablets stop, enclomiphene is gone in a couple of days; zuclomiphene is still there for weeks and keeps ' +
      'loosening the estrogen brake a little. So after clomiphene testosterone and LH stay slightly raised for some ' +
      'weeks and fade over about two months, while after enclomiphene they are back at baseline within about a week. ' +
      'The tail is small, a few percent to a tenth above baseline: most of clomiphene’s effect is enclomiphene’s, ' +
      'because zuclomiphene blocks weakly and partly acts like estrogen.',
  ],
  sources: ['Helo 2017', 'Katz 2012'],
  expect: [
    { output: 'testosterone', window: [45, 60], stat: 'mean', above: 1.2, says: 'On clomiphene, testosterone is raised by about a third.' },
    {
      larger: { output: 'testosterone', window: [70, 88], stat: 'mean' },
      smaller: { run: 'enclomiphene', output: 'testosterone', window: [70, 88], stat: 'mean' },
      byAtLeast: 1.04,
      says: 'From ten days to four weeks after stopping, testosterone is higher after clomiphene.',
    },
    { run: 'enclomiphene', output: 'testosterone', window: [70, 88], stat: 'mean', below: 1.03, says: 'After enclomiphene it is back at baseline.' },
    {
      larger: { output: 'lh', window: [70, 88], stat: 'mean' },
      smaller: { run: 'enclomiphene', output: 'lh', window: [70, 88], stat: 'mean' },
      byAtLeast: 1.05,
      says: 'LH too stays higher after clomiphene.',
    },
    { output: 'testosterone', window: [110, 150], stat: 'mean', below: 1.04, says: 'Within about two months of stopping, the tail has faded.' },
  ],
  terms: ['clomiphene', 'zuclomiphene', 'enclomiphene', 'serm', 'half-life', 'estradiol'],
  explore: 'Set zuclomipheneHalfLifeDays to 5 days in the parameter panel and compare again: the tail after stopping shrinks.',
};
