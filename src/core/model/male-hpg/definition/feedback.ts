/**
 * The feedback terms of the male HPG model, declared: which quantity restrains
 * which, at which site. The why-view, the loop diagram and the analyses read
 * these; nothing here changes the dynamics.
 *
 *   GnRH denominator   1 + aH·Xa^nA + eH·Xe^nE             androgen- and estrogen-receptor feedback
 *   pituitary (LH)     1 + eP·Xe^nE                        estrogen-receptor feedback on LH release
 *   FSH denominator    1 + iB·B + eF·Xe^nE + aF·Xa^nAF     inhibin B, estrogen and androgen on FSH synthesis
 *   GnRH receptor      Dz desensitized, R responsiveness left, fold loss to an antagonist
 */
import type { FeedbackDeclaration } from '../../model-source';

export const MALE_HPG_FEEDBACK: FeedbackDeclaration = {
  groups: {
    androgen: { label: 'Androgen-receptor feedback', detail: 'testosterone acting on the hypothalamus and on FSH at the pituitary', steroid: true },
    estrogen: { label: 'Estrogen-receptor feedback', detail: 'estradiol acting on the hypothalamus and pituitary', steroid: true },
    inhibin: { label: 'Inhibin B feedback', detail: 'inhibin B from the testes restraining FSH' },
    receptor: { label: 'The GnRH receptor itself', detail: 'desensitized, unprimed or blocked GnRH receptors' },
  },
  terms: [
    { id: 'androgenHypothalamus', label: 'Androgen receptor on GnRH', group: 'androgen', from: 'testosterone', target: 'GnRH', site: 'hypothalamus', kind: 'denominator', shares: 'gnrh', term: 'aH*arHill' },
    { id: 'estrogenHypothalamus', label: 'Estrogen receptor on GnRH', group: 'estrogen', from: 'estradiol', target: 'GnRH', site: 'hypothalamus', kind: 'denominator', shares: 'gnrh', term: 'eH*erHill' },
    { id: 'estrogenPituitary', label: 'Estrogen receptor on LH release', group: 'estrogen', from: 'estradiol', target: 'LH', site: 'pituitary', kind: 'denominator', term: 'eP*erHill' },
    { id: 'estrogenFsh', label: 'Estrogen on FSH', group: 'estrogen', from: 'estradiol', target: 'FSH', site: 'pituitary', kind: 'denominator', shares: 'fsh', term: 'eF*erHill' },
    { id: 'androgenFsh', label: 'Androgen receptor on FSH', group: 'androgen', from: 'testosterone', target: 'FSH', site: 'pituitary', kind: 'denominator', shares: 'fsh', term: 'aF*fshArHill' },
    { id: 'inhibinFsh', label: 'Inhibin B on FSH', group: 'inhibin', from: 'inhibinB', target: 'FSH', site: 'pituitary', kind: 'denominator', shares: 'fsh', term: 'iB*pos(B)' },
    { id: 'desensitization', label: 'GnRH-receptor desensitization', group: 'receptor', from: 'gnrh', target: 'GnRH receptor', site: 'pituitary', kind: 'fraction-lost', term: 'Dz', noun: 'desensitization' },
    { id: 'responsiveness', label: 'Lost gonadotrope priming', group: 'receptor', from: 'gnrh', target: 'GnRH receptor', site: 'pituitary', kind: 'remaining', term: 'R', noun: 'loss of priming (too few GnRH pulses)' },
    { id: 'antagonist', label: 'GnRH-receptor blockade', group: 'receptor', from: 'gnrh-antagonist', target: 'GnRH receptor', site: 'pituitary', kind: 'fold', term: '(1 + g + sAgonist + sAntagonist)/(1 + g + sAgonist)', noun: 'blockade by an antagonist' },
  ],
  drive: { label: 'GnRH', level: 'gnrhTarget', unrestrained: 'fHyp*(1 + aH + eH)' },
};
