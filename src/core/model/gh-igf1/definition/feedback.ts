/**
 * The feedback terms of the somatotropic axis, declared: which quantity
 * restrains which, at which site. The why-view, the loop diagram and the
 * analyses read these; nothing here changes the dynamics.
 *
 *   GHRH denominator    1 + ((Sp + Sa)/t4)^n4 + F2        somatostatin on GHRH neurones
 *   GH release          1 + (Sp/t2)^n2 + F1;  1 + IGF/KIp  somatostatin and IGF-1 at the somatotroph
 *   ghrelin receptor    Rg/Rg0 left after desensitization
 */
import type { FeedbackDeclaration } from '../../model-source';

export const GH_IGF1_FEEDBACK: FeedbackDeclaration = {
  groups: {
    somatostatin: { label: 'Somatostatin', detail: 'somatostatin, raised by GH and IGF-1, restraining GHRH and GH release' },
    igf1: { label: 'IGF-1 at the pituitary', detail: 'IGF-1 restraining GH release directly' },
    receptor: { label: 'Ghrelin-receptor desensitization', detail: 'ghrelin receptors desensitized by sustained agonists' },
  },
  terms: [
    { id: 'srifGhrh', label: 'Somatostatin on GHRH', group: 'somatostatin', from: 'somatostatin', target: 'GHRH', site: 'hypothalamus', kind: 'denominator', term: 'srifOnGhrh' },
    { id: 'srifGh', label: 'Somatostatin on GH release', group: 'somatostatin', from: 'somatostatin', target: 'GH', site: 'pituitary', kind: 'denominator', term: 'srifOnGh' },
    { id: 'igfGh', label: 'IGF-1 on GH release', group: 'igf1', from: 'igf1', target: 'GH', site: 'pituitary', kind: 'denominator', term: 'igfOnGh' },
    { id: 'ghsrDesensitization', label: 'Ghrelin-receptor desensitization', group: 'receptor', from: 'ghsr', target: 'ghrelin receptor', site: 'pituitary', kind: 'remaining', term: 'min(1, pos(Rg)/Rg0)', noun: 'desensitization' },
  ],
  drive: { label: 'GHRH', level: 'ghrhTarget', unrestrained: 'fHyp*kr3/k3' },
};
