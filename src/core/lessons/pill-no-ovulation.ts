/** Lesson: why the combined pill stops ovulation. */
import type { Lesson } from './lesson';
import { femaleScenario, pillPack } from '../scenario/build';

/** Lesson: three packs of the combined pill from cycle day 1. */
export const PILL_NO_OVULATION: Lesson = {
  id: 'pill-no-ovulation',
  title: 'Why does the pill stop ovulation?',
  question: 'A woman starts the combined pill on cycle day 1 and takes three packs (21 days on, 7 off). What happens to the LH surge and to progesterone?',
  scenario: femaleScenario('Combined pill, three packs', 84, [pillPack(0), pillPack(28), pillPack(56)]),
  output: 'lh',
  focus: ['lh', 'progesterone', 'fsh', 'estradiol'],
  prediction: {
    kind: 'choice',
    prompt: 'Over the three packs…',
    options: [
      { id: 'no-surge', text: 'there is no LH surge and progesterone never rises: no follicle ovulates.' },
      { id: 'surge-no-p4', text: 'LH still surges every month, but progesterone stays low.' },
      { id: 'both-normal', text: 'LH and progesterone rise and fall as before; the pill works elsewhere.' },
      { id: 'surge-in-breaks', text: 'a surge comes in every 7-day break.' },
    ],
    correct: 'no-surge',
  },
  explanation: [
    'The pill’s progestin acts on the progesterone receptor like a luteal phase that never ends: it slows GnRH pulses, ' +
      'brakes LH synthesis and holds the follicles back, so none gets far enough to make the estradiol ' +
      'peak that would switch estradiol’s feedback from brake to accelerator. Without that switch there is no LH surge, ' +
      'no ovulation, no corpus luteum and so no luteal progesterone; its estrogen adds to the brake.',
    'In the 7-day break both fall away within days and FSH starts to climb, but the next pack comes before a follicle ' +
      'can mature (van Heusden & Fauser 1999 measured FSH recovering and some follicle growth in the break).',
    'A limit of this model: its FSH is not held down on the pill. It runs at 7–9 IU/L on the active pills from the second ' +
      'pack and ends each break near 12 IU/L, where in women it is low on the pills and reaches about 4.5–7 IU/L by the end ' +
      'of the break: the FSH made in each break fills the pituitary’s store, which drains slowly while the progestin keeps ' +
      'GnRH pulses nearly silent (docs/model.md).',
  ],
  sources: ['van Heusden & Fauser 1999'],
  expect: [
    { output: 'lh', window: [5, 84], stat: 'max', below: 1, says: 'No LH surge on the pill, nor in the breaks.' },
    { output: 'progesterone', window: [5, 84], stat: 'max', below: 0.3, says: 'No luteal progesterone: nothing ovulates.' },
    {
      larger: { output: 'fsh', window: [82, 84], stat: 'mean' },
      smaller: { output: 'fsh', window: [70, 77], stat: 'mean' },
      byAtLeast: 1.1,
      says: 'FSH starts to recover in the 7-day break.',
    },
  ],
  terms: ['ovulation', 'lh-surge', 'progesterone', 'estradiol', 'negative-feedback', 'gnrh'],
  presetId: 'combined-pill',
  explore: 'Switch the pill off after the first pack (drag its bar) and watch the cycle come back: the first surge follows within weeks.',
};
