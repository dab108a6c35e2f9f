/** Lesson: stopping testosterone leaves a short trough, then a long tail while the Leydig cells regrow. */
import type { Lesson } from './lesson';
import { maleScenario, weeklyTestosterone } from '../scenario/build';

/** Lesson: The testosterone trough after stopping six months of injections. */
export const WITHDRAWAL_TROUGH: Lesson = {
  id: 'withdrawal-trough',
  title: 'Stopping therapy: a short trough, a long tail',
  question: 'After six months of weekly testosterone the injections stop; the last is on day 175. What does serum testosterone do over the next months?',
  scenario: maleScenario('Weekly testosterone for 6 months, then stop', 400, [weeklyTestosterone(182)]),
  output: 'testosterone',
  focus: ['testosterone', 'ownTestosterone', 'lh', 'gnrh', 'leydig'],
  prediction: {
    kind: 'sketch',
    output: 'testosterone',
    window: [175, 300],
    yMax: 3,
    prompt: 'Draw serum testosterone (1 = baseline) from day 175 to day 300; the last injection is on day 175.',
  },
  explanation: [
    'The last injection, on day 175, takes one to two weeks to clear from its depot (Nankin 1987). Serum testosterone ' +
      'and estradiol fall, but their brakes on GnRH let go more slowly: in the model they act through androgen- and ' +
      'estrogen-receptor signals that follow serum levels over days, so GnRH comes back only after serum testosterone ' +
      'has already dropped. LH lags a few days more, because the gonadotropes lost their priming during therapy and ' +
      'need some days of strong GnRH pulses to regain it. In that gap the testes get almost no LH, and serum ' +
      'testosterone dips to about half of baseline around day 190: the withdrawal trough.',
    'Once the pituitary is primed again, LH rises above baseline and testosterone is back near normal about three ' +
      'weeks after the last injection. The Leydig cells are not the bottleneck: six months without LH left them at ' +
      'about half their capacity, not gone, and a raised LH drives them harder while they regrow over months. That is ' +
      'the long tail: LH stays a little above baseline for months while testosterone looks normal. Sperm production ' +
      'takes longest, about three months to reach half.',
    'In contraceptive trials men’s own hormones came back after the injections stopped, and sperm production over ' +
      'months (Liu 2006; WHO 1990). The trough is short in the model because the Leydig cells persist; it does not ' +
      'describe years of high-dose androgen use.',
  ],
  sources: ['Nankin 1987', 'Liu 2006', 'WHO 1990'],
  expect: [
    { output: 'leydig', window: [170, 182], stat: 'mean', above: 0.3, below: 0.8, says: 'During therapy Leydig capacity has fallen to about half, not to nothing.' },
    { output: 'testosterone', window: [182, 230], stat: 'min', above: 0.3, below: 0.8, says: 'Testosterone dips to about half after the last dose clears.' },
    {
      larger: { output: 'gnrh', window: [188, 191], stat: 'mean' },
      smaller: { output: 'lh', window: [188, 191], stat: 'mean' },
      byAtLeast: 3,
      says: 'GnRH is back days before LH: the pituitary must first be primed again.',
    },
    { output: 'testosterone', window: [200, 230], stat: 'mean', above: 0.9, says: 'Testosterone is back near baseline within about four weeks of the last injection.' },
    { output: 'lh', window: [230, 300], stat: 'mean', above: 1.05, says: 'LH stays above baseline for months while the Leydig cells regrow.' },
    { output: 'testosterone', window: [330, 400], stat: 'mean', above: 0.95, says: 'Testosterone stays at baseline.' },
  ],
  terms: ['withdrawal-trough', 'gonadotrope-priming', 'leydig-cells', 'exogenous-testosterone', 'lh', 'negative-feedback'],
  presetId: 'trt-abrupt-stop',
  explore: 'Set feedbackSignalHalfLifeHours to 24 in the parameter panel and run again: with steroid brakes that let go within a day, the trough almost disappears. Its depth is set by the brain’s slow signals, not by the Leydig cells.',
};
