/** Lesson: negative feedback at rest, and what happens when the loop is cut (castration). */
import type { Lesson } from './lesson';
import { maleScenario } from '../scenario/build';

/** Lesson: Negative feedback at rest, then LH after orchiectomy. */
export const CASTRATION_FEEDBACK: Lesson = {
  id: 'castration-feedback',
  title: 'Negative feedback at rest, and cutting the loop',
  question: 'For ten days nothing is done; then the testes are removed. What does LH do over the next three months?',
  scenario: maleScenario('Orchiectomy on day 10', 90, [], { conditions: [{ id: 'orchiectomy', fromDay: 10 }], everyHours: 3 }),
  output: 'lh',
  focus: ['lh', 'testosterone', 'estradiol'],
  prediction: {
    kind: 'sketch',
    output: 'lh',
    window: [0, 90],
    yMax: 4,
    prompt: 'Draw LH (1 = the healthy baseline) from day 0 to day 90.',
  },
  explanation: [
    'For the first ten days nothing moves: at rest every hormone is made exactly as fast as it is cleared, and ' +
      'testosterone and estradiol hold the hypothalamus at the level that keeps it so. That balance is the set point ' +
      'of a negative-feedback loop.',
    'Removing the testes removes testosterone, the estradiol made from it and inhibin B within a day or two. In the ' +
      'model the brakes they put on GnRH, through the androgen receptor and the estrogen receptor, fade over the ' +
      'half-day the receptor signals lag behind — the estrogen brake within hours, because it responds steeply — so GnRH rises to its unrestrained level (2.2 times baseline) and the pituitary, relieved of ' +
      'estrogen feedback too, releases more LH. LH doubles within a day and keeps creeping up for weeks as the pituitary ' +
      'makes more of it; it stays high, because nothing is left to bring it down.',
    'In men, LH and FSH rise several-fold after orchiectomy or medical castration, which is the feedback the model ' +
      'was calibrated to (Hayes 2001; Pitteloud 2008).',
  ],
  sources: ['Hayes 2001', 'Pitteloud 2008'],
  expect: [
    { output: 'lh', window: [0, 9], stat: 'min', above: 0.99, says: 'LH stays at baseline while nothing is done.' },
    { output: 'lh', window: [0, 9], stat: 'max', below: 1.01, says: 'LH stays at baseline while nothing is done.' },
    { output: 'testosterone', window: [12, 90], stat: 'max', below: 0.02, says: 'Testosterone is gone within two days of castration.' },
    { output: 'lh', window: [60, 90], stat: 'mean', above: 2, says: 'LH settles at more than twice baseline.' },
    { output: 'lh', window: [10.5, 11], stat: 'min', above: 1.8, says: 'LH about doubles within a day of castration.' },
    {
      larger: { output: 'lh', window: [60, 90], stat: 'mean' },
      smaller: { output: 'lh', window: [10.5, 11], stat: 'max' },
      says: 'LH keeps creeping up for weeks after the first jump.',
    },
  ],
  terms: ['negative-feedback', 'castration', 'lh', 'gnrh', 'set-point', 'steady-state'],
  presetId: 'castration',
  explore: 'Open the "why" view before and after day 10: the steroid terms vanish and only the GnRH receptor itself still restrains the axis.',
};
