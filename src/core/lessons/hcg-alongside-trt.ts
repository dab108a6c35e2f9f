/** Lesson: hCG stands in for LH at the testes, but not for FSH. */
import type { Lesson } from './lesson';
import { every, maleScenario, weeklyTestosterone } from '../scenario/build';

/** Lesson: hCG with weekly testosterone: the testes work, sperm production still falls. */
export const HCG_ALONGSIDE_TRT: Lesson = {
  id: 'hcg-alongside-trt',
  title: 'hCG stands in for LH, not for FSH',
  question: 'Weekly testosterone is given with hCG every other day. hCG acts on the LH receptor of the Leydig cells. What happens to sperm production over a year?',
  scenario: maleScenario('Weekly testosterone with hCG every other day', 365, [weeklyTestosterone(), every('hcg', 2, 0)]),
  compare: [{ id: 'trt-alone', label: 'Weekly testosterone alone', scenario: maleScenario('Weekly testosterone injections', 365, [weeklyTestosterone()]) }],
  output: 'sperm',
  focus: ['sperm', 'fsh', 'itt', 'ownTestosterone'],
  prediction: {
    kind: 'choice',
    prompt: 'With hCG alongside testosterone, sperm production after a year is…',
    options: [
      { id: 'kept', text: 'kept near baseline: hCG keeps intratesticular testosterone up.' },
      { id: 'falls', text: 'still suppressed: FSH stays switched off.' },
      { id: 'higher', text: 'above baseline: the testes get testosterone from both sources.' },
    ],
    correct: 'falls',
  },
  explanation: [
    'hCG binds the LH receptor, so the Leydig cells keep working although the pituitary’s LH is suppressed: ' +
      'intratesticular testosterone and Leydig capacity stay at or above baseline, while without hCG they collapse ' +
      '(Coviello 2005).',
    'But spermatogenesis in the model needs two supports multiplied together, a high intratesticular testosterone and ' +
      'FSH. The injected testosterone and the estradiol made from it hold GnRH, and with it FSH, near zero — hCG does ' +
      'nothing for FSH — so sperm production still drifts down over months, on the time scale of contraceptive trials ' +
      '(Handelsman 2005). (hCG is combined with FSH when spermatogenesis must be restored in men without gonadotropins.)',
  ],
  sources: ['Coviello 2005', 'Handelsman 2005'],
  expect: [
    { output: 'itt', window: [30, 90], stat: 'mean', above: 0.7, says: 'With hCG, intratesticular testosterone stays up.' },
    { run: 'trt-alone', output: 'itt', window: [30, 90], stat: 'mean', below: 0.15, says: 'Without hCG it collapses.' },
    { output: 'fsh', window: [30, 90], stat: 'mean', below: 0.05, says: 'FSH stays suppressed either way.' },
    { output: 'sperm', window: [270, 365], stat: 'mean', below: 0.1, says: 'Sperm production is still suppressed after a year.' },
  ],
  terms: ['hcg', 'leydig-cells', 'intratesticular-testosterone', 'fsh', 'spermatogenesis'],
  presetId: 'hcg-with-trt',
  explore: 'Stop the hCG on day 90 (untilDay) and watch intratesticular testosterone fall to the level of testosterone alone within days.',
};
