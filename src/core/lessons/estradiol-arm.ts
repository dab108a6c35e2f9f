/** Lesson: the estradiol arm of feedback: aromatase inhibitor vs SERM. */
import type { Lesson } from './lesson';
import { every, maleScenario } from '../scenario/build';

/** Lesson: Anastrozole vs tamoxifen: opposite effects on estradiol, the same on testosterone. */
export const ESTRADIOL_ARM: Lesson = {
  id: 'estradiol-arm',
  title: 'The estradiol arm: blocking aromatase vs blocking the receptor',
  question: 'Anastrozole blocks aromatase, the enzyme that makes estradiol from testosterone; tamoxifen blocks the estrogen receptor. Both raise testosterone. What does each do to estradiol?',
  scenario: maleScenario('Daily anastrozole', 90, [every('anastrozole', 1, 0)]),
  compare: [{ id: 'serm', label: 'Daily tamoxifen (a SERM)', scenario: maleScenario('Daily tamoxifen', 90, [every('tamoxifen', 1, 0)]) }],
  output: 'estradiol',
  focus: ['estradiol', 'testosterone', 'lh'],
  prediction: {
    kind: 'choice',
    prompt: 'After two months, estradiol is…',
    options: [
      { id: 'both-down', text: 'lower with both.' },
      { id: 'ai-down-serm-up', text: 'lower with anastrozole, higher with tamoxifen.' },
      { id: 'both-up', text: 'higher with both, because testosterone is higher.' },
      { id: 'ai-up-serm-down', text: 'higher with anastrozole, lower with tamoxifen.' },
    ],
    correct: 'ai-down-serm-up',
  },
  explanation: [
    'In men estradiol, not testosterone, does most of the negative feedback near baseline: the estrogen brake ' +
      'is the strongest on GnRH and estradiol also damps LH release at the pituitary (Hayes ' +
      '2001; Pitteloud 2008). Weakening it either way releases LH, and testosterone rises.',
    'Anastrozole weakens it at the source: less aromatase, less estradiol, even though there is more testosterone to ' +
      'convert. Tamoxifen leaves aromatase alone and blocks the receptor instead, so the brain reads less estrogen than ' +
      'there is; the extra testosterone is converted as usual and estradiol rises with it. Lowering estradiol raises LH ' +
      'and testosterone in men (Leder 2004; T’Sjoen 2005).',
  ],
  sources: ['Hayes 2001', 'Pitteloud 2008', 'Leder 2004', 'T’Sjoen 2005'],
  expect: [
    { output: 'estradiol', window: [45, 90], stat: 'mean', below: 0.85, says: 'Anastrozole lowers estradiol.' },
    { run: 'serm', output: 'estradiol', window: [45, 90], stat: 'mean', above: 1.2, says: 'Tamoxifen raises it.' },
    { output: 'testosterone', window: [45, 90], stat: 'mean', above: 1.2, says: 'Anastrozole raises testosterone.' },
    { run: 'serm', output: 'testosterone', window: [45, 90], stat: 'mean', above: 1.2, says: 'So does tamoxifen.' },
  ],
  terms: ['estradiol', 'aromatase', 'aromatase-inhibitor', 'serm', 'negative-feedback'],
  explore: 'Open the "why" view on day 60 of each: with anastrozole the estrogen-receptor brake is weaker than at baseline.',
};
