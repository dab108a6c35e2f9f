/** Lesson: FSH rises more than LH after castration, because inhibin B is gone too. */
import type { Lesson } from './lesson';
import { maleScenario } from '../scenario/build';

/** Lesson: Why FSH rises more than LH after castration. */
export const CASTRATION_FSH_INHIBIN: Lesson = {
  id: 'castration-fsh-inhibin',
  title: 'Two brakes on FSH: inhibin B and estradiol',
  question: 'After castration both LH and FSH rise. Which rises more, relative to its own baseline?',
  scenario: maleScenario('Orchiectomy on day 10', 90, [], { conditions: [{ id: 'orchiectomy', fromDay: 10 }], everyHours: 3 }),
  output: 'fsh',
  focus: ['fsh', 'lh', 'inhibinB'],
  prediction: {
    kind: 'choice',
    prompt: 'Three months after castration, which gonadotropin is further above its baseline?',
    options: [
      { id: 'lh', text: 'LH rises more: it is the hormone the testes answer to.' },
      { id: 'fsh', text: 'FSH rises more: it loses a second brake.' },
      { id: 'same', text: 'Both rise by the same factor: one GnRH drives both.' },
      { id: 'neither', text: 'Neither changes much: the pituitary keeps them steady.' },
    ],
    correct: 'fsh',
  },
  explanation: [
    'LH and FSH share one driver, GnRH, but not the same brakes. LH is restrained by testosterone and estradiol ' +
      'acting on the hypothalamus and by estradiol at the pituitary. FSH is restrained mostly at the pituitary, by ' +
      'inhibin B from the Sertoli and germ cells and by estradiol.',
    'Castration removes all of these at once. For LH only the steroid brakes go, so it rises about 2.7-fold; FSH also ' +
      'loses inhibin B, its largest brake, and rises about 6-fold. In men FSH rises more than LH after castration, and ' +
      'inhibin B is what couples FSH to the tubules (Anawalt 1996); the steroid part of the feedback is the one the ' +
      'model shares with LH (Hayes 2001).',
  ],
  sources: ['Anawalt 1996', 'Hayes 2001'],
  expect: [
    { output: 'inhibinB', window: [20, 90], stat: 'max', below: 0.01, says: 'Inhibin B is gone after castration.' },
    {
      larger: { output: 'fsh', window: [60, 90], stat: 'mean' },
      smaller: { output: 'lh', window: [60, 90], stat: 'mean' },
      byAtLeast: 1.5,
      says: 'FSH ends at least half as far again above baseline as LH.',
    },
  ],
  terms: ['fsh', 'inhibin-b', 'sertoli-cells', 'negative-feedback', 'castration'],
  presetId: 'castration',
  explore: 'Set inhibinFeedbackWeight to 0 in the parameter panel and run it again: FSH now rises little more than LH.',
};
