/** Lesson: clomiphene in a PCOS-like subject gives one ovulation, and then she is anovulatory again. */
import type { Lesson } from './lesson';
import { every, femaleScenario } from '../scenario/build';

/**
 * Lesson: the PCOS-like subject, anovulatory, takes clomiphene 50 mg (dose 2 of
 * the 25 mg reference) on run days 40–44. Validation row F10 pins the outcome
 * (one ovulation, then none) at 50 and 150 mg; the preset `clomiphene-pcos` is
 * the same scenario.
 */
export const CLOMIPHENE_PCOS: Lesson = {
  id: 'clomiphene-pcos',
  title: 'Clomiphene in PCOS: one ovulation, then?',
  question:
    'A woman with a PCOS-like axis does not ovulate: her GnRH pulses are fast, her LH is high and no follicle is ' +
    'selected. On day 40 she takes clomiphene 50 mg for five days. What happens over the next two months?',
  scenario: femaleScenario('Clomiphene 50 mg in a PCOS-like subject', 100, [every('clomiphene', 1, 40, 45, 2)], { conditions: ['pcos-like'] }),
  output: 'progesterone',
  focus: ['progesterone', 'follicles', 'fsh', 'lh', 'estradiol'],
  prediction: {
    kind: 'choice',
    prompt: 'After the five days of clomiphene…',
    options: [
      { id: 'once', text: 'one follicle grows and ovulates, and then she is anovulatory again.' },
      { id: 'cycles', text: 'she ovulates once and then keeps cycling every month, the axis reset.' },
      { id: 'none', text: 'nothing changes: her follicles cannot answer while LH is this high.' },
      { id: 'during', text: 'she ovulates while the tablets are taken, and the follicle then regresses.' },
    ],
    correct: 'once',
  },
  explanation: [
    'Her FSH sits just below the threshold at which a follicle is selected, held there by her many small follicles’ ' +
      'inhibin B and estradiol. Clomiphene occupies the estrogen receptor in the hypothalamus and pituitary, so the brain ' +
      'reads less estradiol than there is: GnRH, LH and FSH rise while it is taken, FSH crosses the threshold of the most ' +
      'sensitive follicles, one is selected and grows, and its estradiol rises until it switches to positive feedback. ' +
      'The LH surge follows a few days after the last tablet, and the corpus luteum makes progesterone for about two weeks.',
    'Then it is over. In a healthy cycle luteal progesterone slows the GnRH pulses, which lets FSH build up for the next ' +
      'cycle; her pulse generator barely reads progesterone (in PCOS it takes several times more to slow it, Pastor 1998), ' +
      'so her pulses stay fast, LH stays high and FSH low, and no follicle is selected again. That is why clomiphene is ' +
      'given cycle after cycle: about 80% of women with PCOS ovulate on 50–150 mg, about half of them at 50 mg ' +
      '(ASRM 2006; Gysler 1982).',
    'Two limits of the model: LH rises more on clomiphene here than in women with PCOS (about 2.3-fold at 50 mg; measured ' +
      '~1.8-fold at 150 mg, Fertil Steril 1993;59:532), and the surge comes about three days after the last tablet from a follicle of ~15 mm, where ' +
      'in the clinic it comes 5–10 days after it from a larger one.',
  ],
  sources: ['Pastor 1998', 'ASRM 2006', 'Gysler 1982', 'Fertil Steril 1993;59:532'],
  expect: [
    {
      larger: { output: 'fsh', window: [41, 45], stat: 'mean' },
      smaller: { output: 'fsh', window: [35, 40], stat: 'mean' },
      byAtLeast: 1.1,
      says: 'While clomiphene is taken, FSH rises above where it sat.',
    },
    {
      larger: { output: 'follicles', window: [44, 50], stat: 'max' },
      smaller: { output: 'follicles', window: [30, 40], stat: 'max' },
      byAtLeast: 2,
      says: 'A follicle is selected and grows to more than twice the size of her largest before.',
    },
    { output: 'progesterone', window: [30, 40], stat: 'max', below: 0.2, says: 'Before the course she does not ovulate: no luteal progesterone.' },
    { output: 'progesterone', window: [45, 65], stat: 'max', above: 1.5, says: 'After it one follicle ovulates: luteal progesterone rises.' },
    { output: 'progesterone', window: [70, 100], stat: 'max', below: 0.2, says: 'Then she is anovulatory again: no second luteal phase.' },
  ],
  terms: ['pcos', 'clomiphene', 'serm', 'follicle', 'ovulation', 'corpus-luteum'],
  presetId: 'clomiphene-pcos',
  explore: 'Load “Clomiphene in a PCOS-like subject”, then give a second five-day course a month later, or swap clomiphene for letrozole (in this model letrozole does not do it for her; in women it does).',
};
