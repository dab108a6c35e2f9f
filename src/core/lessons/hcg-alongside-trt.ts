/** Lesson: hCG stands in for LH at the testes, but not for FSH. */
import type { Lesson } from './lesson';
import { every, maleScenario, weeklyTestosterone } from '../scenario/build';

/** Lesson: hCG with weekly testosterone: the testes keep working, sperm production still falls, though less. */
export const HCG_ALONGSIDE_TRT: Lesson = {
  id: 'hcg-alongside-trt',
  title: 'hCG stands in for LH, not for FSH',
  question: 'Weekly testosterone is given with hCG every other day. hCG acts on the LH receptor of the Leydig cells. What happens to sperm production over a year?',
  scenario: maleScenario('Weekly testosterone with hCG every other day', 365, [weeklyTestosterone(), every('hcg', 2, 0)]),
  compare: [{ id: 'trt-alone', label: 'Weekly testosterone alone', scenario: maleScenario('Weekly testosterone injections', 365, [weeklyTestosterone()]) }],
  output: 'sperm',
  focus: ['sperm', 'fsh', 'itt', 'ownTestosterone', 'testosterone'],
  prediction: {
    kind: 'choice',
    prompt: 'With hCG alongside testosterone, sperm production after a year is…',
    options: [
      { id: 'kept', text: 'kept near baseline: hCG keeps intratesticular testosterone up.' },
      { id: 'partly', text: 'kept in part: far more than with testosterone alone, but well below baseline.' },
      { id: 'collapses', text: 'as low as with testosterone alone: the pituitary is still switched off.' },
    ],
    correct: 'partly',
  },
  explanation: [
    'hCG binds the LH receptor, so the Leydig cells keep working although the pituitary’s LH is suppressed: ' +
      'intratesticular testosterone stays near baseline, while without hCG it falls below a tenth (in men, 93% of ' +
      'baseline with hCG against 6% without; Coviello 2005). The testes’ own testosterone adds to the injected, so ' +
      'serum testosterone runs about three times baseline.',
    'But spermatogenesis needs FSH as well: in the model FSH lets stem cells enter the 12-stage germ-cell pipeline ' +
      'and helps the germ cells survive it. hCG does nothing for FSH, and the high testosterone and estradiol keep it ' +
      'at a few percent of baseline. So sperm production still falls over months, but settles at about 40% of ' +
      'baseline instead of a few percent.',
    'Studies in normal men found that LH activity alone, with FSH suppressed, kept 25–45% of sperm output ' +
      '(Bremner 1981; Matsumoto 1986); a retrospective clinical series reported semen quality kept in men on ' +
      'testosterone with hCG (Hsieh 2013). The model sits with the prospective studies. (hCG is combined with FSH ' +
      'when spermatogenesis must be restored in men without gonadotropins.)',
  ],
  sources: ['Coviello 2005', 'Bremner 1981', 'Matsumoto 1986', 'Hsieh 2013'],
  expect: [
    { output: 'itt', window: [30, 90], stat: 'mean', above: 0.7, says: 'With hCG, intratesticular testosterone stays up.' },
    { run: 'trt-alone', output: 'itt', window: [30, 90], stat: 'mean', below: 0.15, says: 'Without hCG it collapses.' },
    { output: 'fsh', window: [30, 90], stat: 'mean', below: 0.1, says: 'With hCG, FSH stays suppressed.' },
    { output: 'sperm', window: [270, 365], stat: 'mean', above: 0.15, below: 0.7, says: 'Sperm production settles at a fraction of baseline.' },
    {
      larger: { output: 'sperm', window: [270, 365], stat: 'mean' },
      smaller: { run: 'trt-alone', output: 'sperm', window: [270, 365], stat: 'mean' },
      byAtLeast: 4,
      says: 'That is many times more than with testosterone alone.',
    },
  ],
  terms: ['hcg', 'leydig-cells', 'intratesticular-testosterone', 'fsh', 'spermatogenesis', 'spermatogenic-cycle'],
  presetId: 'hcg-with-trt',
  explore: 'Stop the hCG on day 180 (untilDay): intratesticular testosterone falls to the level of testosterone alone within about ten days, and sperm production follows it down over the next months.',
};
