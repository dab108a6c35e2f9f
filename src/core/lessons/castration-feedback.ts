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
  focus: ['lh', 'gnrh', 'testosterone', 'estradiol'],
  prediction: {
    kind: 'sketch',
    output: 'lh',
    window: [0, 90],
    yMax: 8,
    prompt: 'Draw LH (1 = the healthy baseline) from day 0 to day 90.',
  },
  explanation: [
    'For the first ten days nothing moves: at rest every hormone is made exactly as fast as it is cleared, and ' +
      'testosterone and estradiol hold GnRH at the level that keeps it so. That balance is the set point of a ' +
      'negative-feedback loop.',
    'Removing the testes removes testosterone at once and inhibin B within a few days; estradiol falls to about a quarter, ' +
      'the part still made from adrenal precursors. LH does not jump at once: in the model testosterone and estradiol ' +
      'brake GnRH through androgen- and estrogen-receptor signals that follow serum levels over days, so LH barely ' +
      'moves in the first half-day (Nashan 1989 saw no change in 12 hours) and about doubles by the third day. As the ' +
      'brakes let go, GnRH climbs to about three times baseline, estradiol’s damping of LH release at the pituitary ' +
      'eases, and the pituitary makes and releases more LH from its store. LH levels off at about five times baseline ' +
      'after three to four weeks and stays there, because nothing is left to bring it down.',
    'In men LH rises two- to three-fold within days of medical castration (Pitteloud 2008; Hayes 2001) and about ' +
      'four-fold in the months after orchiectomy.',
  ],
  sources: ['Nashan 1989', 'Pitteloud 2008', 'Hayes 2001'],
  expect: [
    { output: 'lh', window: [0, 9], stat: 'min', above: 0.99, says: 'LH stays at baseline while nothing is done.' },
    { output: 'lh', window: [0, 9], stat: 'max', below: 1.01, says: 'LH stays at baseline while nothing is done.' },
    { output: 'testosterone', window: [12, 90], stat: 'max', below: 0.02, says: 'Testosterone is gone within two days of castration.' },
    { output: 'estradiol', window: [20, 90], stat: 'mean', above: 0.1, below: 0.45, says: 'Estradiol falls to about a quarter: adrenal precursors still feed aromatase.' },
    { output: 'lh', window: [10, 10.5], stat: 'max', below: 1.3, says: 'LH barely moves in the first half-day.' },
    { output: 'lh', window: [13, 14], stat: 'mean', above: 1.6, says: 'LH about doubles by the third day.' },
    { output: 'lh', window: [60, 90], stat: 'mean', above: 3, below: 8, says: 'LH settles at several times baseline.' },
    {
      larger: { output: 'lh', window: [60, 90], stat: 'mean' },
      smaller: { output: 'lh', window: [10.5, 11], stat: 'max' },
      byAtLeast: 2,
      says: 'LH keeps climbing for weeks after the first day.',
    },
  ],
  terms: ['negative-feedback', 'castration', 'lh', 'gnrh', 'androgen-receptor', 'estrogen-receptor', 'set-point', 'steady-state'],
  presetId: 'castration',
  explore: 'Open the "why" view on day 60: the only brake left is the estrogen receptor, at about a sixth of its usual strength, answering the estradiol still made from adrenal precursors.',
};
