/**
 * The loop diagram of the female model: hypothalamus → pituitary → ovaries,
 * estradiol and progesterone into the blood, and the feedback back up
 * (estradiol and progesterone at hypothalamus and pituitary, inhibins on FSH).
 * The same places as the male drawing (loop-geometry.ts), other organs and words.
 */
import { HPG_DIAGRAM, type DiagramGeometry, type OrganBox, type SignalPath, type SiteAnchors } from './loop-geometry';

const ORGANS: readonly OrganBox[] = [
  { id: 'hypothalamus', label: 'Hypothalamus', x: 200, y: 14, w: 190, h: 52 },
  { id: 'pituitary', label: 'Pituitary', x: 200, y: 142, w: 190, h: 52 },
  { id: 'ovaries', label: 'Ovaries', sub: 'follicles · corpus luteum', x: 180, y: 290, w: 230, h: 60 },
  { id: 'blood', label: 'Blood', sub: 'E2 · P4', x: 12, y: 200, w: 150, h: 56 },
];

const SIGNALS: readonly SignalPath[] = [
  { id: 'gnrh', output: 'gnrh', label: 'GnRH', effect: 'stimulates', d: 'M295 66 V136', labelAt: { x: 303, y: 100, anchor: 'start' }, title: 'GnRH drives the pituitary' },
  { id: 'lh', output: 'lh', label: 'LH', effect: 'stimulates', d: 'M255 194 L238 284', labelAt: { x: 238, y: 242, anchor: 'end' }, title: 'LH drives the follicle’s estradiol and, at the surge, ovulation' },
  { id: 'fsh', output: 'fsh', label: 'FSH', effect: 'stimulates', d: 'M335 194 L352 284', labelAt: { x: 352, y: 242, anchor: 'start' }, title: 'FSH recruits and grows the follicles' },
  { id: 'e2-out', output: 'estradiol', label: 'E2', effect: 'stimulates', d: 'M180 318 C125 318 100 300 98 262', labelAt: { x: 150, y: 328, anchor: 'end' }, title: 'The follicles and the corpus luteum release estradiol (E2)' },
  {
    id: 'p4-hyp', output: 'progesterone', label: 'P4', effect: 'inhibits', site: 'hypothalamus',
    d: 'M40 198 C40 120 40 40 194 40', labelAt: { x: 48, y: 112, anchor: 'start' }, title: 'Progesterone (P4) slows GnRH pulses',
  },
  {
    id: 'e2-hyp', output: 'estradiol', label: 'E2', effect: 'inhibits', site: 'hypothalamus', showValue: false,
    d: 'M120 198 C140 120 160 62 194 56', labelAt: { x: 142, y: 124, anchor: 'start' },
    title: 'Estradiol (E2) restrains GnRH while it is low, and switches to triggering the LH surge when it stays high',
  },
  { id: 'e2-pit', output: 'estradiol', label: '', effect: 'inhibits', site: 'pituitary', d: 'M162 222 C180 210 184 185 194 178', labelAt: { x: 0, y: 0, anchor: 'start' }, title: 'Estradiol (E2) brakes FSH synthesis' },
  {
    id: 'p4-pit', output: 'progesterone', label: '', effect: 'inhibits', site: 'pituitary', showValue: false,
    d: 'M40 150 C100 150 150 160 194 160', labelAt: { x: 0, y: 0, anchor: 'start' }, title: 'Progesterone (P4) brakes LH synthesis',
  },
  {
    id: 'inhibin', output: 'inhibinB', label: 'Inhibins', effect: 'inhibits', site: 'pituitary',
    d: 'M410 320 C520 320 520 168 396 168', labelAt: { x: 596, y: 236, anchor: 'end' }, title: 'Inhibin A and B from the ovaries slow FSH',
  },
];

/** Where agents' badges sit: as in the male drawing, with the ovaries in the testes' place. */
const ANCHORS: SiteAnchors = { ...HPG_DIAGRAM.anchors, testes: { ...HPG_DIAGRAM.anchors.testes, stack: 'ovaries' } };

export const FEMALE_DIAGRAM: DiagramGeometry = {
  organs: ORGANS,
  signals: SIGNALS,
  anchors: ANCHORS,
  key:
    'Solid black arrows drive their target; red dashed arrows ending in a bar slow it: progesterone (P4) slows GnRH pulses and LH synthesis, ' +
    'estradiol (E2) restrains GnRH and FSH — until, held high for a day or two, it turns into the trigger of the LH surge — and the inhibins slow FSH. ' +
    'Each arrow is as thick as its signal on the cursor day, relative to a healthy cycle’s average.',
  structure:
    'The hypothalamus releases GnRH in pulses, which drive LH and FSH from the pituitary; FSH recruits and grows follicles, LH drives their ' +
    'estradiol and, at its surge, ovulation, after which the corpus luteum makes progesterone. Estradiol restrains GnRH and FSH until it stays ' +
    'high, when it triggers the LH surge; progesterone slows GnRH pulses and LH synthesis; inhibins A and B slow FSH.',
  chain: [['gnrh', 'GnRH'], ['lh', 'LH'], ['fsh', 'FSH'], ['estradiol', 'estradiol'], ['progesterone', 'progesterone'], ['inhibinA', 'inhibin A'], ['inhibinB', 'inhibin B']],
  terms: ['hypothalamus', 'pituitary', 'gnrh', 'lh', 'fsh', 'estradiol', 'progesterone', 'inhibin-b', 'negative-feedback', 'positive-feedback', 'lh-surge'],
};
