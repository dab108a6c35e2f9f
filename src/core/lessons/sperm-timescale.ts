/** Lesson: sperm production follows its support slowly (months). */
import type { Lesson } from './lesson';
import { maleScenario, weeklyTestosterone } from '../scenario/build';

/** Lesson: How long sperm production takes to fall under weekly testosterone. */
export const SPERM_TIMESCALE: Lesson = {
  id: 'sperm-timescale',
  title: 'Sperm production takes months to follow',
  question: 'LH and FSH are suppressed within two weeks of starting weekly testosterone. How soon does sperm production fall below half?',
  scenario: maleScenario('Weekly testosterone injections for six months', 180, [weeklyTestosterone()]),
  output: 'sperm',
  focus: ['sperm', 'fsh', 'itt'],
  prediction: {
    kind: 'choice',
    prompt: 'When does the sperm output index first fall below 50% of baseline?',
    options: [
      { id: 'week', text: 'Within the first week or two, together with LH and FSH.' },
      { id: 'months', text: 'After one to two months.' },
      { id: 'year', text: 'Only after about a year.' },
      { id: 'never', text: 'It does not fall: serum testosterone is high.' },
    ],
    correct: 'months',
  },
  explanation: [
    'Spermatogenesis needs both a high intratesticular testosterone and FSH. Under weekly testosterone both vanish ' +
      'within two weeks, but the tubules answer slowly: germ cells take about ten weeks to mature and then pass through ' +
      'the epididymis. In the model the activity of the tubules follows its support with a half-time of weeks, and ' +
      'sperm output follows that activity after a transit delay, so sperm output crosses one half after about seven weeks and ' +
      'is near zero by six months.',
    'In contraceptive trials sperm concentration fell with a half-time of about 5.5 weeks and took months to recover ' +
      '(Handelsman 2005; WHO 1990).',
  ],
  sources: ['Handelsman 2005', 'WHO 1990'],
  expect: [
    { output: 'sperm', window: [0, 21], stat: 'min', above: 0.6, says: 'Sperm output holds up for the first three weeks.' },
    { output: 'sperm', window: [28, 70], stat: 'min', below: 0.5, says: 'It falls below half within one to two months.' },
    { output: 'sperm', window: [150, 180], stat: 'mean', below: 0.1, says: 'By six months it is near zero.' },
  ],
  terms: ['spermatogenesis', 'fsh', 'intratesticular-testosterone', 'sertoli-cells', 'exogenous-testosterone'],
  presetId: 'trt-weekly',
  explore: 'Compare the speed of each output’s fall: LH in days, Leydig capacity in weeks, sperm production in months.',
};
