/**
 * The somatotropic axis' loop diagram (gh-igf1): hypothalamus (GHRH and
 * somatostatin) → pituitary somatotrophs → liver (IGF-1), with GH and IGF-1
 * raising somatostatin and IGF-1 slowing GH release at the pituitary. Same
 * user units as ./loop-geometry.ts.
 */
import type { DiagramGeometry } from './loop-geometry';

export const GH_DIAGRAM: DiagramGeometry = {
  organs: [
    { id: 'hypothalamus', label: 'Hypothalamus', sub: 'GHRH · somatostatin', x: 200, y: 14, w: 190, h: 56 },
    { id: 'pituitary', label: 'Pituitary', sub: 'somatotrophs', x: 200, y: 142, w: 190, h: 56 },
    { id: 'liver', label: 'Liver', sub: 'makes IGF-1', x: 180, y: 290, w: 230, h: 60 },
    { id: 'blood', label: 'Blood', sub: 'GH · IGF-1', x: 12, y: 200, w: 150, h: 56 },
  ],
  signals: [
    { id: 'ghrh', output: 'ghrh', label: 'GHRH', effect: 'stimulates', d: 'M320 70 V136', labelAt: { x: 328, y: 100, anchor: 'start' }, title: 'GHRH drives GH release and synthesis in the pituitary' },
    {
      id: 'srif-pit', output: 'somatostatin', label: 'Somatostatin', effect: 'inhibits', site: 'pituitary',
      d: 'M262 70 V136', labelAt: { x: 254, y: 96, anchor: 'end' }, title: 'Somatostatin holds GH release back at the pituitary',
    },
    {
      id: 'srif-hyp', output: 'somatostatin', label: '', effect: 'inhibits', site: 'hypothalamus', showValue: false,
      d: 'M200 62 C178 62 178 46 194 46', labelAt: { x: 0, y: 0, anchor: 'start' }, title: 'Somatostatin slows the GHRH neurones',
    },
    { id: 'gh', output: 'gh', label: 'GH', effect: 'stimulates', d: 'M295 198 V284', labelAt: { x: 303, y: 244, anchor: 'start' }, title: 'GH drives IGF-1 from the liver' },
    { id: 'igf-out', output: 'igf1', label: 'IGF-1', effect: 'stimulates', d: 'M180 318 C125 318 100 300 98 262', labelAt: { x: 150, y: 334, anchor: 'end' }, title: 'The liver releases IGF-1 into the blood' },
    {
      id: 'raise-srif', output: 'igf1', label: 'GH, IGF-1 →\nsomatostatin', effect: 'stimulates', showValue: false,
      d: 'M40 198 C40 100 60 24 194 24', labelAt: { x: 46, y: 132, anchor: 'start' }, title: 'GH and IGF-1 raise somatostatin in the hypothalamus',
    },
    {
      id: 'igf-pit', output: 'igf1', label: '', effect: 'inhibits', site: 'pituitary', showValue: false,
      d: 'M162 222 C180 210 184 185 194 178', labelAt: { x: 0, y: 0, anchor: 'start' }, title: 'IGF-1 slows GH release at the pituitary',
    },
  ],
  anchors: {
    hypothalamus: { x: 402, y: 18, stack: 'hypothalamus' },
    pituitary: { x: 402, y: 150, stack: 'pituitary' },
    testes: { x: 250, y: 364, stack: 'liver' },
    aromatase: { x: 12, y: 364, stack: 'blood' },
    circulation: { x: 12, y: 364, stack: 'blood' },
  },
  key:
    'Solid black arrows drive their target; red dashed arrows ending in a bar slow it: somatostatin on GH release at the pituitary and on ' +
    'the GHRH neurones, IGF-1 on GH release at the pituitary. GH and IGF-1 raise somatostatin. Each arrow is as thick as its signal on the cursor day.',
  structure:
    'The hypothalamus releases GHRH, which drives GH from the pituitary, and somatostatin, which holds GH release and GHRH back; GH drives ' +
    'IGF-1 from the liver. GH and IGF-1 raise somatostatin, and IGF-1 slows GH release at the pituitary. Ghrelin-receptor agonists oppose ' +
    'somatostatin and release GHRH.',
  chain: [['ghrh', 'GHRH'], ['somatostatin', 'somatostatin'], ['gh', 'GH'], ['igf1', 'IGF-1']],
  terms: ['hypothalamus', 'pituitary', 'ghrh', 'somatostatin', 'igf-1', 'ghrelin-receptor', 'negative-feedback'],
};
