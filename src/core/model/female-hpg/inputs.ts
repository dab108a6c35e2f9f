/**
 * Where exogenous agents act on `female-hpg`, summed over the agents present
 * (all 0 without any). This is the one interface through which estrogens,
 * SERMs, progestins, androgens, aromatase inhibitors and GnRH analogues act,
 * as AgentSignals is for `male-hpg`; the agents themselves come later.
 * Units are clinical equivalents so that a dose reads in serum terms.
 */

/** Exogenous actions at time t. */
export interface FemaleInputs {
  /** Estradiol given (patch, pellet): adds to serum estradiol, pg/mL. */
  exogenousEstradiol: number;
  /** Estrogen-receptor activation by estrogens not measured as estradiol (ethinylestradiol), pg/mL E2-equivalent. */
  erAgonist: number;
  /** Estrogen-receptor antagonist load at hypothalamus and pituitary (SERMs): divides ER activation by 1 + load. */
  erAntagonistLoad: number;
  /** Progesterone given: adds to serum progesterone, ng/mL. */
  exogenousProgesterone: number;
  /** Progesterone-receptor activation by progestins, ng/mL P4-equivalent. */
  prAgonist: number;
  /** Testosterone given: adds to serum testosterone, ng/mL. */
  exogenousTestosterone: number;
  /** Fraction of aromatase activity blocked (0–1), in the follicles and peripherally. */
  aromataseInhibition: number;
  /** GnRH-receptor agonist load (occupancy = load / (1 + total load)). */
  gnrhAgonistLoad: number;
  /** GnRH-receptor antagonist load (competes for the receptor). */
  gnrhAntagonistLoad: number;
}

/** No agent. */
export function noInputs(): FemaleInputs {
  return {
    exogenousEstradiol: 0, erAgonist: 0, erAntagonistLoad: 0, exogenousProgesterone: 0, prAgonist: 0,
    exogenousTestosterone: 0, aromataseInhibition: 0, gnrhAgonistLoad: 0, gnrhAntagonistLoad: 0,
  };
}
