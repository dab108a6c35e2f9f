/** Lesson: stopping testosterone leaves a trough while the Leydig cells recover. */
import type { Lesson } from './lesson';
import { maleScenario, weeklyTestosterone } from '../scenario/build';

/** Lesson: The testosterone trough after stopping six months of injections. */
export const WITHDRAWAL_TROUGH: Lesson = {
  id: 'withdrawal-trough',
  title: 'Stopping therapy: the withdrawal trough',
  question: 'After six months of weekly testosterone the injections stop on day 182. What does serum testosterone do over the next months?',
  scenario: maleScenario('Weekly testosterone for 6 months, then stop', 400, [weeklyTestosterone(182)]),
  output: 'testosterone',
  focus: ['testosterone', 'ownTestosterone', 'lh', 'leydig'],
  prediction: {
    kind: 'sketch',
    output: 'testosterone',
    window: [175, 300],
    yMax: 3,
    prompt: 'Draw serum testosterone (1 = baseline) from day 175 to day 300; the last injection is on day 175.',
  },
  explanation: [
    'The last injection, on day 175, takes a week or two to clear from its depot (Nankin 1987). As it clears, serum ' +
      'testosterone falls and with it estradiol: their brakes on GnRH loosen, and GnRH and LH ' +
      'come back within days and even overshoot. But LH acts on Leydig cells whose ' +
      'capacity has shrunk to about a tenth during six months without LH, and it recovers with a half-time of weeks. ' +
      'So testosterone dips well below baseline — the withdrawal trough — and climbs back as the Leydig cells regrow, ' +
      'while LH stays high until testosterone is back.',
    'Men stopping androgens have low testosterone and high LH for weeks to months, and recovery of the testes takes ' +
      'months (Liu 2006).',
  ],
  sources: ['Liu 2006', 'Nankin 1987'],
  expect: [
    { output: 'leydig', window: [170, 182], stat: 'mean', below: 0.2, says: 'Leydig capacity has shrunk during therapy.' },
    { output: 'testosterone', window: [182, 230], stat: 'min', below: 0.75, says: 'Testosterone dips below baseline after the last dose clears.' },
    { output: 'lh', window: [182, 230], stat: 'max', above: 1.5, says: 'LH overshoots its baseline during recovery.' },
    { output: 'testosterone', window: [330, 400], stat: 'mean', above: 0.95, says: 'Testosterone is back at baseline within months.' },
  ],
  terms: ['withdrawal-trough', 'leydig-cells', 'exogenous-testosterone', 'lh', 'negative-feedback'],
  presetId: 'trt-abrupt-stop',
  explore: 'Run the sensitivity sweep on testosterone.to90Days: the Leydig-capacity half-life is among the parameters the recovery time hangs on.',
};
