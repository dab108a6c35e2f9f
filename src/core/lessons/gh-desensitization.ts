/**
 * Lesson: ghrelin-receptor desensitization under twice-daily hexarelin, and
 * recovery after a break (Rahim 1998). The somatotropic axis (gh-igf1).
 */
import type { Lesson } from './lesson';
import { GH_HEXARELIN_BREAK } from '../scenario/presets/gh-presets';

/** Lesson: the GH response to hexarelin fades within a week and returns after a break. */
export const GH_DESENSITIZATION: Lesson = {
  id: 'gh-desensitization',
  title: 'Hexarelin’s fading effect: receptor desensitization',
  question: 'A healthy man injects hexarelin, a strong ghrelin-receptor agonist, twice a day for 16 weeks and then stops for 4 weeks. What happens to the GH burst after each dose?',
  scenario: GH_HEXARELIN_BREAK.scenario,
  output: 'gh',
  focus: ['gh', 'ghsr', 'igf1'],
  prediction: {
    kind: 'choice',
    prompt: 'Over the 16 weeks the GH burst after a dose…',
    options: [
      { id: 'same', text: 'stays the same: the pituitary is unchanged' },
      { id: 'grows', text: 'grows as the pituitary is primed' },
      { id: 'fades-returns', text: 'fades within the first week, and is back after the break' },
      { id: 'fades-lost', text: 'fades and stays lost after stopping' },
    ],
    correct: 'fades-returns',
  },
  explanation: [
    'In the model occupied ghrelin receptors desensitize at a steady rate and recover, with a half-life of a few days, only while ' +
      'free. Hexarelin occupies them for hours after each dose, twice a day, so within a week a little over half of them are ' +
      'desensitized and each dose releases about a quarter less GH; the loss then holds steady as long as dosing goes on.',
    'After the last dose the receptors are free again and recover within about two weeks: a test dose four weeks later gives the ' +
      'first-day response again. This is what Rahim 1998 measured: the GH response to a hexarelin test dose fell by about 30% in ' +
      'the first week and 45% by week 16, and was back four weeks after stopping, while IGF-1 did not change.',
  ],
  sources: ['Rahim 1998'],
  expect: [
    { output: 'ghsr', window: [7, 112], stat: 'max', below: 0.6, says: 'Within a week most ghrelin receptors are desensitized, and they stay so while dosing goes on…' },
    {
      larger: { output: 'gh', window: [0, 1], stat: 'max' },
      smaller: { output: 'gh', window: [110, 111], stat: 'max' },
      byAtLeast: 1.2,
      says: '…so the GH burst after a dose is smaller in week 16 than on the first day…',
    },
    { output: 'ghsr', window: [139, 140], stat: 'final', above: 0.95, says: '…and four weeks after stopping the receptors have recovered.' },
    { output: 'igf1', window: [100, 112], stat: 'mean', below: 1.25, says: 'IGF-1 barely moves throughout.' },
  ],
  terms: ['desensitization', 'ghrelin-receptor', 'half-life'],
  presetId: 'gh-hexarelin-break',
  explore: 'Switch hexarelin off and give ibutamoren instead: a gentler agonist that keeps the receptor occupied all day; compare how far the ghrelin-receptor line falls and how much GH and IGF-1 stay up.',
};
