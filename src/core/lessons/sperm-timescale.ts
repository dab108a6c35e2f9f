/** Lesson: sperm production follows its support slowly (months), through the spermatogenic lag. */
import type { Lesson } from './lesson';
import { maleScenario, weeklyTestosterone } from '../scenario/build';

/** Lesson: How long sperm production takes to fall under weekly testosterone. */
export const SPERM_TIMESCALE: Lesson = {
  id: 'sperm-timescale',
  title: 'Sperm production takes months to follow',
  question: 'LH and FSH are suppressed within two weeks of starting weekly testosterone. How soon does sperm production fall below half?',
  scenario: maleScenario('Weekly testosterone injections for six months', 180, [weeklyTestosterone()]),
  output: 'sperm',
  focus: ['sperm', 'fsh', 'itt', 'inhibinB'],
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
    'Spermatogenesis needs both a high intratesticular testosterone and FSH. Under weekly testosterone both are gone ' +
      'within two weeks, but sperm output answers slowly. A germ cell takes about ten weeks (74 days) to become a ' +
      'sperm and then spends one to two weeks in the epididymis; the model follows it through 12 germ-cell stages and ' +
      'that transit. With its support gone, fewer cells enter and more are lost on the way, but the cells already far ' +
      'along keep coming out for a while.',
    'So sperm output holds for about three weeks, is still about three-quarters at four, falls below half after five ' +
      'to six weeks and below a tenth after ' +
      'about ten, and stays near zero. Inhibin B, made partly by the germ cells, falls with them. In contraceptive ' +
      'trials of weekly testosterone, sperm concentration was down to about 15% of its starting level at 6.8 weeks ' +
      'and almost every man had little or none by six months (Handelsman 2005; WHO 1990); the model is a little ' +
      'slower in the first two months.',
  ],
  sources: ['Handelsman 2005', 'WHO 1990'],
  expect: [
    { output: 'fsh', window: [14, 28], stat: 'mean', below: 0.1, says: 'FSH is suppressed within two weeks.' },
    { output: 'sperm', window: [0, 28], stat: 'min', above: 0.6, says: 'Four weeks in, sperm output is still above 60%.' },
    { output: 'sperm', window: [28, 70], stat: 'min', below: 0.5, says: 'It falls below half within one to two months.' },
    { output: 'sperm', window: [84, 98], stat: 'mean', below: 0.12, says: 'By about three months it is below a tenth.' },
    { output: 'sperm', window: [150, 180], stat: 'mean', below: 0.1, says: 'By six months it is near zero.' },
  ],
  terms: ['spermatogenesis', 'spermatogenic-cycle', 'fsh', 'intratesticular-testosterone', 'epididymis', 'exogenous-testosterone'],
  presetId: 'trt-weekly',
  explore: 'Compare the speed of each output’s fall: LH in days, intratesticular testosterone in two weeks, Leydig capacity over months, and sperm output after a lag of weeks.',
};
