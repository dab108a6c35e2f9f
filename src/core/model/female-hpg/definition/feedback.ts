/**
 * The feedback terms of `female-hpg`, declared: which quantity restrains which,
 * at which site. The why-view, the loop diagram and the analyses read these;
 * nothing here changes the dynamics. Estradiol's positive feedback (the surge)
 * is not a restraint and so is not listed; its negative arm is.
 *
 *   GnRH frequency    ÷ (1 + (Xp/θ)ⁿ)                      progesterone slows pulses
 *   GnRH pulse mass   × 1/(1 + (Xe/θ)ⁿ)                    estradiol's negative arm
 *   LH synthesis      ÷ (1 + Xp/θ)                          progesterone
 *   FSH synthesis     ÷ (1 + inhibin A + inhibin B) ÷ (1 + frequency) ÷ estradiol brake
 *                     (the brake held by inhibin B too while follicles grow)
 *   GnRH receptor     desensitized and down-regulated, blocked by an antagonist
 *   GnRH output       ÷ (1 + aH·(Xa/T♂)^nA)                androgen receptor (male-hpg's term)
 *   FSH synthesis     ÷ (1 + aF·(Xa/T♂)^nAF)               androgen receptor at the pituitary
 */
import type { FeedbackDeclaration } from '../../model-source';

export const FEMALE_HPG_FEEDBACK: FeedbackDeclaration = {
  groups: {
    progesterone: { label: 'Progesterone feedback', detail: 'progesterone slowing GnRH pulses and braking LH synthesis', steroid: true },
    estrogen: { label: 'Estrogen-receptor feedback', detail: 'estradiol restraining GnRH pulse mass and FSH synthesis, the arm of its feedback that is not the surge', steroid: true },
    androgen: { label: 'Androgen-receptor feedback', detail: 'testosterone braking GnRH output and FSH synthesis, as in a man: slight at a woman’s own levels, strong in the male range', steroid: true },
    inhibin: { label: 'Inhibin feedback', detail: 'inhibin A and B from the ovary restraining FSH' },
    receptor: { label: 'The GnRH receptor itself', detail: 'desensitized, down-regulated or blocked GnRH receptors, and fast pulses that favour LH over FSH' },
  },
  terms: [
    { id: 'progesteroneFrequency', label: 'Progesterone on GnRH pulse frequency', group: 'progesterone', from: 'progesterone', target: 'GnRH', site: 'hypothalamus', kind: 'fold', term: 'progesteroneSlowing', noun: 'slower GnRH pulses' },
    { id: 'estrogenMass', label: 'Estradiol on GnRH pulse mass', group: 'estrogen', from: 'estradiol', target: 'GnRH', site: 'hypothalamus', kind: 'fold', term: '(massRise + 1)/(massRise + massBrake)', noun: 'smaller GnRH pulses' },
    { id: 'progesteroneLh', label: 'Progesterone on LH synthesis', group: 'progesterone', from: 'progesterone', target: 'LH', site: 'pituitary', kind: 'denominator', term: 'xp/tP4LH' },
    { id: 'inhibinAFsh', label: 'Inhibin A on FSH', group: 'inhibin', from: 'inhibinA', target: 'FSH', site: 'pituitary', kind: 'denominator', shares: 'fsh', term: 'inhibinABrake' },
    { id: 'inhibinBFsh', label: 'Inhibin B on FSH', group: 'inhibin', from: 'inhibinB', target: 'FSH', site: 'pituitary', kind: 'denominator', shares: 'fsh', term: 'inhibinBBrake' },
    { id: 'estrogenFsh', label: 'Estradiol on FSH synthesis (held by inhibin B too)', group: 'estrogen', from: 'estradiol', target: 'FSH', site: 'pituitary', kind: 'fold', term: 'estradiolFshBrake' },
    { id: 'frequencyFsh', label: 'Fast GnRH pulses on FSH', group: 'receptor', from: 'gnrh', target: 'FSH', site: 'pituitary', kind: 'denominator', term: 'frequencyBrake', noun: 'fast GnRH pulses' },
    { id: 'androgenGnrh', label: 'Androgen receptor on GnRH', group: 'androgen', from: 'testosterone', target: 'GnRH', site: 'hypothalamus', kind: 'fold', term: 'androgenGnrhFold', noun: 'less GnRH' },
    { id: 'androgenFsh', label: 'Androgen receptor on FSH', group: 'androgen', from: 'testosterone', target: 'FSH', site: 'pituitary', kind: 'fold', term: 'androgenFshBrake' },
    { id: 'desensitization', label: 'GnRH-receptor desensitization', group: 'receptor', from: 'gnrh', target: 'GnRH receptor', site: 'pituitary', kind: 'fraction-lost', term: 'pos(Dz)', noun: 'desensitization' },
    { id: 'downregulation', label: 'GnRH-receptor down-regulation', group: 'receptor', from: 'gnrh', target: 'GnRH receptor', site: 'pituitary', kind: 'remaining', term: 'pos(Rn)', noun: 'fewer GnRH receptors' },
    { id: 'antagonist', label: 'GnRH-receptor blockade', group: 'receptor', from: 'gnrh-antagonist', target: 'GnRH receptor', site: 'pituitary', kind: 'fold', term: 'receptorLoad/(1 + g + sAgonist)', noun: 'blockade by an antagonist' },
  ],
};
