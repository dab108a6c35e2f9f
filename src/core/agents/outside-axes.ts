/**
 * Substances that people meet in the same clinics and protocols as the agents
 * Gonadostat simulates, but that act outside the axes it models. The app shows
 * each as a note with no curve, so a user who looks for one learns why it is
 * absent instead of guessing. Plain language; facts with their sources.
 */

/** One substance the models deliberately leave out, and why. */
export interface OutsideAxisSubstance {
  readonly id: string;
  /** Name as users search for it, with the other names it goes by. */
  readonly name: string;
  readonly otherNames: string;
  /** What kind of substance it is and where it acts. */
  readonly whatItIs: string;
  /** Why no hormone in these models would move (the honest part). */
  readonly whyNoCurve: string;
  /** How much is known in people. */
  readonly evidence: string;
  /** Author–year (or label) citations for the sentences above. */
  readonly sources: readonly string[];
}

/** The substances, in the order the app lists them. */
export const OUTSIDE_AXES: readonly OutsideAxisSubstance[] = [
  {
    id: 'pt-141',
    name: 'PT-141',
    otherNames: 'bremelanotide (Vyleesi)',
    whatItIs:
      'A synthetic peptide resembling α-melanocyte-stimulating hormone that activates melanocortin receptors, mainly MC4 receptors in the brain, ' +
      'where it is thought to act on pathways of sexual desire.',
    whyNoCurve:
      'It does not act on the GnRH receptor, the gonadotropins, the gonads or aromatase, so none of the hormones these models follow is expected ' +
      'to change: a curve here would only draw a flat line and suggest a precision nobody has measured.',
    evidence:
      'Approved in 2019 for low sexual desire in premenopausal women (an injection under the skin, taken before sexual activity); in two 24-week trials of ' +
      '1,247 women the gains in desire over placebo were modest, and nausea was its most common side effect. It is not approved for men.',
    sources: ['Vyleesi (bremelanotide) prescribing information, 2019', 'Kingsberg 2019 Obstet Gynecol 134:899 (RECONNECT trials)'],
  },
  {
    id: 'pentadeca-arginate',
    name: 'Pentadeca arginate',
    otherNames: 'PDA; the arginine salt of the peptide BPC-157',
    whatItIs:
      'A 15-amino-acid peptide promoted for the repair of tendons, muscle and gut. No study has been published under this name; what is ' +
      'proposed for BPC-157 (new blood vessels, nitric oxide, growth-factor signalling) comes from animal and cell studies, and no receptor ' +
      'for it has been identified.',
    whyNoCurve:
      'Its proposed effects are local, in injured tissue (one cell study found more growth-hormone receptors on tendon cells), not on what the ' +
      'hypothalamus, the pituitary or the gonads secrete, so no hormone in these models is expected to move.',
    evidence:
      'Almost all of the evidence for BPC-157 comes from rats and from one research group; there are no controlled trials in people for the ' +
      'uses it is sold for, and it is not an approved medicine anywhere.',
    sources: ['Gwyer 2019 Cell Tissue Res 377:153 (review: musculoskeletal healing data limited to rat and in-vitro studies)', 'Chang 2014 Molecules 19:19066 (growth-hormone receptors in rat tendon fibroblasts)', 'Vukojević 2022 Neural Regen Res 17:482 (review of BPC-157 work, largely from the originating group)'],
  },
];
