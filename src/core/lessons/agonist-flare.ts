/** Lesson: GnRH agonist flare vs antagonist. */
import type { Lesson } from './lesson';
import { every, maleScenario } from '../scenario/build';

/** Lesson: The GnRH agonist flare and castrate suppression, beside an antagonist. */
export const AGONIST_FLARE: Lesson = {
  id: 'agonist-flare',
  title: 'GnRH agonist: the flare, then castrate levels; the antagonist: none',
  question: 'A monthly GnRH agonist depot starts on day 7. An antagonist depot is compared. What does testosterone do under the agonist?',
  scenario: maleScenario('Monthly GnRH agonist depot', 63, [every('gnrh-agonist', 28, 7)], { everyHours: 2 }),
  compare: [{ id: 'antagonist', label: 'Monthly GnRH antagonist depot', scenario: maleScenario('Monthly GnRH antagonist depot', 63, [every('gnrh-antagonist', 28, 7)], { everyHours: 2 }) }],
  output: 'testosterone',
  focus: ['testosterone', 'lh'],
  prediction: {
    kind: 'sketch',
    output: 'testosterone',
    window: [0, 63],
    yMax: 3,
    prompt: 'Draw testosterone (1 = baseline) over 9 weeks; the agonist depot is given on days 7, 35 and 63.',
  },
  explanation: [
    'An agonist is a long-lasting GnRH: at first it occupies and stimulates the receptor far more than natural pulses ' +
      'do, so LH and testosterone flare up for a few days. But it never lets go: more and more receptors are ' +
      'desensitized and then withdrawn from the cells (down-regulation), and within weeks LH and testosterone fall to castrate levels — ' +
      'sustained stimulation shuts the pituitary down, as continuous GnRH does (Belchetz 1978; Tornøe 2007).',
    'An antagonist occupies the receptor without activating it: occupancy by GnRH falls at once, with no flare, and ' +
      'testosterone drops within days (Tornøe 2007).',
  ],
  sources: ['Tornøe 2007', 'Belchetz 1978'],
  expect: [
    { output: 'testosterone', window: [7, 11], stat: 'max', above: 1.2, says: 'The agonist first flares testosterone above baseline.' },
    { output: 'testosterone', window: [42, 63], stat: 'mean', below: 0.1, says: 'Then testosterone falls to castrate levels.' },
    { run: 'antagonist', output: 'testosterone', window: [7, 14], stat: 'max', below: 1.05, says: 'The antagonist causes no flare.' },
    { run: 'antagonist', output: 'testosterone', window: [14, 21], stat: 'mean', below: 0.2, says: 'It suppresses testosterone within a week.' },
  ],
  terms: ['flare', 'gnrh-agonist', 'gnrh-antagonist', 'desensitization', 'down-regulation', 'castration'],
  presetId: 'gnrh-agonist-depot',
  explore: 'Watch LH in the first hours after the first agonist dose: the flare starts in LH and reaches testosterone a little later.',
};
