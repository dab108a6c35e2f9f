/** Lesson: GnRH agonist flare vs antagonist. */
import type { Lesson } from './lesson';
import { every, maleScenario } from '../scenario/build';

/** Lesson: The GnRH agonist flare and the suppression after it, beside an antagonist. */
export const AGONIST_FLARE: Lesson = {
  id: 'agonist-flare',
  title: 'GnRH agonist: a flare, then suppression; the antagonist: no flare',
  question: 'A monthly GnRH agonist depot starts on day 7. An antagonist depot is compared. What does testosterone do under the agonist?',
  scenario: maleScenario('Monthly GnRH agonist depot', 63, [every('gnrh-agonist', 28, 7)], { everyHours: 2 }),
  compare: [{
    id: 'antagonist',
    label: 'GnRH antagonist depot: a starting dose, then monthly',
    scenario: maleScenario('GnRH antagonist depot: a starting dose, then monthly', 63, [every('gnrh-antagonist', 365, 7, undefined, 3), every('gnrh-antagonist', 28, 35)], { everyHours: 2 }),
  }],
  output: 'testosterone',
  focus: ['testosterone', 'lh', 'gnrh', 'fsh'],
  prediction: {
    kind: 'sketch',
    output: 'testosterone',
    window: [0, 63],
    yMax: 3,
    prompt: 'Draw testosterone (1 = baseline) over 9 weeks; the agonist depot is given on days 7, 35 and 63.',
  },
  explanation: [
    'An agonist is a long-lasting GnRH. At first it occupies nearly every receptor and the pituitary pours out its ' +
      'stored LH: LH jumps about six-fold within hours and testosterone about doubles by days 2–3, the flare. But the ' +
      'agonist never lets go. Natural GnRH arrives in pulses; the agonist occupies the receptors without pause, so the ' +
      'gonadotropes, getting no pulses, lose their priming over days, more and more receptors stay desensitized and ' +
      'the LH store runs down, as with continuous GnRH (Belchetz 1978). Within about five weeks LH is about a ' +
      'tenth of baseline and testosterone about a seventh, although the hypothalamus, freed of steroid feedback, ' +
      'makes more GnRH than before.',
    'In men with prostate cancer a leuprolide depot raises testosterone about 60% on days 2–3 and brings it to ' +
      'castrate levels at a median of about three weeks (Sharifi 1990). The model’s floor in a young man, about a ' +
      'seventh of his baseline, lies somewhat above those castrate levels.',
    'An antagonist occupies the receptor without activating it: GnRH is shut out at once, with no flare, and ' +
      'testosterone falls to about a tenth within two days (Klotz 2008; Tornøe 2007). FSH, which partly escapes an ' +
      'agonist, stays lower under the antagonist.',
  ],
  sources: ['Belchetz 1978', 'Sharifi 1990', 'Klotz 2008', 'Tornøe 2007'],
  expect: [
    { output: 'lh', window: [7, 9], stat: 'max', above: 3, says: 'LH jumps within hours of the first agonist dose.' },
    { output: 'testosterone', window: [7, 11], stat: 'max', above: 1.4, says: 'Testosterone flares well above baseline.' },
    { output: 'testosterone', window: [42, 63], stat: 'mean', below: 0.25, says: 'Then testosterone falls to a small fraction of baseline.' },
    {
      larger: { output: 'gnrh', window: [42, 63], stat: 'mean' },
      smaller: { output: 'lh', window: [42, 63], stat: 'mean' },
      byAtLeast: 5,
      says: 'LH stays low although the hypothalamus makes more GnRH: the gonadotropes have lost their priming.',
    },
    { run: 'antagonist', output: 'testosterone', window: [7, 14], stat: 'max', below: 1.05, says: 'The antagonist causes no flare.' },
    { run: 'antagonist', output: 'testosterone', window: [9, 14], stat: 'mean', below: 0.2, says: 'It suppresses testosterone within two days.' },
    {
      larger: { output: 'fsh', window: [42, 63], stat: 'mean' },
      smaller: { run: 'antagonist', output: 'fsh', window: [42, 63], stat: 'mean' },
      byAtLeast: 1.5,
      says: 'FSH escapes the agonist more than the antagonist.',
    },
  ],
  terms: ['flare', 'gnrh-agonist', 'gnrh-antagonist', 'gonadotrope-priming', 'desensitization', 'castration'],
  presetId: 'gnrh-agonist-depot',
  explore: 'Open the "why" view on day 50: lost gonadotrope priming does most of the holding-down and desensitization much of the rest; in the antagonist run the blockade does it instead.',
};
