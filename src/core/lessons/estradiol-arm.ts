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
    'In men estradiol does a large share of the negative feedback: it brakes GnRH at the hypothalamus and damps LH ' +
      'release at the pituitary (Hayes 2001; Pitteloud 2008). In the model the estrogen-receptor brake on GnRH is the ' +
      'strongest single brake in a healthy man. Weakening it either way releases LH, and testosterone rises.',
    'Anastrozole weakens it at the source: less aromatase, less estradiol, even though there is more testosterone to ' +
      'convert. Tamoxifen leaves aromatase alone and blocks the receptor instead, so the brain reads less estrogen ' +
      'than there is; the extra testosterone is converted as usual and estradiol rises with it.',
    'Either way the loop settles at a new balance: as testosterone rises, its own brake through the androgen ' +
      'receptor tightens and takes over part of the work the estrogen brake did, so in the model testosterone rises ' +
      'by about a third. In men lowering estradiol raises LH and testosterone, by about two-thirds in older men on ' +
      'anastrozole (Leder 2004) and more with the stronger letrozole (T’Sjoen 2005), and tamoxifen raises LH ' +
      '(Spijkstra 1988); the model’s rise is at the low end of these.',
  ],
  sources: ['Hayes 2001', 'Pitteloud 2008', 'Leder 2004', 'T’Sjoen 2005', 'Spijkstra 1988'],
  expect: [
    { output: 'estradiol', window: [45, 90], stat: 'mean', below: 0.85, says: 'Anastrozole lowers estradiol.' },
    { run: 'serm', output: 'estradiol', window: [45, 90], stat: 'mean', above: 1.1, says: 'Tamoxifen raises it.' },
    { output: 'lh', window: [45, 90], stat: 'mean', above: 1.2, says: 'Anastrozole raises LH…' },
    { run: 'serm', output: 'lh', window: [45, 90], stat: 'mean', above: 1.2, says: '…and so does tamoxifen.' },
    { output: 'testosterone', window: [45, 90], stat: 'mean', above: 1.15, below: 2, says: 'Anastrozole raises testosterone, by about a third.' },
    { run: 'serm', output: 'testosterone', window: [45, 90], stat: 'mean', above: 1.15, below: 2, says: 'So does tamoxifen.' },
  ],
  terms: ['estradiol', 'aromatase', 'aromatase-inhibitor', 'serm', 'androgen-receptor', 'negative-feedback'],
  explore: 'Open the "why" view on day 60 of each: the estrogen-receptor brake is weaker than at baseline, and the androgen-receptor brake has about doubled to take its place.',
};
