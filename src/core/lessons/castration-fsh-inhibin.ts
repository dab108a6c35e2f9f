/** Lesson: FSH rises more than LH after castration, because FSH loses brakes of its own, inhibin B among them. */
import type { Lesson } from './lesson';
import { maleScenario } from '../scenario/build';

/** Lesson: Why FSH rises more than LH after castration, beside a block of the testes' steroids alone. */
export const CASTRATION_FSH_INHIBIN: Lesson = {
  id: 'castration-fsh-inhibin',
  title: 'FSH’s own brakes: testosterone and inhibin B at the pituitary',
  question: 'After castration both LH and FSH rise. Which rises more, relative to its own baseline?',
  scenario: maleScenario('Orchiectomy on day 10', 90, [], { conditions: [{ id: 'orchiectomy', fromDay: 10 }], everyHours: 3 }),
  compare: [{
    id: 'steroid-block',
    label: 'Steroid synthesis of the testes blocked on day 10 (inhibin B kept)',
    scenario: maleScenario('Testicular steroid synthesis blocked on day 10', 90, [], { conditions: [{ id: 'steroid-block', fromDay: 10 }], everyHours: 3 }),
  }],
  output: 'fsh',
  focus: ['fsh', 'lh', 'inhibinB', 'testosterone'],
  prediction: {
    kind: 'choice',
    prompt: 'Three months after castration, which gonadotropin is further above its baseline?',
    options: [
      { id: 'lh', text: 'LH rises more: it is the hormone the testes answer to.' },
      { id: 'fsh', text: 'FSH rises more: it loses brakes of its own.' },
      { id: 'same', text: 'Both rise by the same factor: one GnRH drives both.' },
      { id: 'neither', text: 'Neither changes much: the pituitary keeps them steady.' },
    ],
    correct: 'fsh',
  },
  explanation: [
    'LH and FSH share one driver, GnRH, but not the same brakes. LH is restrained by testosterone and estradiol ' +
      'acting on GnRH at the hypothalamus and by estradiol at the pituitary. FSH has brakes of its own at the ' +
      'pituitary: testosterone through the androgen receptor (in the model the largest of them), inhibin B from the ' +
      'Sertoli and germ cells, and estradiol.',
    'Castration removes all of them. LH rises about five-fold; FSH, which loses its own brakes too, about 6.5-fold. ' +
      'The second run blocks only the steroid synthesis of the testes, as high-dose ketoconazole does: testosterone ' +
      'falls to a tenth or two and estradiol to about a third, but the Sertoli cells keep making inhibin B. Now FSH ' +
      'rises no more than LH, as in men given ketoconazole, whose LH rose 2.6-fold and FSH 2.0-fold within six days ' +
      '(Hayes 2001). What FSH gains over LH after castration is the loss of inhibin B.',
    'In men FSH ends higher than LH after orchiectomy, and inhibin B is what ties FSH to the state of the tubules ' +
      '(Anawalt 1996).',
  ],
  sources: ['Hayes 2001', 'Anawalt 1996'],
  expect: [
    { output: 'inhibinB', window: [20, 90], stat: 'max', below: 0.01, says: 'Inhibin B is gone after castration.' },
    {
      larger: { output: 'fsh', window: [60, 90], stat: 'mean' },
      smaller: { output: 'lh', window: [60, 90], stat: 'mean' },
      byAtLeast: 1.1,
      says: 'After castration FSH ends further above its baseline than LH.',
    },
    { run: 'steroid-block', output: 'inhibinB', window: [20, 90], stat: 'min', above: 0.6, says: 'With only the steroids blocked, inhibin B stays.' },
    {
      larger: { run: 'steroid-block', output: 'lh', window: [11, 16], stat: 'mean' },
      smaller: { run: 'steroid-block', output: 'fsh', window: [11, 16], stat: 'mean' },
      says: 'With inhibin B kept, LH rises at least as fast as FSH.',
    },
    {
      larger: { output: 'fsh', window: [60, 90], stat: 'mean' },
      smaller: { run: 'steroid-block', output: 'fsh', window: [60, 90], stat: 'mean' },
      byAtLeast: 1.3,
      says: 'FSH rises further when inhibin B goes too.',
    },
  ],
  terms: ['fsh', 'inhibin-b', 'sertoli-cells', 'androgen-receptor', 'negative-feedback', 'castration'],
  presetId: 'castration',
  explore: 'Set inhibinFeedbackWeight to 0 in the parameter panel and run castration again: FSH now rises little more than LH.',
};
