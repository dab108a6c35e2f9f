/** Lesson: restart aids after testosterone: SERM vs aromatase inhibitor vs gonadorelin vs hCG. */
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
  title: 'Restart aids after testosterone: what each one changes',
  question: 'After six months of testosterone, four aids are compared, each for 90 days from the day injections stop. Which keeps serum testosterone from dipping in the weeks after the last injection?',
  scenario: maleScenario('Weekly testosterone for 6 months, then stop', 400, [weeklyTestosterone(182)]),
  compare: [
    arm('serm', 'Clomiphene (a SERM) daily', [every('clomiphene', 1, 182, 272)]),
    arm('ai', 'Anastrozole (an aromatase inhibitor) twice weekly', [every('anastrozole', 3.5, 182, 272)]),
    arm('gonadorelin', 'Gonadorelin twice weekly', [every('gonadorelin', 3.5, 182, 272)]),
    arm('hcg', 'hCG every other day', [every('hcg', 2, 182, 272)]),
  ],
  output: 'testosterone',
  focus: ['testosterone', 'ownTestosterone', 'lh', 'fsh', 'sperm'],
  prediction: {
    kind: 'choice',
    prompt: 'Which aid keeps serum testosterone from dipping well below baseline after the last injection?',
    options: [
      { id: 'serm', text: 'Clomiphene: it blocks estrogen feedback, so LH rises most.' },
      { id: 'ai', text: 'Anastrozole: less estradiol means less feedback and more testosterone.' },
      { id: 'gonadorelin', text: 'Gonadorelin: it is GnRH itself, the top of the axis.' },
      { id: 'hcg', text: 'hCG: it acts on the Leydig cells directly.' },
    ],
    correct: 'hcg',
  },
  explanation: [
    'After a plain stop testosterone dips to about half and stays below 90% of baseline for about ten days, while the brain’s steroid brakes let go ' +
      'and the pituitary regains its priming (the withdrawal lesson). Clomiphene and anastrozole both loosen the ' +
      'estrogen brake on GnRH, one by blocking the receptor (Helo 2017; Katz 2012), the other by making less ' +
      'estradiol, so once the pituitary is primed LH runs higher than after a plain stop and testosterone rises above ' +
      'baseline. The dip itself is only a little shallower and shorter.',
    'Gonadorelin twice a week changes almost nothing: each injection makes an LH spike that is gone within hours, ' +
      'and two spikes a week are far too few to prime the gonadotropes, which need pulses every hour or two.',
    'hCG bypasses hypothalamus and pituitary and stimulates the Leydig LH receptor directly from the first day, as it ' +
      'does while LH is suppressed (Coviello 2005), so testosterone hardly dips. The price shows later: the ' +
      'testosterone it drives keeps the pituitary’s LH and FSH below baseline, so when hCG stops testosterone dips ' +
      'again while the pituitary catches up, and sperm production, which needs FSH, comes back later than after a ' +
      'plain stop. No aid brings sperm back much sooner; after a plain stop it takes months (Liu 2006). These ' +
      'comparisons show the model’s mechanisms; they have not been tested in trials of men stopping testosterone.',
  ],
  sources: ['Helo 2017', 'Katz 2012', 'Coviello 2005', 'Liu 2006'],
  expect: [
    {
      larger: { run: 'hcg', output: 'testosterone', window: [182, 272], stat: 'min' },
      smaller: { output: 'testosterone', window: [182, 272], stat: 'min' },
      byAtLeast: 1.3,
      says: 'hCG keeps testosterone from dipping as far as after a plain stop.',
    },
    { run: 'hcg', output: 'testosterone', window: [182, 272], stat: 'min', above: 0.7, says: 'While hCG is given, testosterone stays near baseline.' },
    { run: 'gonadorelin', output: 'testosterone', window: [182, 230], stat: 'min', below: 0.75, says: 'Gonadorelin twice a week does not lift the trough.' },
    {
      larger: { run: 'serm', output: 'testosterone', window: [182, 230], stat: 'min' },
      smaller: { output: 'testosterone', window: [182, 230], stat: 'min' },
      byAtLeast: 1.08,
      says: 'With clomiphene the dip is a little shallower.',
    },
    {
      larger: { run: 'serm', output: 'lh', window: [200, 270], stat: 'mean' },
      smaller: { output: 'lh', window: [200, 270], stat: 'mean' },
      byAtLeast: 1.3,
      says: 'Clomiphene raises LH above a plain stop.',
    },
    { run: 'hcg', output: 'lh', window: [200, 270], stat: 'mean', below: 0.7, says: 'Under hCG the pituitary’s own LH stays below baseline.' },
    { run: 'hcg', output: 'testosterone', window: [272, 290], stat: 'min', below: 0.9, says: 'When hCG stops, testosterone dips again.' },
    {
      larger: { output: 'sperm', window: [300, 365], stat: 'mean' },
      smaller: { run: 'hcg', output: 'sperm', window: [300, 365], stat: 'mean' },
      byAtLeast: 1.15,
      says: 'Sperm production comes back later with hCG than after a plain stop.',
    },
  ],
  terms: ['serm', 'aromatase-inhibitor', 'gonadorelin', 'hcg', 'gonadotrope-priming', 'leydig-cells', 'withdrawal-trough'],
  presetId: 'trt-restart-protocol',
  explore: 'Pin each arm and compare sperm production: none brings it back much sooner than a plain stop.',
};
