/** Lesson: why FSH is high in menopause (no estradiol or inhibin left to brake it). */
import type { Lesson } from './lesson';
import { femaleScenario } from '../scenario/build';

/** Lesson: a cycling woman whose follicles run out on day 30. */
export const MENOPAUSE_FSH: Lesson = {
  id: 'menopause-fsh',
  title: 'Why is FSH high in menopause?',
  question: 'A woman cycles normally for a month; then no more follicles can be recruited. What does FSH do over the next three months?',
  scenario: femaleScenario('Menopause from day 30', 120, [], { conditions: [{ id: 'menopause', fromDay: 30 }] }),
  output: 'fsh',
  focus: ['fsh', 'lh', 'estradiol', 'inhibinB'],
  prediction: {
    kind: 'choice',
    prompt: 'Three months later, FSH is…',
    options: [
      { id: 'high', text: 'many times its cycle average, and it stops cycling.' },
      { id: 'low', text: 'near zero: there are no follicles left for it to act on.' },
      { id: 'same', text: 'about where it was: the pituitary does not know the ovaries changed.' },
      { id: 'cycling', text: 'still rising and falling every month, as before.' },
    ],
    correct: 'high',
  },
  explanation: [
    'FSH is made in the pituitary under three brakes from the ovary: inhibin B from the growing follicles, inhibin A ' +
      'from the dominant follicle and corpus luteum, and estradiol. In the model (GynCycle, Röblitz 2013) each divides ' +
      'FSH synthesis, so FSH is high only when all of them are weak.',
    'When no follicle is recruited any more, the last cohort grows out within weeks: inhibin B falls to near zero, no ' +
      'follicle matures, so there is no surge, no corpus luteum and no inhibin A, and estradiol falls to what fat and ' +
      'other tissues make. With every brake gone, FSH climbs to more than ten times its cycle average and stays there; LH ' +
      'rises less, because its synthesis leaned on estradiol’s positive feedback.',
    'Postmenopausal women have FSH several times the early-follicular level (cohort medians near 126 IU/L) and inhibin ' +
      'below 2 ng/L (Groome 1994); in the transition FSH rises years before estradiol falls (Randolph 2011).',
  ],
  sources: ['Röblitz 2013', 'Groome 1994', 'Randolph 2011'],
  expect: [
    { output: 'fsh', window: [90, 120], stat: 'mean', above: 5, says: 'FSH settles many times above its cycle average.' },
    { output: 'inhibinB', window: [90, 120], stat: 'max', below: 0.1, says: 'Inhibin B is gone: no follicle cohort makes it.' },
    { output: 'estradiol', window: [90, 120], stat: 'mean', below: 0.3, says: 'Estradiol falls to the part made outside the ovaries.' },
    { output: 'progesterone', window: [90, 120], stat: 'max', below: 0.2, says: 'No ovulation, so no corpus luteum and no progesterone.' },
    {
      larger: { output: 'fsh', window: [90, 120], stat: 'mean' },
      smaller: { output: 'lh', window: [90, 120], stat: 'mean' },
      byAtLeast: 2,
      says: 'FSH rises much more than LH.',
    },
  ],
  terms: ['menopause', 'fsh', 'inhibin-b', 'estradiol', 'negative-feedback', 'corpus-luteum'],
  presetId: 'menopause',
  explore: 'Load “Menopause with an estradiol patch from day 30”: estradiol alone brings FSH down most of the way, although the inhibins stay gone.',
};
