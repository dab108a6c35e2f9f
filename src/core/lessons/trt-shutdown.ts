/** Lesson: exogenous testosterone shuts down LH and the testes. */
import type { Lesson } from './lesson';
import { maleScenario, weeklyTestosterone } from '../scenario/build';

/** Lesson: LH and intratesticular testosterone in the first weeks of weekly testosterone. */
export const TRT_SHUTDOWN: Lesson = {
  id: 'trt-shutdown',
  title: 'Testosterone from outside shuts the testes down',
  question: 'A healthy man starts weekly testosterone injections. What does his own LH do in the first eight weeks?',
  scenario: maleScenario('Weekly testosterone injections', 56, [weeklyTestosterone()]),
  output: 'lh',
  focus: ['lh', 'testosterone', 'ownTestosterone', 'itt'],
  prediction: {
    kind: 'sketch',
    output: 'lh',
    window: [0, 56],
    yMax: 1.5,
    prompt: 'Draw LH (1 = baseline) over the first 8 weeks of weekly injections.',
  },
  explanation: [
    'The brain cannot tell injected testosterone from the testes’ own. Serum testosterone about doubles, peaking two ' +
      'to three days after each injection (Nankin 1987), and so does ' +
      'the estradiol made from it by aromatase. Both tighten their brake on GnRH — estradiol’s most, because ' +
      'the estrogen receptor responds steeply, almost like a switch — and estradiol also damps LH release at the ' +
      'pituitary. GnRH falls to a few percent of baseline, and within two weeks LH is below a tenth of baseline.',
    'Without LH the Leydig cells stop making testosterone, so the testosterone inside the testes, which sperm ' +
      'production needs at about a hundred times the serum level, collapses even though serum testosterone is high ' +
      '(Coviello 2005). Weekly testosterone suppresses LH and FSH enough to be studied as a male contraceptive ' +
      '(WHO 1990).',
  ],
  sources: ['WHO 1990', 'Coviello 2005', 'Nankin 1987'],
  expect: [
    { output: 'lh', window: [14, 28], stat: 'mean', below: 0.1, says: 'LH is below 10% of baseline in weeks 3 and 4.' },
    { output: 'testosterone', window: [28, 56], stat: 'mean', above: 1.3, says: 'Serum testosterone runs well above baseline.' },
    { output: 'itt', window: [28, 56], stat: 'mean', below: 0.15, says: 'Intratesticular testosterone collapses.' },
  ],
  terms: ['exogenous-testosterone', 'lh', 'negative-feedback', 'intratesticular-testosterone', 'leydig-cells', 'aromatase'],
  presetId: 'trt-weekly',
  explore: 'Look at testosterone between injections: it saw-tooths with each dose (peak on days 2–3), while LH stays flat near zero.',
};
