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
  focus: ['lh', 'gnrh', 'testosterone', 'ownTestosterone', 'itt'],
  prediction: {
    kind: 'sketch',
    output: 'lh',
    window: [0, 56],
    yMax: 1.5,
    prompt: 'Draw LH (1 = baseline) over the first 8 weeks of weekly injections.',
  },
  explanation: [
    'The brain cannot tell injected testosterone from the testes’ own. Serum testosterone about doubles, peaking two ' +
      'to three days after each injection (Nankin 1987), and estradiol, made from it by aromatase, rises by about ' +
      'half. Testosterone brakes GnRH through the androgen receptor, a brake that tightens steeply once testosterone ' +
      'is above normal, and estradiol adds its own: GnRH falls to about a sixth of baseline.',
    'A sixth of the GnRH does not explain LH falling to a twentieth. The gonadotropes, the pituitary cells that make ' +
      'LH and FSH, stay ready to answer GnRH only while its pulses are strong enough to keep them primed. Below that ' +
      'threshold they lose their priming over days, with fewer GnRH receptors and less LH made, and LH falls below a ' +
      'tenth of baseline within about ten days, FSH soon after. Weekly testosterone suppresses LH and FSH enough to be ' +
      'studied as a male contraceptive (WHO 1990).',
    'Without LH the Leydig cells stop making testosterone, so the testosterone inside the testes, which sperm ' +
      'production needs at about a hundred times the serum level, collapses to a tenth or less even though serum ' +
      'testosterone is high; in men it fell 94% in three weeks (Coviello 2005).',
  ],
  sources: ['Nankin 1987', 'WHO 1990', 'Coviello 2005'],
  expect: [
    { output: 'lh', window: [14, 28], stat: 'mean', below: 0.1, says: 'LH is below 10% of baseline in weeks 3 and 4.' },
    { output: 'fsh', window: [14, 28], stat: 'mean', below: 0.1, says: 'So is FSH.' },
    { output: 'testosterone', window: [28, 56], stat: 'mean', above: 1.3, says: 'Serum testosterone runs well above baseline.' },
    { output: 'gnrh', window: [21, 56], stat: 'mean', above: 0.08, below: 0.4, says: 'GnRH falls to about a sixth, not to zero.' },
    {
      larger: { output: 'gnrh', window: [21, 56], stat: 'mean' },
      smaller: { output: 'lh', window: [21, 56], stat: 'mean' },
      byAtLeast: 2,
      says: 'LH falls much further than GnRH: the gonadotropes have lost their priming.',
    },
    { output: 'itt', window: [28, 56], stat: 'mean', below: 0.15, says: 'Intratesticular testosterone collapses.' },
  ],
  terms: ['exogenous-testosterone', 'lh', 'androgen-receptor', 'gonadotrope-priming', 'intratesticular-testosterone', 'leydig-cells', 'aromatase'],
  presetId: 'trt-weekly',
  explore: 'Open the "why" view on day 21: the androgen receptor does the largest share of the holding-down and lost gonadotrope priming most of the rest, while the estrogen brake is no stronger than at baseline.',
};
