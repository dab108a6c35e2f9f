/** Lesson: restart protocols after testosterone: SERM vs aromatase inhibitor vs gonadorelin vs hCG. */
import type { Lesson, LessonRun } from './lesson';
import type { Regimen } from '../scenario/types';
import { every, maleScenario, weeklyTestosterone } from '../scenario/build';

/** Six months of weekly testosterone, then a restart aid from day 182 to day 272. */
const arm = (id: string, label: string, aid: Regimen[]): LessonRun => ({
  id,
  label,
  scenario: maleScenario(`Weekly testosterone for 6 months, then ${label.toLowerCase()}`, 400, [weeklyTestosterone(182), ...aid]),
});

/** Lesson: Four restart aids after six months of testosterone, compared. */
export const RESTART_PROTOCOLS: Lesson = {
  id: 'restart-protocols',
  title: 'Restart protocols: which signal brings testosterone back first?',
  question: 'After six months of testosterone, four restart aids are compared for 90 days, each from the day injections stop. Which gets serum testosterone back to 90% of baseline soonest?',
  scenario: maleScenario('Weekly testosterone for 6 months, then stop', 400, [weeklyTestosterone(182)]),
  compare: [
    arm('serm', 'Clomiphene (a SERM) daily', [every('clomiphene', 1, 182, 272)]),
    arm('ai', 'Anastrozole (an aromatase inhibitor) twice weekly', [every('anastrozole', 3.5, 182, 272)]),
    arm('gonadorelin', 'Gonadorelin twice weekly', [every('gonadorelin', 3.5, 182, 272)]),
    arm('hcg', 'hCG every other day', [every('hcg', 2, 182, 272)]),
  ],
  output: 'testosterone',
  focus: ['testosterone', 'ownTestosterone', 'lh'],
  prediction: {
    kind: 'choice',
    prompt: 'Which restart aid brings serum testosterone back to 90% of baseline soonest after the last injection?',
    options: [
      { id: 'serm', text: 'Clomiphene: it blocks estrogen feedback, so LH rises most.' },
      { id: 'ai', text: 'Anastrozole: less estradiol means less feedback and more testosterone.' },
      { id: 'gonadorelin', text: 'Gonadorelin: it is GnRH itself, the top of the axis.' },
      { id: 'hcg', text: 'hCG: it acts on the Leydig cells directly.' },
    ],
    correct: 'hcg',
  },
  explanation: [
    'The trough after stopping is set by the Leydig cells, shrunk by months without LH, more than by the brain. ' +
      'Clomiphene and anastrozole both loosen the estrogen brake on GnRH — one by ' +
      'blocking the receptor (Helo 2017), the other by making less estradiol — so LH rises higher than after a plain stop; ' +
      'gonadorelin injections add brief pulses at the pituitary that fade within hours. All three work through LH, on ' +
      'Leydig cells that can answer only as fast as they regrow.',
    'hCG bypasses hypothalamus and pituitary and stimulates the Leydig LH receptor directly, every other day, from the ' +
      'first day: it keeps the cells working and brings serum testosterone back soonest. Its cost shows in the other ' +
      'outputs: the testosterone it drives keeps the pituitary’s LH and FSH suppressed, so sperm production recovers ' +
      'no faster (Liu 2006; Katz 2012; Coviello 2005).',
  ],
  sources: ['Liu 2006', 'Katz 2012', 'Coviello 2005', 'Helo 2017'],
  expect: [
    { larger: { metric: 'testosterone.to90Days' }, smaller: { run: 'hcg', metric: 'testosterone.to90Days' }, says: 'hCG brings testosterone back sooner than a plain stop.' },
    { larger: { run: 'serm', metric: 'testosterone.to90Days' }, smaller: { run: 'hcg', metric: 'testosterone.to90Days' }, says: 'hCG is faster than clomiphene.' },
    { larger: { run: 'ai', metric: 'testosterone.to90Days' }, smaller: { run: 'hcg', metric: 'testosterone.to90Days' }, says: 'hCG is faster than anastrozole.' },
    { larger: { run: 'gonadorelin', metric: 'testosterone.to90Days' }, smaller: { run: 'hcg', metric: 'testosterone.to90Days' }, says: 'hCG is faster than gonadorelin.' },
    {
      larger: { run: 'serm', output: 'lh', window: [190, 270], stat: 'mean' },
      smaller: { output: 'lh', window: [190, 270], stat: 'mean' },
      byAtLeast: 1.2,
      says: 'Clomiphene raises LH above a plain stop.',
    },
    { run: 'hcg', output: 'lh', window: [200, 270], stat: 'mean', below: 0.7, says: 'Under hCG the pituitary’s own LH stays below baseline.' },
  ],
  terms: ['serm', 'aromatase-inhibitor', 'gonadorelin', 'hcg', 'leydig-cells', 'withdrawal-trough'],
  presetId: 'trt-restart-protocol',
  explore: 'Pin each arm and compare sperm production too: the fastest testosterone is not the fastest fertility.',
};
